package io.github.camelbitbucket.request;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What an action acts on, in one table: the placeholder in Bitbucket's path templates, the endpoint option that names
 * it and the override header that redirects one message. Nothing else (no output header, no body) selects a target.
 */
public enum Target {

    WORKSPACE("workspace", "workspace", Headers.OVERRIDE_WORKSPACE, Headers.WORKSPACE),
    REPO_SLUG("repo_slug", "repoSlug", Headers.OVERRIDE_REPO_SLUG, Headers.REPO_SLUG),
    ISSUE_ID("issue_id", "issueId", Headers.OVERRIDE_ISSUE_ID, Headers.ISSUE_ID),
    PROJECT_KEY("project_key", "projectKey", Headers.OVERRIDE_PROJECT_KEY, Headers.PROJECT_KEY),
    BRANCH("revision", "branch", Headers.OVERRIDE_BRANCH, Headers.BRANCH),
    PULL_REQUEST_ID("pull_request_id", "pullRequestId", Headers.OVERRIDE_PULL_REQUEST_ID, Headers.PULL_REQUEST_ID),
    COMMIT("commit", "commit", Headers.OVERRIDE_COMMIT, Headers.COMMIT),
    COMMENT_ID("comment_id", "commentId", Headers.OVERRIDE_COMMENT_ID, Headers.COMMENT_ID),
    /** A branch or tag name ({name} in Bitbucket's ref paths). */
    REF_NAME("name", "refName", Headers.OVERRIDE_REF_NAME, Headers.REF_NAME),
    HOOK_UID("uid", "hookUid", Headers.OVERRIDE_HOOK_UID, Headers.HOOK_UID),
    PIPELINE_UUID("pipeline_uuid", "pipelineUuid", Headers.OVERRIDE_PIPELINE_UUID, Headers.PIPELINE_UUID),
    STEP_UUID("step_uuid", "stepUuid", Headers.OVERRIDE_STEP_UUID, Headers.STEP_UUID),
    /** A file or directory path in a repository: its slashes are kept ({path} spans segments). */
    FILE_PATH("path", "filePath", Headers.OVERRIDE_FILE_PATH, Headers.FILE_PATH);

    private final String placeholder;
    private final String option;
    private final String overrideHeader;
    private final String reportHeader;

    Target(String placeholder, String option, String overrideHeader, String reportHeader) {
        this.placeholder = placeholder;
        this.option = option;
        this.overrideHeader = overrideHeader;
        this.reportHeader = reportHeader;
    }

    /** Bitbucket's name in path templates, e.g. {@code repo_slug}. */
    public String placeholder() {
        return placeholder;
    }

    /** The endpoint option, e.g. {@code repoSlug}. */
    public String option() {
        return option;
    }

    /** The header that overrides the option for one message. */
    public String overrideHeader() {
        return overrideHeader;
    }

    /** The output header that reports which target a step acted on (never read as input). */
    public String reportHeader() {
        return reportHeader;
    }

    /** The target of a placeholder, by Bitbucket's name ({repo_slug}) or the option's ({repoSlug}); null if none. */
    public static Target ofPlaceholder(String name) {
        for (Target t : values()) {
            if (t.placeholder.equals(name) || t.option.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** "{workspace}, {repoSlug}, ..." for error messages. */
    static String placeholderList() {
        return Arrays.stream(values()).map(t -> "{" + t.option + "}").collect(Collectors.joining(", "));
    }

    /** The message for a target that neither the option nor the override header gave. */
    public IllegalArgumentException missingFor(String operation) {
        return new IllegalArgumentException(operation + " needs " + option + ": set the endpoint option '" + option
                                            + "' or the header " + overrideHeader);
    }
}
