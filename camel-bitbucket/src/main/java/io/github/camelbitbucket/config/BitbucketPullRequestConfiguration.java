package io.github.camelbitbucket.config;

import java.util.Map;

import io.github.camelbitbucket.request.BodyField;
import io.github.camelbitbucket.request.Target;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options of the pull request, comment and build status actions: their targets and body fields. */
@UriParams
public class BitbucketPullRequestConfiguration extends BitbucketInstallConfiguration {

    /**
     * The pull request id of the pull request actions (getPullRequest, approvePullRequest, mergePullRequest,
     * createPullRequestComment). Header CamelBitbucketOverridePullRequestId overrides it for one message.
     */
    @UriParam(label = "producer")
    private String pullRequestId;
    /**
     * The commit hash of setCommitStatus and listCommitStatuses. Header CamelBitbucketOverrideCommit overrides it for
     * one message.
     */
    @UriParam(label = "producer")
    private String commit;
    /**
     * The comment id of updatePullRequestComment and deletePullRequestComment. Header CamelBitbucketOverrideCommentId
     * overrides it for one message.
     */
    @UriParam(label = "producer")
    private String commentId;

    /**
     * The branch or tag name of getBranch, deleteBranch and deleteTag. Header CamelBitbucketOverrideRefName overrides
     * it for one message. createBranch and createTag take the new name from the name option.
     */
    @UriParam(label = "producer")
    private String refName;
    /** createBranch, createTag: the commit hash the new branch or tag points at. Header CamelBitbucketFromCommit. */
    @UriParam(label = "producer")
    private String fromCommit;

    /** forkRepository: the workspace the fork goes to; without it, the credential user's. Header CamelBitbucketForkWorkspace. */
    @UriParam(label = "producer")
    private String forkWorkspace;

    /** deleteWebhook: the webhook's UUID. Header CamelBitbucketOverrideHookUid overrides it for one message. */
    @UriParam(label = "producer")
    private String hookUid;
    /** createWebhook: the URL Bitbucket calls. Header CamelBitbucketHookUrl. */
    @UriParam(label = "producer")
    private String hookUrl;
    /** createWebhook: the event keys, comma separated (repo:push, pullrequest:created, ...). Header CamelBitbucketHookEvents. */
    @UriParam(label = "producer")
    private String hookEvents;

    public String getHookUid() {
        return hookUid;
    }

    public void setHookUid(String hookUid) {
        this.hookUid = hookUid;
    }

    public String getHookUrl() {
        return hookUrl;
    }

    public void setHookUrl(String hookUrl) {
        this.hookUrl = hookUrl;
    }

    public String getHookEvents() {
        return hookEvents;
    }

    public void setHookEvents(String hookEvents) {
        this.hookEvents = hookEvents;
    }

    public String getForkWorkspace() {
        return forkWorkspace;
    }

    public void setForkWorkspace(String forkWorkspace) {
        this.forkWorkspace = forkWorkspace;
    }

    public String getRefName() {
        return refName;
    }

    public void setRefName(String refName) {
        this.refName = refName;
    }

    public String getFromCommit() {
        return fromCommit;
    }

    public void setFromCommit(String fromCommit) {
        this.fromCommit = fromCommit;
    }

    public String getCommentId() {
        return commentId;
    }

    public void setCommentId(String commentId) {
        this.commentId = commentId;
    }
    /**
     * createPullRequest: the branch to merge (source.branch.name). Header CamelBitbucketSourceBranch.
     */
    @UriParam(label = "producer")
    private String sourceBranch;
    /**
     * createPullRequest: the branch to merge into; without it Bitbucket uses the repository's main branch. Header
     * CamelBitbucketDestinationBranch.
     */
    @UriParam(label = "producer")
    private String destinationBranch;
    /**
     * createPullRequest: reviewers, comma separated, each a uuid in curly braces or an account id; Bitbucket refuses
     * usernames (refused here before sending). Header CamelBitbucketReviewers.
     */
    @UriParam(label = "producer")
    private String reviewers;
    /**
     * createPullRequest and mergePullRequest: whether the source branch is deleted after the merge. Header
     * CamelBitbucketCloseSourceBranch.
     */
    @UriParam(label = "producer")
    private Boolean closeSourceBranch;
    /**
     * mergePullRequest: merge_commit (Bitbucket's default), squash, fast_forward, squash_fast_forward,
     * rebase_fast_forward or rebase_merge. Header CamelBitbucketMergeStrategy.
     */
    @UriParam(label = "producer", enums = "merge_commit,squash,fast_forward,squash_fast_forward,rebase_fast_forward,rebase_merge")
    private String mergeStrategy;
    /**
     * mergePullRequest: the merge commit's message. Header CamelBitbucketMessage.
     */
    @UriParam(label = "producer")
    private String message;
    /**
     * mergePullRequest: how long, in milliseconds, to follow a merge Bitbucket runs as a background task (it answers
     * 202 with a task whenever a merge takes long, live row 14) before failing with the task's URL in header
     * CamelBitbucketMergeTask. The merge is never sent twice.
     */
    @UriParam(label = "producer", defaultValue = "60000", javaType = "java.time.Duration")
    private long mergeTimeout = 60000;
    /**
     * createPullRequestComment: the file an inline comment is on. Header CamelBitbucketInlinePath.
     */
    @UriParam(label = "producer")
    private String inlinePath;
    /**
     * createPullRequestComment: the line (of the new version) an inline comment is on. Header
     * CamelBitbucketInlineLine.
     */
    @UriParam(label = "producer")
    private String inlineLine;
    /**
     * createPullRequestComment: the comment this one replies to. Header CamelBitbucketParentId.
     */
    @UriParam(label = "producer")
    private String parentId;
    /**
     * setCommitStatus: the build's key; the same key again updates that status (INPROGRESS, then SUCCESSFUL).
     * Bitbucket takes at most 40 characters: a longer key is sent as its first 31 characters, '-' and 8 hex digits of
     * its SHA-256 (logged once; the same key always gives the same one). Header CamelBitbucketStatusKey.
     */
    @UriParam(label = "producer")
    private String statusKey;
    /**
     * setCommitStatus: INPROGRESS, SUCCESSFUL, FAILED or STOPPED. Header CamelBitbucketStatusState.
     */
    @UriParam(label = "producer", enums = "INPROGRESS,SUCCESSFUL,FAILED,STOPPED")
    private String statusState;
    /**
     * setCommitStatus: the build's page, an absolute http(s) URL whose host has a domain (Bitbucket answers 400 'Enter
     * a valid URL.' to hosts like ci01; refused here before sending). Header CamelBitbucketStatusUrl.
     */
    @UriParam(label = "producer")
    private String statusUrl;

    public String getPullRequestId() {
        return pullRequestId;
    }

    public void setPullRequestId(String pullRequestId) {
        this.pullRequestId = pullRequestId;
    }

    public String getCommit() {
        return commit;
    }

    public void setCommit(String commit) {
        this.commit = commit;
    }

    public String getSourceBranch() {
        return sourceBranch;
    }

    public void setSourceBranch(String sourceBranch) {
        this.sourceBranch = sourceBranch;
    }

    public String getDestinationBranch() {
        return destinationBranch;
    }

    public void setDestinationBranch(String destinationBranch) {
        this.destinationBranch = destinationBranch;
    }

    public String getReviewers() {
        return reviewers;
    }

    public void setReviewers(String reviewers) {
        this.reviewers = reviewers;
    }

    public Boolean getCloseSourceBranch() {
        return closeSourceBranch;
    }

    public void setCloseSourceBranch(Boolean closeSourceBranch) {
        this.closeSourceBranch = closeSourceBranch;
    }

    public String getMergeStrategy() {
        return mergeStrategy;
    }

    public void setMergeStrategy(String mergeStrategy) {
        this.mergeStrategy = mergeStrategy;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public long getMergeTimeout() {
        return mergeTimeout;
    }

    public void setMergeTimeout(long mergeTimeout) {
        this.mergeTimeout = mergeTimeout;
    }

    public String getInlinePath() {
        return inlinePath;
    }

    public void setInlinePath(String inlinePath) {
        this.inlinePath = inlinePath;
    }

    public String getInlineLine() {
        return inlineLine;
    }

    public void setInlineLine(String inlineLine) {
        this.inlineLine = inlineLine;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public String getStatusKey() {
        return statusKey;
    }

    public void setStatusKey(String statusKey) {
        this.statusKey = statusKey;
    }

    public String getStatusState() {
        return statusState;
    }

    public void setStatusState(String statusState) {
        this.statusState = statusState;
    }

    public String getStatusUrl() {
        return statusUrl;
    }

    public void setStatusUrl(String statusUrl) {
        this.statusUrl = statusUrl;
    }

    /** Adds this class's targets and body fields to what requests read (the options that are set). */
    protected void automationInputs(Map<Target, String> targets, Map<BodyField, String> bodyFields) {
        put(targets, Target.PULL_REQUEST_ID, pullRequestId);
        put(targets, Target.COMMIT, commit);
        put(targets, Target.COMMENT_ID, commentId);
        put(targets, Target.REF_NAME, refName);
        put(bodyFields, BodyField.FROM_COMMIT, fromCommit);
        put(bodyFields, BodyField.FORK_WORKSPACE, forkWorkspace);
        put(targets, Target.HOOK_UID, hookUid);
        put(bodyFields, BodyField.HOOK_URL, hookUrl);
        put(bodyFields, BodyField.HOOK_EVENTS, hookEvents);
        put(bodyFields, BodyField.SOURCE_BRANCH, sourceBranch);
        put(bodyFields, BodyField.DESTINATION_BRANCH, destinationBranch);
        put(bodyFields, BodyField.REVIEWERS, reviewers);
        put(bodyFields, BodyField.CLOSE_SOURCE_BRANCH, closeSourceBranch == null ? null : closeSourceBranch.toString());
        put(bodyFields, BodyField.MERGE_STRATEGY, mergeStrategy);
        put(bodyFields, BodyField.MESSAGE, message);
        put(bodyFields, BodyField.INLINE_PATH, inlinePath);
        put(bodyFields, BodyField.INLINE_LINE, inlineLine);
        put(bodyFields, BodyField.PARENT_ID, parentId);
        put(bodyFields, BodyField.STATUS_KEY, statusKey);
        put(bodyFields, BodyField.STATUS_STATE, statusState);
        put(bodyFields, BodyField.STATUS_URL, statusUrl);
    }

    /** Puts an option that is set (not blank). */
    protected static <K> void put(Map<K, String> map, K key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
