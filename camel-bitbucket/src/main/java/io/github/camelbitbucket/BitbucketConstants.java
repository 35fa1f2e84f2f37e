package io.github.camelbitbucket;

import io.github.camelbitbucket.request.Headers;
import org.apache.camel.spi.Metadata;

/**
 * Message headers of the Bitbucket component. Input headers (overrides and field values) apply to the next Bitbucket
 * step only: the producer removes them once its request succeeded. Output headers describe a step's result and are
 * never read as input, so a step cannot redirect the next one by accident.
 */
public final class BitbucketConstants {

    // --- producer input: what to run and where (override headers: read by the producer, removed after use) ---
    @Metadata(label = "producer", description = "Overrides the endpoint's action for this message (e.g. getIssue)."
                                                + " Removed by the producer after use.",
              javaType = "String")
    public static final String OPERATION = Headers.OPERATION;
    @Metadata(label = "producer", description = "Overrides the connection option for this message: the installed"
                                                + " account the action runs as. Removed after use.",
              javaType = "String")
    public static final String OVERRIDE_CONNECTION = Headers.OVERRIDE_CONNECTION;
    @Metadata(description = "The connection (installed account) the action ran as or the event came from. A report:"
                            + " the producer never reads it (use CamelBitbucketOverrideConnection to choose one).",
              javaType = "String")
    public static final String CONNECTION = Headers.CONNECTION;
    @Metadata(label = "producer", description = "The state the install callback received (exchangeAuthorizationCode"
                                                + " with a connection store): verified before the code is used.",
              javaType = "String")
    public static final String AUTHORIZATION_STATE = Headers.AUTHORIZATION_STATE;
    @Metadata(label = "producer", description = "Overrides the workspace option for this message. The only header that"
                                                + " redirects an action to another workspace; removed after use.",
              javaType = "String")
    public static final String OVERRIDE_WORKSPACE = Headers.OVERRIDE_WORKSPACE;
    @Metadata(label = "producer", description = "Overrides the repoSlug option for this message; removed after use.",
              javaType = "String")
    public static final String OVERRIDE_REPO_SLUG = Headers.OVERRIDE_REPO_SLUG;
    @Metadata(label = "producer", description = "Overrides the issueId option for this message; removed after use.",
              javaType = "String")
    public static final String OVERRIDE_ISSUE_ID = Headers.OVERRIDE_ISSUE_ID;
    @Metadata(label = "producer", description = "Overrides the projectKey option for this message; removed after use.",
              javaType = "String")
    public static final String OVERRIDE_PROJECT_KEY = Headers.OVERRIDE_PROJECT_KEY;
    @Metadata(label = "producer", description = "Overrides the branch option (listCommits) for this message; removed"
                                                + " after use.",
              javaType = "String")
    public static final String OVERRIDE_BRANCH = Headers.OVERRIDE_BRANCH;

    @Metadata(label = "producer", description = "Overrides the pullRequestId option for this message; removed after"
                                                + " use.",
              javaType = "String")
    public static final String OVERRIDE_PULL_REQUEST_ID = Headers.OVERRIDE_PULL_REQUEST_ID;
    @Metadata(label = "producer", description = "Overrides the commit option for this message; removed after use.",
              javaType = "String")
    public static final String OVERRIDE_COMMIT = Headers.OVERRIDE_COMMIT;
    @Metadata(label = "producer", description = "Overrides the commentId option for this message; removed after use.",
              javaType = "String")
    public static final String OVERRIDE_COMMENT_ID = Headers.OVERRIDE_COMMENT_ID;
    @Metadata(label = "producer", description = "Overrides the refName option (a branch or tag name) for this message;"
                                                + " removed after use.",
              javaType = "String")
    public static final String OVERRIDE_REF_NAME = Headers.OVERRIDE_REF_NAME;
    @Metadata(label = "producer", description = "createBranch, createTag: the commit the new ref points at (overrides"
                                                + " fromCommit).",
              javaType = "String")
    public static final String FROM_COMMIT = Headers.FROM_COMMIT;
    @Metadata(label = "producer", description = "forkRepository: the workspace the fork goes to (overrides"
                                                + " forkWorkspace).",
              javaType = "String")
    public static final String FORK_WORKSPACE = Headers.FORK_WORKSPACE;
    @Metadata(label = "producer", description = "Overrides the hookUid option (deleteWebhook) for this message;"
                                                + " removed after use.",
              javaType = "String")
    public static final String OVERRIDE_HOOK_UID = Headers.OVERRIDE_HOOK_UID;
    @Metadata(label = "producer", description = "createWebhook: the URL Bitbucket calls (overrides hookUrl).",
              javaType = "String")
    public static final String HOOK_URL = Headers.HOOK_URL;
    @Metadata(label = "producer", description = "createWebhook: the event keys, comma separated (overrides"
                                                + " hookEvents).",
              javaType = "String")
    public static final String HOOK_EVENTS = Headers.HOOK_EVENTS;
    @Metadata(label = "producer", description = "Overrides the pipelineUuid option (getPipeline, stopPipeline,"
                                                + " listPipelineSteps, getPipelineStepLog) for this message.",
              javaType = "String")
    public static final String OVERRIDE_PIPELINE_UUID = Headers.OVERRIDE_PIPELINE_UUID;
    @Metadata(label = "producer", description = "The pipeline a step acted on or started. A report, never read as a"
                                                + " target.",
              javaType = "String")
    public static final String PIPELINE_UUID = Headers.PIPELINE_UUID;
    @Metadata(label = "producer", description = "Overrides the stepUuid option (getPipelineStepLog) for this message.",
              javaType = "String")
    public static final String OVERRIDE_STEP_UUID = Headers.OVERRIDE_STEP_UUID;
    @Metadata(label = "producer", description = "The pipeline step a step acted on. A report, never read as a target.",
              javaType = "String")
    public static final String STEP_UUID = Headers.STEP_UUID;
    @Metadata(label = "producer", description = "Overrides the filePath option (getFile, listDirectory) for this"
                                                + " message.",
              javaType = "String")
    public static final String OVERRIDE_FILE_PATH = Headers.OVERRIDE_FILE_PATH;
    @Metadata(label = "producer", description = "The file or directory a step read. A report, never read as a target.",
              javaType = "String")
    public static final String FILE_PATH = Headers.FILE_PATH;
    @Metadata(label = "producer", description = "runPipeline: the branch to run on (overrides pipelineBranch).",
              javaType = "String")
    public static final String PIPELINE_BRANCH = Headers.PIPELINE_BRANCH;
    @Metadata(label = "producer", description = "runPipeline: the commit to run on (overrides pipelineCommit).",
              javaType = "String")
    public static final String PIPELINE_COMMIT = Headers.PIPELINE_COMMIT;
    @Metadata(label = "producer", description = "runPipeline: the custom pipeline's name (overrides pipelinePattern).",
              javaType = "String")
    public static final String PIPELINE_PATTERN = Headers.PIPELINE_PATTERN;
    @Metadata(label = "producer", description = "runPipeline: variables, KEY=value comma separated (overrides"
                                                + " pipelineVariables).",
              javaType = "String")
    public static final String PIPELINE_VARIABLES = Headers.PIPELINE_VARIABLES;
    @Metadata(label = "producer", description = "runPipeline: secured variables, KEY=value comma separated (overrides"
                                                + " pipelineSecretVariables); never logged by the component.",
              javaType = "String", secret = true)
    public static final String PIPELINE_SECRET_VARIABLES = Headers.PIPELINE_SECRET_VARIABLES;
    @Metadata(label = "producer", description = "commitFiles: paths to delete, comma separated (overrides"
                                                + " deleteFiles).",
              javaType = "String")
    public static final String DELETE_FILES = Headers.DELETE_FILES;
    @Metadata(label = "producer", description = "commitFiles: the author, Name <email> (overrides commitAuthor).",
              javaType = "String")
    public static final String COMMIT_AUTHOR = Headers.COMMIT_AUTHOR;
    @Metadata(label = "producer", description = "The webhook a step acted on. A report, never read as a target.",
              javaType = "String")
    public static final String HOOK_UID = Headers.HOOK_UID;
    @Metadata(label = "producer", description = "The branch or tag a ref step acted on. A report, never read as a"
                                                + " target.",
              javaType = "String")
    public static final String REF_NAME = Headers.REF_NAME;
    @Metadata(label = "producer", description = "createPullRequest: the source branch (overrides sourceBranch).",
              javaType = "String")
    public static final String SOURCE_BRANCH = Headers.SOURCE_BRANCH;
    @Metadata(label = "producer", description = "createPullRequest: the destination branch (overrides"
                                                + " destinationBranch).",
              javaType = "String")
    public static final String DESTINATION_BRANCH = Headers.DESTINATION_BRANCH;
    @Metadata(label = "producer", description = "createPullRequest: reviewers by uuid or account id, comma separated"
                                                + " (overrides reviewers).",
              javaType = "String")
    public static final String REVIEWERS = Headers.REVIEWERS;
    @Metadata(label = "producer", description = "createPullRequest, mergePullRequest: whether the source branch is"
                                                + " deleted on merge (overrides closeSourceBranch).",
              javaType = "String")
    public static final String CLOSE_SOURCE_BRANCH = Headers.CLOSE_SOURCE_BRANCH;
    @Metadata(label = "producer", description = "mergePullRequest: the merge strategy (overrides mergeStrategy).",
              javaType = "String")
    public static final String MERGE_STRATEGY = Headers.MERGE_STRATEGY;
    @Metadata(label = "producer", description = "mergePullRequest: the merge commit message (overrides message).",
              javaType = "String")
    public static final String MESSAGE = Headers.MESSAGE;
    @Metadata(label = "producer", description = "createPullRequestComment: the file of an inline comment (overrides"
                                                + " inlinePath).",
              javaType = "String")
    public static final String INLINE_PATH = Headers.INLINE_PATH;
    @Metadata(label = "producer", description = "createPullRequestComment: the line of an inline comment (overrides"
                                                + " inlineLine).",
              javaType = "String")
    public static final String INLINE_LINE = Headers.INLINE_LINE;
    @Metadata(label = "producer", description = "createPullRequestComment: the comment replied to (overrides"
                                                + " parentId).",
              javaType = "String")
    public static final String PARENT_ID = Headers.PARENT_ID;
    @Metadata(label = "producer", description = "setCommitStatus: the build's key (overrides statusKey; more than 40"
                                                + " characters are sent in a form that fits).",
              javaType = "String")
    public static final String STATUS_KEY = Headers.STATUS_KEY;
    @Metadata(label = "producer", description = "setCommitStatus: INPROGRESS, SUCCESSFUL, FAILED or STOPPED"
                                                + " (overrides statusState).",
              javaType = "String")
    public static final String STATUS_STATE = Headers.STATUS_STATE;
    @Metadata(label = "producer", description = "setCommitStatus: the build's public URL (overrides statusUrl).",
              javaType = "String")
    public static final String STATUS_URL = Headers.STATUS_URL;

    // --- output: what a step acted on (reports only: never read as a target) ---
    @Metadata(description = "Id of the pull request a step acted on or returned. A report, never read as a target (use"
                            + " CamelBitbucketOverridePullRequestId).",
              javaType = "String")
    public static final String PULL_REQUEST_ID = Headers.PULL_REQUEST_ID;
    @Metadata(label = "producer", description = "The commit a step acted on (commitFiles: the commit it made). A"
                                                + " report, never read as a target.",
              javaType = "String")
    public static final String COMMIT = Headers.COMMIT;
    @Metadata(label = "producer", description = "Id of the comment a step acted on or returned. A report, never read"
                                                + " as a target (use CamelBitbucketOverrideCommentId).",
              javaType = "String")
    public static final String COMMENT_ID = Headers.COMMENT_ID;
    @Metadata(label = "producer", description = "mergePullRequest: the task-status URL of a merge still running after"
                                                + " mergeTimeout (set with the failure).",
              javaType = "String")
    public static final String MERGE_TASK = Headers.MERGE_TASK;
    @Metadata(description = "The workspace the step acted on or the event came from. A report: the producer never reads"
                            + " it (use CamelBitbucketOverrideWorkspace to redirect an action).",
              javaType = "String")
    public static final String WORKSPACE = Headers.WORKSPACE;
    @Metadata(description = "The repository the step acted on or the event came from. A report, never read as a"
                            + " target.",
              javaType = "String")
    public static final String REPO_SLUG = Headers.REPO_SLUG;
    @Metadata(description = "Id of the issue a step returned (createIssue, getIssue, updateIssue). A report, never read"
                            + " as a target.",
              javaType = "String")
    public static final String ISSUE_ID = Headers.ISSUE_ID;
    @Metadata(description = "Key of the project a step returned (getProject, createProject, updateProject). A report,"
                            + " never read as a target.",
              javaType = "String")
    public static final String PROJECT_KEY = Headers.PROJECT_KEY;
    @Metadata(label = "consumer", description = "The branch a commitPushed event came from. A report, never read as a"
                                                + " target.",
              javaType = "String")
    public static final String BRANCH = Headers.BRANCH;

    // --- consumer output: how an event arrived (instant triggers) ---
    @Metadata(label = "consumer", description = "How the event arrived: poll or webhook.", javaType = "String")
    public static final String DELIVERY = Headers.DELIVERY;
    @Metadata(label = "consumer", description = "The Bitbucket event key of a webhook delivery (X-Event-Key), e.g."
                                                + " pullrequest:fulfilled or repo:push.",
              javaType = "String")
    public static final String WEBHOOK_EVENT_KEY = Headers.WEBHOOK_EVENT_KEY;
    @Metadata(label = "consumer", description = "The id of a webhook delivery (X-Request-UUID); Bitbucket's retries keep"
                                                + " it.",
              javaType = "String")
    public static final String WEBHOOK_DELIVERY_ID = Headers.WEBHOOK_DELIVERY_ID;
    @Metadata(label = "consumer", description = "The UUID of the webhook subscription that sent the delivery"
                                                + " (X-Hook-UUID).",
              javaType = "String")
    public static final String WEBHOOK_HOOK_UUID = Headers.WEBHOOK_HOOK_UUID;
    @Metadata(label = "consumer", description = "The whole payload of a webhook delivery (actor, repository and the"
                                                + " event's resources) as a JSON tree.",
              javaType = "com.fasterxml.jackson.databind.JsonNode")
    public static final String WEBHOOK_PAYLOAD = Headers.WEBHOOK_PAYLOAD;

    // --- producer input: issue and project fields ---
    @Metadata(label = "producer", description = "Issue title (createIssue, updateIssue).", javaType = "String")
    public static final String TITLE = Headers.TITLE;
    @Metadata(label = "producer", description = "Issue text, as raw markdown (createIssue, updateIssue).",
              javaType = "String")
    public static final String CONTENT = Headers.CONTENT;
    @Metadata(label = "producer", description = "Issue kind: bug, enhancement, proposal or task.", javaType = "String")
    public static final String KIND = Headers.KIND;
    @Metadata(label = "producer", description = "Issue priority: trivial, minor, major, critical or blocker.",
              javaType = "String")
    public static final String PRIORITY = Headers.PRIORITY;
    @Metadata(label = "producer", description = "Issue state (createIssue, updateIssue), or the pull request state"
                                                + " filter of listPullRequests.",
              javaType = "String")
    public static final String STATE = Headers.STATE;
    @Metadata(label = "producer", description = "Issue assignee: an account UUID in braces or an Atlassian account id.",
              javaType = "String")
    public static final String ASSIGNEE = Headers.ASSIGNEE;
    @Metadata(label = "producer", description = "Project name (createProject, updateProject).", javaType = "String")
    public static final String NAME = Headers.NAME;
    @Metadata(label = "producer", description = "Project key written into the body (createProject; a different key"
                                                + " in updateProject renames the project).",
              javaType = "String")
    public static final String KEY = Headers.KEY;
    @Metadata(label = "producer", description = "Project description.", javaType = "String")
    public static final String DESCRIPTION = Headers.DESCRIPTION;
    @Metadata(label = "producer", description = "Whether the project is private.", javaType = "Boolean")
    public static final String IS_PRIVATE = Headers.IS_PRIVATE;

    // --- producer input: lists ---
    @Metadata(label = "producer", description = "BBQL filter for list actions; overrides the q option.",
              javaType = "String")
    public static final String QUERY = Headers.QUERY;
    @Metadata(label = "producer", description = "Sort field for list actions (prefix - for descending).",
              javaType = "String")
    public static final String SORT = Headers.SORT;

    // --- producer input: httpRequest ---
    @Metadata(label = "producer", description = "HTTP method of httpRequest: GET, POST, PUT, DELETE or PATCH.",
              javaType = "String")
    public static final String HTTP_METHOD = Headers.HTTP_METHOD;
    @Metadata(label = "producer", description = "Path of httpRequest, relative to the API base, with {workspace}-style"
                                                + " placeholders.",
              javaType = "String")
    public static final String PATH = Headers.PATH;
    @Metadata(label = "producer", description = "Query parameters of httpRequest.",
              javaType = "java.util.Map<String, Object>")
    public static final String QUERY_PARAMETERS = Headers.QUERY_PARAMETERS;
    @Metadata(label = "producer", description = "Content type of the httpRequest body (form, multipart with its"
                                                + " boundary); overrides the requestContentType option.",
              javaType = "String")
    public static final String REQUEST_CONTENT_TYPE = Headers.REQUEST_CONTENT_TYPE;

    // --- producer input: exchangeAuthorizationCode ---
    @Metadata(label = "producer", description = "The authorization code Bitbucket handed to the app's callback URL"
                                                + " (exchangeAuthorizationCode); the body is used when it is absent.",
              javaType = "String")
    public static final String AUTHORIZATION_CODE = Headers.AUTHORIZATION_CODE;

    // --- output ---
    @Metadata(description = "HTTP status of Bitbucket's answer.", javaType = "Integer")
    public static final String HTTP_STATUS = Headers.HTTP_STATUS;
    @Metadata(label = "producer", description = "The Location header of a 201 answer (URL of the created resource).",
              javaType = "String")
    public static final String LOCATION = Headers.LOCATION;
    @Metadata(label = "producer", description = "Number of items returned by a list action (not set with"
                                                + " streamList).",
              javaType = "Integer")
    public static final String RESULT_COUNT = Headers.RESULT_COUNT;
    @Metadata(label = "producer", description = "Number of pages fetched by a list action (not set with streamList).",
              javaType = "Integer")
    public static final String PAGE_COUNT = Headers.PAGE_COUNT;

    @Metadata(label = "producer", description = "Bitbucket's X-RateLimit-Limit: the hourly request limit (sent for"
                                                + " access tokens).",
              javaType = "Integer")
    public static final String RATE_LIMIT_LIMIT = Headers.RATE_LIMIT_LIMIT;
    @Metadata(label = "producer", description = "Bitbucket's X-RateLimit-Resource: the resource the limit applies to.",
              javaType = "String")
    public static final String RATE_LIMIT_RESOURCE = Headers.RATE_LIMIT_RESOURCE;
    @Metadata(label = "producer", description = "Bitbucket's X-RateLimit-NearLimit: true when less than 20% of the"
                                                + " budget is left.",
              javaType = "Boolean")
    public static final String RATE_LIMIT_NEAR_LIMIT = Headers.RATE_LIMIT_NEAR_LIMIT;

    // --- consumer output ---
    @Metadata(label = "consumer", description = "The trigger that fired, e.g. issueCreated.", javaType = "String")
    public static final String EVENT_TYPE = Headers.EVENT_TYPE;
    @Metadata(label = "consumer", description = "Id of the item the event is about (issue id, pull request id,"
                                                + " commit hash, repository or project UUID).",
              javaType = "String")
    public static final String ITEM_ID = Headers.ITEM_ID;
    @Metadata(label = "consumer", description = "The item's timestamp that fired the trigger (created_on or"
                                                + " updated_on), ISO-8601.",
              javaType = "String")
    public static final String EVENT_TIMESTAMP = Headers.EVENT_TIMESTAMP;

    private BitbucketConstants() {
    }
}
