package io.github.camelbitbucket;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelbitbucket.client.PathTemplate;
import io.github.camelbitbucket.connection.Connection;
import io.github.camelbitbucket.request.Body;
import io.github.camelbitbucket.request.BodyField;
import io.github.camelbitbucket.request.Collection;
import io.github.camelbitbucket.request.Execution;
import io.github.camelbitbucket.request.OperationSpec;
import io.github.camelbitbucket.request.ResultReport;
import io.github.camelbitbucket.request.Target;
import io.github.camelbitbucket.trigger.TriggerEvents;
import io.github.camelbitbucket.trigger.TriggerSpec;
import io.github.camelbitbucket.model.*;

/**
 * Every action (producer) and trigger (consumer) of the component, as data: how it runs, HTTP method, path template
 * from the contract in {@code src-gen-config}, the item type, the collection it lists (whose rules live in
 * {@link Collection}), which body fields it takes, the OAuth scopes it needs, and for triggers their events (the
 * timestamp that moves the watermark and the webhook event keys). Adding an operation is one contract entry, one
 * constant here and one test.
 */
public enum BitbucketOperation {

    listWorkspaces(Kind.ACTION, Execution.JSON_ACTION, "GET", "/user/workspaces",
            WorkspaceAccess.class, Collection.WORKSPACES, Body.NONE, null, "account", "read:workspace:bitbucket"),
    getWorkspace(Kind.ACTION, Execution.JSON_ACTION, "GET", "/workspaces/{workspace}",
            Workspace.class, null, Body.NONE, null, "", "read:workspace:bitbucket"),
    listProjects(Kind.ACTION, Execution.JSON_ACTION, "GET", "/workspaces/{workspace}/projects",
            Project.class, Collection.PROJECTS, Body.NONE, null, "project", "read:project:bitbucket"),
    getProject(Kind.ACTION, Execution.JSON_ACTION, "GET", "/workspaces/{workspace}/projects/{project_key}",
            Project.class, null, Body.NONE, null, "project", "read:project:bitbucket"),
    createProject(Kind.ACTION, Execution.JSON_ACTION, "POST", "/workspaces/{workspace}/projects",
            Project.class, null, Body.PROJECT, null, "project:admin", "admin:project:bitbucket", BodyField.NAME, BodyField.KEY),
    updateProject(Kind.ACTION, Execution.JSON_ACTION, "PUT", "/workspaces/{workspace}/projects/{project_key}",
            Project.class, null, Body.PROJECT, null, "project:admin", "admin:project:bitbucket"),
    deleteProject(Kind.ACTION, Execution.JSON_ACTION, "DELETE", "/workspaces/{workspace}/projects/{project_key}",
            Void.class, null, Body.NONE, null, "project:admin", "admin:project:bitbucket"),
    listRepositories(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}",
            Repository.class, Collection.REPOSITORIES, Body.NONE, null, "repository", "read:repository:bitbucket"),
    getRepository(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}",
            Repository.class, null, Body.NONE, null, "repository", "read:repository:bitbucket"),
    listIssues(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/issues",
            Issue.class, Collection.ISSUES, Body.NONE, null, "issue", "read:issue:bitbucket"),
    getIssue(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/issues/{issue_id}",
            Issue.class, null, Body.NONE, null, "issue", "read:issue:bitbucket"),
    createIssue(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/issues",
            Issue.class, null, Body.ISSUE, null, "issue:write", "read:issue:bitbucket write:issue:bitbucket", BodyField.TITLE),
    updateIssue(Kind.ACTION, Execution.JSON_ACTION, "PUT", "/repositories/{workspace}/{repo_slug}/issues/{issue_id}",
            Issue.class, null, Body.ISSUE, null, "issue:write", "read:issue:bitbucket write:issue:bitbucket"),
    listPullRequests(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/pullrequests",
            PullRequest.class, Collection.PULL_REQUESTS, Body.NONE, null, "pullrequest", "read:pullrequest:bitbucket"),
    listCommits(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/commits",
            Commit.class, Collection.COMMITS, Body.NONE, null, "repository", "read:repository:bitbucket"),
    getPullRequest(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}",
            PullRequest.class, null, Body.NONE, null, "pullrequest", "read:pullrequest:bitbucket"),
    /** Opens a pull request from sourceBranch (reviewers by uuid or account id: live row 16). */
    createPullRequest(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/pullrequests",
            PullRequest.class, null, Body.PULL_REQUEST, null, "pullrequest:write",
            "read:pullrequest:bitbucket write:pullrequest:bitbucket", BodyField.TITLE, BodyField.SOURCE_BRANCH),
    /** Approves as the credential's user; on Bitbucket Cloud the author may approve their own (live row 17). */
    approvePullRequest(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/approve",
            Participant.class, null, Body.NONE, null, "pullrequest:write", "read:pullrequest:bitbucket write:pullrequest:bitbucket"),
    /** Merges; a 202 background task (live row 14) is followed up to mergeTimeout. Never sent twice. */
    mergePullRequest(Kind.ACTION, Execution.MERGE, "POST", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/merge",
            PullRequest.class, null, Body.MERGE, null, "pullrequest:write", "read:pullrequest:bitbucket write:pullrequest:bitbucket"),
    /** A general comment, an inline one (inlinePath, inlineLine) or a reply (parentId). */
    createPullRequestComment(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/comments",
            Comment.class, null, Body.COMMENT, null, "pullrequest", "read:pullrequest:bitbucket", BodyField.CONTENT),
    /** Reports a build on a commit; the same statusKey again updates it (live row 15: keys of at most 40). */
    setCommitStatus(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/commit/{commit}/statuses/build",
            CommitStatus.class, null, Body.COMMIT_STATUS, null, "repository", "read:repository:bitbucket",
            BodyField.STATUS_KEY, BodyField.STATUS_STATE, BodyField.STATUS_URL),
    listCommitStatuses(Kind.ACTION, Execution.JSON_ACTION, "GET",
            "/repositories/{workspace}/{repo_slug}/commit/{commit}/statuses",
            CommitStatus.class, Collection.COMMIT_STATUSES, Body.NONE, null, "repository", "read:repository:bitbucket"),
    /** Changes a pull request's title, description, destination or reviewers. */
    updatePullRequest(Kind.ACTION, Execution.JSON_ACTION, "PUT", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}",
            PullRequest.class, null, Body.PULL_REQUEST, null, "pullrequest:write", "read:pullrequest:bitbucket write:pullrequest:bitbucket"),
    declinePullRequest(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/decline",
            PullRequest.class, null, Body.NONE, null, "pullrequest:write", "read:pullrequest:bitbucket write:pullrequest:bitbucket"),
    unapprovePullRequest(Kind.ACTION, Execution.JSON_ACTION, "DELETE", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/approve",
            Void.class, null, Body.NONE, null, "pullrequest:write", "write:pullrequest:bitbucket"),
    requestChanges(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/request-changes",
            Participant.class, null, Body.NONE, null, "pullrequest:write", "read:pullrequest:bitbucket write:pullrequest:bitbucket"),
    removeChangeRequest(Kind.ACTION, Execution.JSON_ACTION, "DELETE", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/request-changes",
            Void.class, null, Body.NONE, null, "pullrequest:write", "write:pullrequest:bitbucket"),
    listPullRequestComments(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/comments",
            Comment.class, Collection.PULL_REQUEST_COMMENTS, Body.NONE, null, "pullrequest", "read:pullrequest:bitbucket"),
    updatePullRequestComment(Kind.ACTION, Execution.JSON_ACTION, "PUT", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/comments/{comment_id}",
            Comment.class, null, Body.COMMENT, null, "pullrequest", "read:pullrequest:bitbucket", BodyField.CONTENT),
    deletePullRequestComment(Kind.ACTION, Execution.JSON_ACTION, "DELETE", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/comments/{comment_id}",
            Void.class, null, Body.NONE, null, "pullrequest", "read:pullrequest:bitbucket"),
    listPullRequestCommits(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/commits",
            Commit.class, Collection.PULL_REQUEST_COMMITS, Body.NONE, null, "pullrequest", "read:pullrequest:bitbucket"),
    /** The files a pull request changes (Bitbucket redirects it, live row 9; the client follows). */
    getPullRequestDiffstat(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/diffstat",
            Diffstat.class, Collection.PULL_REQUEST_DIFFSTAT, Body.NONE, null, "pullrequest", "read:pullrequest:bitbucket"),
    /** Updates, approvals, change requests and comments, newest first. */
    listPullRequestActivity(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/activity",
            PullRequestActivity.class, Collection.PULL_REQUEST_ACTIVITY, Body.NONE, null, "pullrequest",
            "read:pullrequest:bitbucket"),
    getCommit(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/commit/{commit}",
            Commit.class, null, Body.NONE, null, "repository", "read:repository:bitbucket"),
    /** The account the credential (or the connection) acts as. */
    getCurrentUser(Kind.ACTION, Execution.JSON_ACTION, "GET", "/user",
            Account.class, null, Body.NONE, null, "account", "read:user:bitbucket"),
    listBranches(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/refs/branches",
            Branch.class, Collection.BRANCHES, Body.NONE, null, "repository", "read:repository:bitbucket"),
    getBranch(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/refs/branches/{name}",
            Branch.class, null, Body.NONE, null, "repository", "read:repository:bitbucket"),
    /** A branch named by the name option, at fromCommit. */
    createBranch(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/refs/branches",
            Branch.class, null, Body.BRANCH, null, "repository:write", "read:repository:bitbucket write:repository:bitbucket", BodyField.NAME,
            BodyField.FROM_COMMIT),
    deleteBranch(Kind.ACTION, Execution.JSON_ACTION, "DELETE", "/repositories/{workspace}/{repo_slug}/refs/branches/{name}",
            Void.class, null, Body.NONE, null, "repository:write", "write:repository:bitbucket"),
    listTags(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/refs/tags",
            Tag.class, Collection.TAGS, Body.NONE, null, "repository", "read:repository:bitbucket"),
    /** A tag named by the name option, at fromCommit, with an optional message. */
    createTag(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/refs/tags",
            Tag.class, null, Body.TAG, null, "repository:write", "read:repository:bitbucket write:repository:bitbucket", BodyField.NAME, BodyField.FROM_COMMIT),
    deleteTag(Kind.ACTION, Execution.JSON_ACTION, "DELETE", "/repositories/{workspace}/{repo_slug}/refs/tags/{name}",
            Void.class, null, Body.NONE, null, "repository:write", "write:repository:bitbucket"),
    /** A repository (name, description, isPrivate; its project by the projectKey option). */
    createRepository(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}",
            Repository.class, null, Body.REPOSITORY, null, "repository:admin", "admin:repository:bitbucket"),
    updateRepository(Kind.ACTION, Execution.JSON_ACTION, "PUT", "/repositories/{workspace}/{repo_slug}",
            Repository.class, null, Body.REPOSITORY, null, "repository:admin", "admin:repository:bitbucket"),
    deleteRepository(Kind.ACTION, Execution.JSON_ACTION, "DELETE", "/repositories/{workspace}/{repo_slug}",
            Void.class, null, Body.NONE, null, "repository:delete", "delete:repository:bitbucket"),
    /** A fork (name, forkWorkspace) of the repository. */
    forkRepository(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/forks",
            Repository.class, null, Body.FORK, null, "repository:write", "read:repository:bitbucket write:repository:bitbucket"),
    listWorkspaceMembers(Kind.ACTION, Execution.JSON_ACTION, "GET", "/workspaces/{workspace}/members",
            WorkspaceMembership.class, Collection.WORKSPACE_MEMBERS, Body.NONE, null, "account",
            "read:workspace:bitbucket"),
    listWebhooks(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/hooks",
            WebhookSubscription.class, Collection.WEBHOOKS, Body.NONE, null, "webhook", "read:webhook:bitbucket"),
    /** A repository webhook (hookUrl, hookEvents, description; a secret in the message body's JSON). */
    createWebhook(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/hooks",
            WebhookSubscription.class, null, Body.WEBHOOK, null, "webhook",
            "read:webhook:bitbucket write:webhook:bitbucket", BodyField.HOOK_URL, BodyField.HOOK_EVENTS),
    deleteWebhook(Kind.ACTION, Execution.JSON_ACTION, "DELETE", "/repositories/{workspace}/{repo_slug}/hooks/{uid}",
            Void.class, null, Body.NONE, null, "webhook", "delete:webhook:bitbucket"),
    listPipelines(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/pipelines", Pipeline.class, Collection.PIPELINES,
            Body.NONE, null, "pipeline", "read:pipeline:bitbucket"),
    getPipeline(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/pipelines/{pipeline_uuid}", Pipeline.class, null,
            Body.NONE, null, "pipeline", "read:pipeline:bitbucket"),
    /** Runs on pipelineBranch or pipelineCommit, a custom one by pipelinePattern, with variables (secured: masked). */
    runPipeline(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/pipelines", Pipeline.class, null, Body.PIPELINE, null,
            "pipeline", "read:pipeline:bitbucket write:pipeline:bitbucket", BodyField.PIPELINE_BRANCH),
    stopPipeline(Kind.ACTION, Execution.JSON_ACTION, "POST", "/repositories/{workspace}/{repo_slug}/pipelines/{pipeline_uuid}/stopPipeline", Void.class,
            null, Body.NONE, null, "pipeline:write", "write:pipeline:bitbucket"),
    listPipelineSteps(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/pipelines/{pipeline_uuid}/steps",
            PipelineStep.class, Collection.PIPELINE_STEPS, Body.NONE, null, "pipeline", "read:pipeline:bitbucket"),
    /** A step's log as text (a completed step's log redirects, live row 9: followed). */
    getPipelineStepLog(Kind.ACTION, Execution.CONTENT, "GET", "/repositories/{workspace}/{repo_slug}/pipelines/{pipeline_uuid}/steps/{step_uuid}/log",
            String.class, null, Body.NONE, null, "pipeline", "read:pipeline:bitbucket"),
    /** A file (filePath) at a commit or branch (commit): text as String, other content types as byte[]. */
    getFile(Kind.ACTION, Execution.CONTENT, "GET", "/repositories/{workspace}/{repo_slug}/src/{commit}/{path}", Object.class, null, Body.NONE, null,
            "repository", "read:repository:bitbucket"),
    /** A directory's entries (filePath; the root without it) at a commit or branch. */
    listDirectory(Kind.ACTION, Execution.JSON_ACTION, "GET", "/repositories/{workspace}/{repo_slug}/src/{commit}/{path}", TreeEntry.class,
            Collection.DIRECTORY, Body.NONE, null, "repository", "read:repository:bitbucket"),
    /** One commit adding, changing and deleting files: the body is a Map of path to content (null deletes). */
    commitFiles(Kind.ACTION, Execution.COMMIT_FILES, "POST", "/repositories/{workspace}/{repo_slug}/src", String.class, null, Body.FILES, null,
            "repository:write", "write:repository:bitbucket"),
    /** Any documented Bitbucket REST call: method, path and body come from options or headers. */
    httpRequest(Kind.ACTION, Execution.RAW_HTTP, null, null,
            Object.class, null, Body.RAW, null, "", ""),
    /**
     * The callback step of installing the OAuth app: exchanges the authorization code (header
     * CamelBitbucketAuthorizationCode, or the body) at the token endpoint and keeps the refresh token in the
     * refreshTokenFile / refreshTokenStore. Answers the granted scopes.
     */
    exchangeAuthorizationCode(Kind.ACTION, Execution.AUTH_CODE_EXCHANGE, null, null,
            String.class, null, Body.NONE, null, "", ""),
    /** The consent URL a customer follows to install the app as the connection named, with a signed state. */
    authorizationUrl(Kind.ACTION, Execution.CONNECTIONS, null, null,
            String.class, null, Body.NONE, null, "", ""),
    /** Every installed account (Connection: id, account, workspaces, scopes, status; never a token). */
    listConnections(Kind.ACTION, Execution.CONNECTIONS, null, null,
            Connection.class, null, Body.NONE, null, "", ""),
    /** The connection the connection option (or header CamelBitbucketOverrideConnection) names. */
    getConnection(Kind.ACTION, Execution.CONNECTIONS, null, null,
            Connection.class, null, Body.NONE, null, "", ""),
    /** Forgets a connection here (record, tokens, webhooks); answers it, or null. The grant is revoked in Bitbucket. */
    removeConnection(Kind.ACTION, Execution.CONNECTIONS, null, null,
            Connection.class, null, Body.NONE, null, "", ""),

    issueCreated(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/issues",
            Issue.class, Collection.ISSUES, Body.NONE, TriggerEvents.once("created_on", "issue:created"), "issue", "read:issue:bitbucket"),
    issueUpdated(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/issues",
            Issue.class, Collection.ISSUES, Body.NONE, TriggerEvents.eachChange("updated_on", "issue:updated"), "issue", "read:issue:bitbucket"),
    pullRequestCreated(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/pullrequests",
            PullRequest.class, Collection.PULL_REQUESTS, Body.NONE, TriggerEvents.once("created_on", "pullrequest:created"), "pullrequest", "read:pullrequest:bitbucket"),
    pullRequestUpdated(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/pullrequests",
            PullRequest.class, Collection.PULL_REQUESTS, Body.NONE, TriggerEvents.eachChange("updated_on", "pullrequest:updated", "pullrequest:approved", "pullrequest:unapproved",
                    "pullrequest:fulfilled", "pullrequest:rejected", "pullrequest:changes_request_created",
                    "pullrequest:changes_request_removed"), "pullrequest", "read:pullrequest:bitbucket"),
    commitPushed(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/commits",
            Commit.class, Collection.COMMITS, Body.NONE, TriggerEvents.eachChange("hash", "repo:push"), "repository", "read:repository:bitbucket"),
    repositoryCreated(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/repositories/{workspace}",
            Repository.class, Collection.REPOSITORIES, Body.NONE, TriggerEvents.once("created_on", "repo:created"), "repository", "read:repository:bitbucket"),
    projectCreated(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/workspaces/{workspace}/projects",
            Project.class, Collection.PROJECTS, Body.NONE, TriggerEvents.once("created_on"), "project", "read:project:bitbucket"),
    projectUpdated(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/workspaces/{workspace}/projects",
            Project.class, Collection.PROJECTS, Body.NONE, TriggerEvents.eachChange("updated_on", "project:updated"), "project", "read:project:bitbucket"),
    /** A comment on any pull request (its pullrequest inside), polled from the repository's pull request activity. */
    pullRequestCommented(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/pullrequests/activity", Comment.class,
            Collection.REPOSITORY_PULL_REQUEST_ACTIVITY, Body.NONE, TriggerEvents.once("comment.created_on",
                    "pullrequest:comment_created"), "pullrequest", "read:pullrequest:bitbucket"),
    /** A build status created or updated: every commit's by webhook; polled for the commit option's commit only. */
    commitStatusChanged(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/commit/{commit}/statuses",
            CommitStatus.class, Collection.COMMIT_STATUSES, Body.NONE, TriggerEvents.eachChange("updated_on",
                    "repo:commit_status_created", "repo:commit_status_updated"), "repository", "read:repository:bitbucket"),
    /** A pipeline that completed (any result); polled only: Bitbucket sends no pipeline event. */
    pipelineCompleted(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/pipelines", Pipeline.class,
            Collection.PIPELINES, Body.NONE, TriggerEvents.once("completed_on"), "pipeline", "read:pipeline:bitbucket"),
    /** A new branch (a repo:push change without an old side; polled: the branch names seen). */
    branchCreated(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/refs/branches", Branch.class, Collection.BRANCHES,
            Body.NONE, TriggerEvents.newRefs("branch"), "repository", "read:repository:bitbucket"),
    /** A new tag (a repo:push change without an old side; polled: the tag names seen). */
    tagCreated(Kind.TRIGGER, Execution.POLLED_TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/refs/tags", Tag.class, Collection.TAGS, Body.NONE,
            TriggerEvents.newRefs("tag"), "repository", "read:repository:bitbucket"),
    /**
     * Any Bitbucket webhook event (the events option), received on platform-http: the body is the event's model
     * (PullRequest, Issue, Repository, Project) where there is one, otherwise the payload as a JSON tree.
     */
    webhook(Kind.TRIGGER, Execution.WEBHOOK_TRIGGER, null, null,
            Object.class, null, Body.NONE, null, "", "");

    /** Action (producer, {@code to()}) or trigger (consumer, {@code from()}). */
    public enum Kind {
        ACTION,
        TRIGGER
    }

    private final Kind kind;
    private final Execution execution;
    private final String method;
    private final String pathTemplate;
    private final Class<?> itemType;
    private final Collection collection;
    private final TriggerEvents events;
    private final List<String> scopes;
    private final List<String> apiTokenScopes;
    private final OperationSpec spec;
    private final ResultReport resultReport;

    BitbucketOperation(Kind kind, Execution execution, String method, String pathTemplate, Class<?> itemType,
                       Collection collection, Body body, TriggerEvents events, String scopes, String apiTokenScopes,
                       BodyField... requiredFields) {
        this.kind = kind;
        this.execution = execution;
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.itemType = itemType;
        this.collection = collection;
        this.events = events;
        this.scopes = scopes.isEmpty() ? List.of() : List.of(scopes.split(" "));
        this.apiTokenScopes = apiTokenScopes.isEmpty() ? List.of() : List.of(apiTokenScopes.split(" "));
        PathTemplate.Compiled compiled = pathTemplate == null ? null : PathTemplate.compile(pathTemplate);
        List<Target> targets = compiled == null ? List.of()
                : compiled.placeholders().stream().map(Target::ofPlaceholder).collect(Collectors.toList());
        this.spec = new OperationSpec(name(), method, compiled, targets, itemType, collection, body,
                requiredFields.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(requiredFields)));
        this.resultReport = collection != null ? null : ResultReport.of(itemType);
    }

    public Kind getKind() {
        return kind;
    }

    /** HTTP method, null for {@link #httpRequest} and {@link #exchangeAuthorizationCode}. */
    public String getMethod() {
        return method;
    }

    /** Path template relative to the API base, as in the contract; null for the actions outside the REST contract. */
    public String getPathTemplate() {
        return pathTemplate;
    }

    /** How it runs: the one column the producer and the endpoint dispatch on. */
    public Execution getExecution() {
        return execution;
    }

    /** What building its requests needs (method, parsed path, targets, collection, body). */
    public OperationSpec spec() {
        return spec;
    }

    public Class<?> getItemType() {
        return itemType;
    }

    /** The collection it lists, or null for a single item. */
    public Collection getCollection() {
        return collection;
    }

    public boolean isPaged() {
        return collection != null;
    }

    /** For triggers: their events (time field, once or at each change, webhook event keys); null for actions. */
    public TriggerEvents getEvents() {
        return events;
    }

    /** A trigger's identity on a target (workspace, repository, pull request states), from this row of the table. */
    public TriggerSpec triggerSpec(String workspace, String repoSlug, String state) {
        return new TriggerSpec(name(), workspace, repoSlug, state, events, null);
    }

    /** The largest page size its collection accepts (pull requests: 50, live; the rest: 100). */
    public int getMaxPageSize() {
        return spec.maxPageSize();
    }

    /** The targets its path needs, in path order (workspace, repoSlug, ...). */
    public List<Target> getPathTargets() {
        return spec.pathTargets();
    }

    /** The report header a single answer sets (issue id, project key), or null. */
    public ResultReport getResultReport() {
        return resultReport;
    }

    /**
     * The scopes an Atlassian API token (or a Forge/3LO credential) needs for it, in their names
     * ({@code read:repository:bitbucket}); write does not imply read for them.
     */
    public List<String> getApiTokenScopes() {
        return apiTokenScopes;
    }

    /** The OAuth scopes Bitbucket requires for this operation (implied scopes count, see Scopes). */
    public List<String> getScopes() {
        return scopes;
    }

    /** Names of all operations of a kind, comma separated, for error messages. */
    public static String names(Kind kind) {
        return Arrays.stream(values()).filter(o -> o.kind == kind).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Reads an operation name as given in a URI or header; fails with the list of valid names. */
    public static BitbucketOperation of(String name, Kind expected, String source) {
        BitbucketOperation op = find(name);
        if (op == null) {
            throw new IllegalArgumentException("Unknown Bitbucket operation '" + name + "' in " + source + ". Valid "
                                               + (expected == Kind.ACTION ? "actions" : "triggers") + ": "
                                               + names(expected));
        }
        if (op.kind != expected) {
            throw new IllegalArgumentException(describeMisuse(op, source));
        }
        return op;
    }

    /** An endpoint's operation, action or trigger; fails with both lists of valid names. */
    static BitbucketOperation named(String name, String uri) {
        BitbucketOperation op = find(name);
        if (op == null) {
            throw new IllegalArgumentException("Unknown Bitbucket operation '" + name + "' in " + uri + ". Actions (to): "
                                               + names(Kind.ACTION) + ". Triggers (from): " + names(Kind.TRIGGER));
        }
        return op;
    }

    private static BitbucketOperation find(String name) {
        for (BitbucketOperation op : values()) {
            if (op.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return op;
            }
        }
        return null;
    }

    static String describeMisuse(BitbucketOperation op, String source) {
        return op.kind == Kind.TRIGGER
                ? "'" + op + "' (" + source + ") is a trigger: use it in from(\"bitbucket:" + op
                  + "\"). Actions for to(): " + names(Kind.ACTION)
                : "'" + op + "' (" + source + ") is an action: use it in to(\"bitbucket:" + op
                  + "\"). Triggers for from(): " + names(Kind.TRIGGER);
    }
}
