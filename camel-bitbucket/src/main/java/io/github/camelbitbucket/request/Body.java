package io.github.camelbitbucket.request;

import java.util.List;

/** Which body an operation sends: the fields options and headers can set, and the type discriminator. */
public enum Body {
    NONE(List.of(), null),
    ISSUE(BodyField.ISSUE, "issue"),
    PROJECT(BodyField.PROJECT, "project"),
    PULL_REQUEST(BodyField.PULL_REQUEST, "pullrequest"),
    /** Every field optional: an empty merge takes the pull request's defaults. */
    MERGE(BodyField.MERGE, "pullrequest_merge_parameters"),
    COMMENT(BodyField.COMMENT, "pullrequest_comment"),
    COMMIT_STATUS(BodyField.COMMIT_STATUS, "commitstatus"),
    BRANCH(BodyField.BRANCH, "branch"),
    /** Always active; its secret comes from the message body only (never an option: see createWebhook). */
    WEBHOOK(BodyField.WEBHOOK, "webhook_subscription"),
    /** The project comes from the projectKey option ({"project": {"key": ...}}); every field optional. */
    REPOSITORY(BodyField.REPOSITORY, "repository"),
    FORK(BodyField.FORK, "repository"),
    TAG(BodyField.TAG, "tag"),
    /** httpRequest: the message body as it is. */
    RAW(List.of(), null);

    private final List<BodyField> fields;
    private final String type;

    Body(List<BodyField> fields, String type) {
        this.fields = fields;
        this.type = type;
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
