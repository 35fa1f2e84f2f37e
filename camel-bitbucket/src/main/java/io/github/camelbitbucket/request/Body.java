package io.github.camelbitbucket.request;

import java.util.List;

/** Which body an operation sends: the fields options and headers can set, and the type discriminator. */
public enum Body {
    NONE(List.of(), null, false),
    ISSUE(BodyField.ISSUE, "issue", false),
    PROJECT(BodyField.PROJECT, "project", false),
    PULL_REQUEST(BodyField.PULL_REQUEST, "pullrequest", false),
    /** Every field optional: an empty merge takes the pull request's defaults. */
    MERGE(BodyField.MERGE, "pullrequest_merge_parameters", true),
    COMMENT(BodyField.COMMENT, "pullrequest_comment", false),
    COMMIT_STATUS(BodyField.COMMIT_STATUS, "commitstatus", false),
    BRANCH(BodyField.BRANCH, "branch", false),
    /** Its secret comes from the message body only (never an option: see createWebhook). */
    WEBHOOK(BodyField.WEBHOOK, "webhook_subscription", false),
    /** The project comes from the projectKey option ({"project": {"key": ...}}); every field optional. */
    REPOSITORY(BodyField.REPOSITORY, "repository", true),
    /** Every field optional: a fork takes the repository's name into the credential user's workspace. */
    FORK(BodyField.FORK, "repository", true),
    TAG(BodyField.TAG, "tag", false),
    /** runPipeline: its target (branch, commit, custom pipeline) and variables. */
    PIPELINE(BodyField.PIPELINE, "pipeline", false),
    /** commitFiles: a multipart form (message, author, parents, files), not JSON; the files from the message body. */
    FILES(BodyField.FILES, null, true),
    /** httpRequest: the message body as it is. */
    RAW(List.of(), null, false);

    private final List<BodyField> fields;
    private final String type;
    private final boolean mayBeEmpty;

    Body(List<BodyField> fields, String type, boolean mayBeEmpty) {
        this.fields = fields;
        this.type = type;
        this.mayBeEmpty = mayBeEmpty;
    }

    /** Whether a body with no field but its type is a valid request (Bitbucket's defaults apply). */
    public boolean mayBeEmpty() {
        return mayBeEmpty;
    }

    /** The fields options and headers can set. */
    public List<BodyField> fields() {
        return fields;
    }

    /** Bitbucket's {@code type} discriminator of the body object, null for none. */
    public String type() {
        return type;
    }
}
