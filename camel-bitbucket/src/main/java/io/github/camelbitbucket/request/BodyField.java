package io.github.camelbitbucket.request;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitbucket.model.IssueKind;
import io.github.camelbitbucket.model.IssuePriority;
import io.github.camelbitbucket.model.IssueState;

/**
 * A body field that an option or header can set on the issue and project actions: the option, its header, the JSON
 * name, the allowed values (null = any) and, for a field that names a target too, the target it defaults to.
 */
public enum BodyField {

    TITLE("title", Headers.TITLE, "title", null),
    CONTENT("content", Headers.CONTENT, "content", null),
    KIND("kind", Headers.KIND, "kind", known(IssueKind.values())),
    PRIORITY("priority", Headers.PRIORITY, "priority", known(IssuePriority.values())),
    ISSUE_STATE("state", Headers.STATE, "state", known(IssueState.values())),
    ASSIGNEE("assignee", Headers.ASSIGNEE, "assignee", null),

    NAME("name", Headers.NAME, "name", null),
    /** Defaults to the projectKey target where the path does not use it (createProject). */
    KEY("key", Headers.KEY, "key", null),
    DESCRIPTION("description", Headers.DESCRIPTION, "description", null),
    IS_PRIVATE("isPrivate", Headers.IS_PRIVATE, "is_private", List.of("true", "false")),

    SOURCE_BRANCH("sourceBranch", Headers.SOURCE_BRANCH, "source", null),
    DESTINATION_BRANCH("destinationBranch", Headers.DESTINATION_BRANCH, "destination", null),
    /** Comma separated uuids ({...}) or account ids; a username is refused before sending (live row 16). */
    REVIEWERS("reviewers", Headers.REVIEWERS, "reviewers", null),
    CLOSE_SOURCE_BRANCH("closeSourceBranch", Headers.CLOSE_SOURCE_BRANCH, "close_source_branch",
            List.of("true", "false")),
    MERGE_STRATEGY("mergeStrategy", Headers.MERGE_STRATEGY, "merge_strategy", List.of("merge_commit", "squash",
            "fast_forward", "squash_fast_forward", "rebase_fast_forward", "rebase_merge")),
    MESSAGE("message", Headers.MESSAGE, "message", null),
    INLINE_PATH("inlinePath", Headers.INLINE_PATH, "inline", null),
    INLINE_LINE("inlineLine", Headers.INLINE_LINE, "inline", null),
    PARENT_ID("parentId", Headers.PARENT_ID, "parent", null),
    /** At most 40 characters on Bitbucket (live row 15): a longer key is sent as a stable digest form that fits. */
    STATUS_KEY("statusKey", Headers.STATUS_KEY, "key", null),
    STATUS_STATE("statusState", Headers.STATUS_STATE, "state", List.of("INPROGRESS", "SUCCESSFUL", "FAILED",
            "STOPPED")),
    /** A public http(s) URL: Bitbucket refuses host names without a domain (live row 15), checked before sending. */
    STATUS_URL("statusUrl", Headers.STATUS_URL, "url", null),
    /** The commit a new branch or tag points at (target.hash). */
    FROM_COMMIT("fromCommit", Headers.FROM_COMMIT, "target", null),
    /** forkRepository: the workspace the fork goes to (workspace.slug); without it, the credential user's. */
    FORK_WORKSPACE("forkWorkspace", Headers.FORK_WORKSPACE, "workspace", null),
    HOOK_URL("hookUrl", Headers.HOOK_URL, "url", null),
    /** Comma separated event keys (repo:push, pullrequest:created, ...). */
    HOOK_EVENTS("hookEvents", Headers.HOOK_EVENTS, "events", null),
    /** runPipeline: the branch to run on (target.ref_name, a pipeline_ref_target). */
    PIPELINE_BRANCH("pipelineBranch", Headers.PIPELINE_BRANCH, "target", null),
    /** runPipeline: the commit to run on (target.commit.hash; without a branch a pipeline_commit_target). */
    PIPELINE_COMMIT("pipelineCommit", Headers.PIPELINE_COMMIT, "target", null),
    /** runPipeline: a custom pipeline's name in bitbucket-pipelines.yml (target.selector, type custom). */
    PIPELINE_PATTERN("pipelinePattern", Headers.PIPELINE_PATTERN, "target", null),
    /** runPipeline: KEY=value pairs, comma separated. */
    PIPELINE_VARIABLES("pipelineVariables", Headers.PIPELINE_VARIABLES, "variables", null),
    /** runPipeline: KEY=value pairs sent with secured=true; never logged. */
    PIPELINE_SECRET_VARIABLES("pipelineSecretVariables", Headers.PIPELINE_SECRET_VARIABLES, "variables", null),
    /** commitFiles: paths to delete in the commit, comma separated. */
    DELETE_FILES("deleteFiles", Headers.DELETE_FILES, "files", null),
    /** commitFiles: the commit's author, "Name &lt;email&gt;"; without it, the credential's user. */
    COMMIT_AUTHOR("commitAuthor", Headers.COMMIT_AUTHOR, "author", null);

    public static final List<BodyField> ISSUE = List.of(TITLE, CONTENT, KIND, PRIORITY, ISSUE_STATE, ASSIGNEE);
    public static final List<BodyField> PROJECT = List.of(NAME, KEY, DESCRIPTION, IS_PRIVATE);
    public static final List<BodyField> PULL_REQUEST = List.of(TITLE, DESCRIPTION, SOURCE_BRANCH, DESTINATION_BRANCH,
            REVIEWERS, CLOSE_SOURCE_BRANCH);
    public static final List<BodyField> MERGE = List.of(MESSAGE, CLOSE_SOURCE_BRANCH, MERGE_STRATEGY);
    public static final List<BodyField> COMMENT = List.of(CONTENT, INLINE_PATH, INLINE_LINE, PARENT_ID);
    public static final List<BodyField> BRANCH = List.of(NAME, FROM_COMMIT);
    public static final List<BodyField> WEBHOOK = List.of(HOOK_URL, HOOK_EVENTS, DESCRIPTION);
    public static final List<BodyField> REPOSITORY = List.of(NAME, DESCRIPTION, IS_PRIVATE);
    public static final List<BodyField> FORK = List.of(NAME, DESCRIPTION, IS_PRIVATE, FORK_WORKSPACE);
    public static final List<BodyField> TAG = List.of(NAME, FROM_COMMIT, MESSAGE);
    public static final List<BodyField> PIPELINE = List.of(PIPELINE_BRANCH, PIPELINE_COMMIT, PIPELINE_PATTERN,
            PIPELINE_VARIABLES, PIPELINE_SECRET_VARIABLES);
    /** The form fields of commitFiles besides the files (branch comes from the branch target). */
    public static final List<BodyField> FILES = List.of(MESSAGE, COMMIT_AUTHOR, FROM_COMMIT, DELETE_FILES);
    public static final List<BodyField> COMMIT_STATUS = List.of(STATUS_KEY, STATUS_STATE, NAME, STATUS_URL,
            DESCRIPTION);

    private final String option;
    private final String header;
    private final String json;
    private final List<String> allowed;

    BodyField(String option, String header, String json, List<String> allowed) {
        this.option = option;
        this.header = header;
        this.json = json;
        this.allowed = allowed;
    }

    public String option() {
        return option;
    }

    public String header() {
        return header;
    }

    public String json() {
        return json;
    }

    /** The value as it goes into the body, checked against the allowed values; {@code source} names where it came from. */
    String check(String operation, String value, String source) {
        switch (this) {
            case REVIEWERS -> {
                return BuildAndReview.reviewers(operation, value, source);
            }
            case STATUS_KEY -> {
                return BuildAndReview.statusKey(operation, value);
            }
            case STATUS_URL -> {
                return BuildAndReview.publicUrl(operation, value, source);
            }
            case HOOK_URL -> {
                if (!value.trim().matches("(?i)https?://\\S+")) {
                    throw new IllegalArgumentException(operation + ": the " + source + " must be an absolute http(s)"
                                                       + " URL Bitbucket can reach, was '" + value + "'");
                }
                return value.trim();
            }
            case PIPELINE_VARIABLES, PIPELINE_SECRET_VARIABLES -> {
                return PipelineRun.variables(operation, value, source);
            }
            case INLINE_LINE, PARENT_ID -> {
                if (!value.trim().matches("[0-9]{1,18}")) {
                    throw new IllegalArgumentException(operation + ": the " + source + " must be a number, was '"
                                                       + value + "'");
                }
                return value.trim();
            }
            default -> {
                // fall through to the allowed values
            }
        }
        if (allowed == null) {
            return value;
        }
        String normalized = value.trim();
        for (String a : allowed) {
            if (a.equalsIgnoreCase(normalized)) {
                return a;
            }
        }
        throw new IllegalArgumentException(operation + ": the " + source + " has the value '" + value
                                           + "'; valid values of " + option + " are " + allowed);
    }

    /** Writes the (checked) value into the JSON body in Bitbucket's shape. */
    void write(ObjectNode node, String value) {
        switch (this) {
            case CONTENT -> node.putObject("content").put("raw", value);
            case ASSIGNEE -> node.putObject("assignee").put(value.startsWith("{") ? "uuid" : "account_id", value);
            case IS_PRIVATE, CLOSE_SOURCE_BRANCH -> node.put(json, Boolean.parseBoolean(value));
            case SOURCE_BRANCH, DESTINATION_BRANCH -> node.putObject(json).putObject("branch").put("name", value);
            case REVIEWERS -> {
                com.fasterxml.jackson.databind.node.ArrayNode reviewers = node.putArray(json);
                for (String r : value.split(",")) {
                    reviewers.addObject().put(r.startsWith("{") ? "uuid" : "account_id", r);
                }
            }
            case INLINE_PATH -> node.withObject("/inline").put("path", value);
            case INLINE_LINE -> node.withObject("/inline").put("to", Integer.parseInt(value));
            case PARENT_ID -> node.putObject("parent").put("id", Long.parseLong(value));
            case FROM_COMMIT -> node.putObject("target").put("hash", value);
            case FORK_WORKSPACE -> node.putObject("workspace").put("slug", value);
            case PIPELINE_BRANCH, PIPELINE_COMMIT, PIPELINE_PATTERN, PIPELINE_VARIABLES,
                    PIPELINE_SECRET_VARIABLES -> PipelineRun.write(this, node, value);
            case HOOK_EVENTS -> {
                com.fasterxml.jackson.databind.node.ArrayNode events = node.putArray(json);
                for (String e : value.split(",")) {
                    if (!e.isBlank()) {
                        events.add(e.trim());
                    }
                }
            }
            default -> node.put(json, value);
        }
    }

    public static List<String> known(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).filter(v -> !v.startsWith("unknown_default"))
                .collect(Collectors.toList());
    }
}
