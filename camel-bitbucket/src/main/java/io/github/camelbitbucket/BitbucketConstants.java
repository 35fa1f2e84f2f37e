package io.github.camelbitbucket;

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
    public static final String OPERATION = "CamelBitbucketOperation";
    @Metadata(label = "producer", description = "Overrides the workspace option for this message. The only header that"
                                                + " redirects an action to another workspace; removed after use.",
              javaType = "String")
    public static final String OVERRIDE_WORKSPACE = "CamelBitbucketOverrideWorkspace";
    @Metadata(label = "producer", description = "Overrides the repoSlug option for this message; removed after use.",
              javaType = "String")
    public static final String OVERRIDE_REPO_SLUG = "CamelBitbucketOverrideRepoSlug";
    @Metadata(label = "producer", description = "Overrides the issueId option for this message; removed after use.",
              javaType = "String")
    public static final String OVERRIDE_ISSUE_ID = "CamelBitbucketOverrideIssueId";
    @Metadata(label = "producer", description = "Overrides the projectKey option for this message; removed after use.",
              javaType = "String")
    public static final String OVERRIDE_PROJECT_KEY = "CamelBitbucketOverrideProjectKey";
    @Metadata(label = "producer", description = "Overrides the branch option (listCommits) for this message; removed"
                                                + " after use.",
              javaType = "String")
    public static final String OVERRIDE_BRANCH = "CamelBitbucketOverrideBranch";

    // --- output: what a step acted on (reports only: never read as a target) ---
    @Metadata(description = "The workspace the step acted on or the event came from. A report: the producer never reads"
                            + " it (use CamelBitbucketOverrideWorkspace to redirect an action).",
              javaType = "String")
    public static final String WORKSPACE = "CamelBitbucketWorkspace";
    @Metadata(description = "The repository the step acted on or the event came from. A report, never read as a"
                            + " target.",
              javaType = "String")
    public static final String REPO_SLUG = "CamelBitbucketRepoSlug";
    @Metadata(description = "Id of the issue a step returned (createIssue, getIssue, updateIssue). A report, never read"
                            + " as a target.",
              javaType = "String")
    public static final String ISSUE_ID = "CamelBitbucketIssueId";
    @Metadata(description = "Key of the project a step returned (getProject, createProject, updateProject). A report,"
                            + " never read as a target.",
              javaType = "String")
    public static final String PROJECT_KEY = "CamelBitbucketProjectKey";
    @Metadata(label = "consumer", description = "The branch a commitPushed event came from. A report, never read as a"
                                                + " target.",
              javaType = "String")
    public static final String BRANCH = "CamelBitbucketBranch";

    // --- consumer output: how an event arrived (instant triggers) ---
    @Metadata(label = "consumer", description = "How the event arrived: poll or webhook.", javaType = "String")
    public static final String DELIVERY = "CamelBitbucketDelivery";
    @Metadata(label = "consumer", description = "The Bitbucket event key of a webhook delivery (X-Event-Key), e.g."
                                                + " pullrequest:fulfilled or repo:push.",
              javaType = "String")
    public static final String WEBHOOK_EVENT_KEY = "CamelBitbucketWebhookEventKey";
    @Metadata(label = "consumer", description = "The id of a webhook delivery (X-Request-UUID); Bitbucket's retries keep"
                                                + " it.",
              javaType = "String")
    public static final String WEBHOOK_DELIVERY_ID = "CamelBitbucketWebhookDeliveryId";
    @Metadata(label = "consumer", description = "The UUID of the webhook subscription that sent the delivery"
                                                + " (X-Hook-UUID).",
              javaType = "String")
    public static final String WEBHOOK_HOOK_UUID = "CamelBitbucketWebhookHookUuid";
    @Metadata(label = "consumer", description = "The whole payload of a webhook delivery (actor, repository and the"
                                                + " event's resources) as a JSON tree.",
              javaType = "com.fasterxml.jackson.databind.JsonNode")
    public static final String WEBHOOK_PAYLOAD = "CamelBitbucketWebhookPayload";

    // --- producer input: issue and project fields ---
    @Metadata(label = "producer", description = "Issue title (createIssue, updateIssue).", javaType = "String")
    public static final String TITLE = "CamelBitbucketTitle";
    @Metadata(label = "producer", description = "Issue text, as raw markdown (createIssue, updateIssue).",
              javaType = "String")
    public static final String CONTENT = "CamelBitbucketContent";
    @Metadata(label = "producer", description = "Issue kind: bug, enhancement, proposal or task.", javaType = "String")
    public static final String KIND = "CamelBitbucketKind";
    @Metadata(label = "producer", description = "Issue priority: trivial, minor, major, critical or blocker.",
              javaType = "String")
    public static final String PRIORITY = "CamelBitbucketPriority";
    @Metadata(label = "producer", description = "Issue state (createIssue, updateIssue), or the pull request state"
                                                + " filter of listPullRequests.",
              javaType = "String")
    public static final String STATE = "CamelBitbucketState";
    @Metadata(label = "producer", description = "Issue assignee: an account UUID in braces or an Atlassian account id.",
              javaType = "String")
    public static final String ASSIGNEE = "CamelBitbucketAssignee";
    @Metadata(label = "producer", description = "Project name (createProject, updateProject).", javaType = "String")
    public static final String NAME = "CamelBitbucketName";
    @Metadata(label = "producer", description = "Project key written into the body (createProject; a different key"
                                                + " in updateProject renames the project).",
              javaType = "String")
    public static final String KEY = "CamelBitbucketKey";
    @Metadata(label = "producer", description = "Project description.", javaType = "String")
    public static final String DESCRIPTION = "CamelBitbucketDescription";
    @Metadata(label = "producer", description = "Whether the project is private.", javaType = "Boolean")
    public static final String IS_PRIVATE = "CamelBitbucketIsPrivate";

    // --- producer input: lists ---
    @Metadata(label = "producer", description = "BBQL filter for list actions; overrides the q option.",
              javaType = "String")
    public static final String QUERY = "CamelBitbucketQuery";
    @Metadata(label = "producer", description = "Sort field for list actions (prefix - for descending).",
              javaType = "String")
    public static final String SORT = "CamelBitbucketSort";

    // --- producer input: httpRequest ---
    @Metadata(label = "producer", description = "HTTP method of httpRequest: GET, POST, PUT, DELETE or PATCH.",
              javaType = "String")
    public static final String HTTP_METHOD = "CamelBitbucketHttpMethod";
    @Metadata(label = "producer", description = "Path of httpRequest, relative to the API base, with {workspace}-style"
                                                + " placeholders.",
              javaType = "String")
    public static final String PATH = "CamelBitbucketPath";
    @Metadata(label = "producer", description = "Query parameters of httpRequest.",
              javaType = "java.util.Map<String, Object>")
    public static final String QUERY_PARAMETERS = "CamelBitbucketQueryParameters";
    @Metadata(label = "producer", description = "Content type of the httpRequest body (form, multipart with its"
                                                + " boundary); overrides the requestContentType option.",
              javaType = "String")
    public static final String REQUEST_CONTENT_TYPE = "CamelBitbucketRequestContentType";

    // --- producer input: exchangeAuthorizationCode ---
    @Metadata(label = "producer", description = "The authorization code Bitbucket handed to the app's callback URL"
                                                + " (exchangeAuthorizationCode); the body is used when it is absent.",
              javaType = "String")
    public static final String AUTHORIZATION_CODE = "CamelBitbucketAuthorizationCode";

    // --- output ---
    @Metadata(description = "HTTP status of Bitbucket's answer.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelBitbucketHttpStatus";
    @Metadata(label = "producer", description = "The Location header of a 201 answer (URL of the created resource).",
              javaType = "String")
    public static final String LOCATION = "CamelBitbucketLocation";
    @Metadata(label = "producer", description = "Number of items returned by a list action (not set with"
                                                + " streamList).",
              javaType = "Integer")
    public static final String RESULT_COUNT = "CamelBitbucketResultCount";
    @Metadata(label = "producer", description = "Number of pages fetched by a list action (not set with streamList).",
              javaType = "Integer")
    public static final String PAGE_COUNT = "CamelBitbucketPageCount";

    @Metadata(label = "producer", description = "Bitbucket's X-RateLimit-Limit: the hourly request limit (sent for"
                                                + " access tokens).",
              javaType = "Integer")
    public static final String RATE_LIMIT_LIMIT = "CamelBitbucketRateLimitLimit";
    @Metadata(label = "producer", description = "Bitbucket's X-RateLimit-Resource: the resource the limit applies to.",
              javaType = "String")
    public static final String RATE_LIMIT_RESOURCE = "CamelBitbucketRateLimitResource";
    @Metadata(label = "producer", description = "Bitbucket's X-RateLimit-NearLimit: true when less than 20% of the"
                                                + " budget is left.",
              javaType = "Boolean")
    public static final String RATE_LIMIT_NEAR_LIMIT = "CamelBitbucketRateLimitNearLimit";

    // --- consumer output ---
    @Metadata(label = "consumer", description = "The trigger that fired, e.g. issueCreated.", javaType = "String")
    public static final String EVENT_TYPE = "CamelBitbucketEventType";
    @Metadata(label = "consumer", description = "Id of the item the event is about (issue id, pull request id,"
                                                + " commit hash, repository or project UUID).",
              javaType = "String")
    public static final String ITEM_ID = "CamelBitbucketItemId";
    @Metadata(label = "consumer", description = "The item's timestamp that fired the trigger (created_on or"
                                                + " updated_on), ISO-8601.",
              javaType = "String")
    public static final String EVENT_TIMESTAMP = "CamelBitbucketEventTimestamp";

    private BitbucketConstants() {
    }
}
