package io.github.camelbitbucket.request;

/**
 * The names of the component's message headers and exchange property, for the packages below the Camel-facing
 * classes. {@code BitbucketConstants} documents each header (Camel's generated metadata) and takes its name from here,
 * so a name is spelt once.
 */
public final class Headers {

    public static final String OPERATION = "CamelBitbucketOperation";
    public static final String OVERRIDE_CONNECTION = "CamelBitbucketOverrideConnection";
    public static final String CONNECTION = "CamelBitbucketConnection";
    public static final String AUTHORIZATION_STATE = "CamelBitbucketAuthorizationState";
    public static final String OVERRIDE_WORKSPACE = "CamelBitbucketOverrideWorkspace";
    public static final String OVERRIDE_REPO_SLUG = "CamelBitbucketOverrideRepoSlug";
    public static final String OVERRIDE_ISSUE_ID = "CamelBitbucketOverrideIssueId";
    public static final String OVERRIDE_PROJECT_KEY = "CamelBitbucketOverrideProjectKey";
    public static final String OVERRIDE_BRANCH = "CamelBitbucketOverrideBranch";
    public static final String OVERRIDE_PULL_REQUEST_ID = "CamelBitbucketOverridePullRequestId";
    public static final String OVERRIDE_COMMIT = "CamelBitbucketOverrideCommit";
    public static final String OVERRIDE_COMMENT_ID = "CamelBitbucketOverrideCommentId";
    public static final String OVERRIDE_REF_NAME = "CamelBitbucketOverrideRefName";
    public static final String REF_NAME = "CamelBitbucketRefName";
    public static final String FROM_COMMIT = "CamelBitbucketFromCommit";
    public static final String FORK_WORKSPACE = "CamelBitbucketForkWorkspace";
    public static final String OVERRIDE_HOOK_UID = "CamelBitbucketOverrideHookUid";
    public static final String HOOK_UID = "CamelBitbucketHookUid";
    public static final String HOOK_URL = "CamelBitbucketHookUrl";
    public static final String HOOK_EVENTS = "CamelBitbucketHookEvents";
    public static final String OVERRIDE_PIPELINE_UUID = "CamelBitbucketOverridePipelineUuid";
    public static final String PIPELINE_UUID = "CamelBitbucketPipelineUuid";
    public static final String OVERRIDE_STEP_UUID = "CamelBitbucketOverrideStepUuid";
    public static final String STEP_UUID = "CamelBitbucketStepUuid";
    public static final String OVERRIDE_FILE_PATH = "CamelBitbucketOverrideFilePath";
    public static final String FILE_PATH = "CamelBitbucketFilePath";
    public static final String PIPELINE_BRANCH = "CamelBitbucketPipelineBranch";
    public static final String PIPELINE_COMMIT = "CamelBitbucketPipelineCommit";
    public static final String PIPELINE_PATTERN = "CamelBitbucketPipelinePattern";
    public static final String PIPELINE_VARIABLES = "CamelBitbucketPipelineVariables";
    public static final String PIPELINE_SECRET_VARIABLES = "CamelBitbucketPipelineSecretVariables";
    public static final String DELETE_FILES = "CamelBitbucketDeleteFiles";
    public static final String COMMIT_AUTHOR = "CamelBitbucketCommitAuthor";
    public static final String COMMENT_ID = "CamelBitbucketCommentId";
    public static final String PULL_REQUEST_ID = "CamelBitbucketPullRequestId";
    public static final String COMMIT = "CamelBitbucketCommit";
    public static final String SOURCE_BRANCH = "CamelBitbucketSourceBranch";
    public static final String DESTINATION_BRANCH = "CamelBitbucketDestinationBranch";
    public static final String REVIEWERS = "CamelBitbucketReviewers";
    public static final String CLOSE_SOURCE_BRANCH = "CamelBitbucketCloseSourceBranch";
    public static final String MERGE_STRATEGY = "CamelBitbucketMergeStrategy";
    public static final String MESSAGE = "CamelBitbucketMessage";
    public static final String INLINE_PATH = "CamelBitbucketInlinePath";
    public static final String INLINE_LINE = "CamelBitbucketInlineLine";
    public static final String PARENT_ID = "CamelBitbucketParentId";
    public static final String STATUS_KEY = "CamelBitbucketStatusKey";
    public static final String STATUS_STATE = "CamelBitbucketStatusState";
    public static final String STATUS_URL = "CamelBitbucketStatusUrl";
    public static final String MERGE_TASK = "CamelBitbucketMergeTask";
    public static final String WORKSPACE = "CamelBitbucketWorkspace";
    public static final String REPO_SLUG = "CamelBitbucketRepoSlug";
    public static final String ISSUE_ID = "CamelBitbucketIssueId";
    public static final String PROJECT_KEY = "CamelBitbucketProjectKey";
    public static final String BRANCH = "CamelBitbucketBranch";
    public static final String DELIVERY = "CamelBitbucketDelivery";
    public static final String WEBHOOK_EVENT_KEY = "CamelBitbucketWebhookEventKey";
    public static final String WEBHOOK_DELIVERY_ID = "CamelBitbucketWebhookDeliveryId";
    public static final String WEBHOOK_HOOK_UUID = "CamelBitbucketWebhookHookUuid";
    public static final String WEBHOOK_PAYLOAD = "CamelBitbucketWebhookPayload";
    public static final String TITLE = "CamelBitbucketTitle";
    public static final String CONTENT = "CamelBitbucketContent";
    public static final String KIND = "CamelBitbucketKind";
    public static final String PRIORITY = "CamelBitbucketPriority";
    public static final String STATE = "CamelBitbucketState";
    public static final String ASSIGNEE = "CamelBitbucketAssignee";
    public static final String NAME = "CamelBitbucketName";
    public static final String KEY = "CamelBitbucketKey";
    public static final String DESCRIPTION = "CamelBitbucketDescription";
    public static final String IS_PRIVATE = "CamelBitbucketIsPrivate";
    public static final String QUERY = "CamelBitbucketQuery";
    public static final String SORT = "CamelBitbucketSort";
    public static final String HTTP_METHOD = "CamelBitbucketHttpMethod";
    public static final String PATH = "CamelBitbucketPath";
    public static final String QUERY_PARAMETERS = "CamelBitbucketQueryParameters";
    public static final String REQUEST_CONTENT_TYPE = "CamelBitbucketRequestContentType";
    public static final String AUTHORIZATION_CODE = "CamelBitbucketAuthorizationCode";
    public static final String HTTP_STATUS = "CamelBitbucketHttpStatus";
    public static final String LOCATION = "CamelBitbucketLocation";
    public static final String RESULT_COUNT = "CamelBitbucketResultCount";
    public static final String PAGE_COUNT = "CamelBitbucketPageCount";
    public static final String RATE_LIMIT_LIMIT = "CamelBitbucketRateLimitLimit";
    public static final String RATE_LIMIT_RESOURCE = "CamelBitbucketRateLimitResource";
    public static final String RATE_LIMIT_NEAR_LIMIT = "CamelBitbucketRateLimitNearLimit";
    public static final String EVENT_TYPE = "CamelBitbucketEventType";
    public static final String ITEM_ID = "CamelBitbucketItemId";
    public static final String EVENT_TIMESTAMP = "CamelBitbucketEventTimestamp";

    /**
     * Exchange property holding the object a Bitbucket step (action or trigger) put in the body. A body that is still
     * that object is a previous step's result: create and update actions do not send it unless useResultBody=true.
     */
    public static final String RESULT_BODY = "CamelBitbucketResultBody";

    private Headers() {
    }
}
