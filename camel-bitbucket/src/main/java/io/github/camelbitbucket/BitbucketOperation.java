package io.github.camelbitbucket;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelbitbucket.client.PathTemplate;
import io.github.camelbitbucket.model.Commit;
import io.github.camelbitbucket.model.Issue;
import io.github.camelbitbucket.model.Project;
import io.github.camelbitbucket.model.PullRequest;
import io.github.camelbitbucket.model.Repository;
import io.github.camelbitbucket.model.Workspace;
import io.github.camelbitbucket.model.WorkspaceAccess;

/**
 * Every action (producer) and trigger (polling consumer) of the component, as data: HTTP method, path template from
 * the contract in {@code src-gen-config}, the item type, whether the answer is paged, which body fields it takes, the
 * OAuth scopes it needs, and for triggers the timestamp that moves the watermark. Adding an operation is one contract
 * entry, one constant here and one test.
 */
public enum BitbucketOperation {

    listWorkspaces(Kind.ACTION, "GET", "/user/workspaces", WorkspaceAccess.class, true, Body.NONE,
            null, "account", "read:workspace:bitbucket"),
    getWorkspace(Kind.ACTION, "GET", "/workspaces/{workspace}", Workspace.class, false, Body.NONE,
            null, "", "read:workspace:bitbucket"),
    listProjects(Kind.ACTION, "GET", "/workspaces/{workspace}/projects", Project.class, true, Body.NONE,
            null, "project", "read:project:bitbucket"),
    getProject(Kind.ACTION, "GET", "/workspaces/{workspace}/projects/{project_key}", Project.class, false, Body.NONE,
            null, "project", "read:project:bitbucket"),
    createProject(Kind.ACTION, "POST", "/workspaces/{workspace}/projects", Project.class, false, Body.PROJECT,
            null, "project:admin", "admin:project:bitbucket", BodyField.NAME, BodyField.KEY),
    updateProject(Kind.ACTION, "PUT", "/workspaces/{workspace}/projects/{project_key}", Project.class, false, Body.PROJECT,
            null, "project:admin", "admin:project:bitbucket"),
    deleteProject(Kind.ACTION, "DELETE", "/workspaces/{workspace}/projects/{project_key}", Void.class, false, Body.NONE,
            null, "project:admin", "admin:project:bitbucket"),
    listRepositories(Kind.ACTION, "GET", "/repositories/{workspace}", Repository.class, true, Body.NONE,
            null, "repository", "read:repository:bitbucket"),
    getRepository(Kind.ACTION, "GET", "/repositories/{workspace}/{repo_slug}", Repository.class, false, Body.NONE,
            null, "repository", "read:repository:bitbucket"),
    listIssues(Kind.ACTION, "GET", "/repositories/{workspace}/{repo_slug}/issues", Issue.class, true, Body.NONE,
            null, "issue", "read:issue:bitbucket"),
    getIssue(Kind.ACTION, "GET", "/repositories/{workspace}/{repo_slug}/issues/{issue_id}", Issue.class, false, Body.NONE,
            null, "issue", "read:issue:bitbucket"),
    createIssue(Kind.ACTION, "POST", "/repositories/{workspace}/{repo_slug}/issues", Issue.class, false, Body.ISSUE,
            null, "issue:write", "read:issue:bitbucket write:issue:bitbucket", BodyField.TITLE),
    updateIssue(Kind.ACTION, "PUT", "/repositories/{workspace}/{repo_slug}/issues/{issue_id}", Issue.class, false, Body.ISSUE,
            null, "issue:write", "read:issue:bitbucket write:issue:bitbucket"),
    listPullRequests(Kind.ACTION, "GET", "/repositories/{workspace}/{repo_slug}/pullrequests", PullRequest.class, true, Body.NONE,
            null, "pullrequest", "read:pullrequest:bitbucket"),
    listCommits(Kind.ACTION, "GET", "/repositories/{workspace}/{repo_slug}/commits", Commit.class, true, Body.NONE,
            null, "repository", "read:repository:bitbucket"),
    /** Any documented Bitbucket REST call: method, path and body come from options or headers. */
    httpRequest(Kind.ACTION, null, null, Object.class, false, Body.RAW, null, "", ""),
    /**
     * The callback step of installing the OAuth app: exchanges the authorization code (header
     * CamelBitbucketAuthorizationCode, or the body) at the token endpoint and keeps the refresh token in the
     * refreshTokenFile / refreshTokenStore. Answers the granted scopes.
     */
    exchangeAuthorizationCode(Kind.ACTION, null, null, String.class, false, Body.NONE, null, "", ""),

    issueCreated(Kind.TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/issues", Issue.class, true, Body.NONE,
            "created_on", "issue", "read:issue:bitbucket"),
    issueUpdated(Kind.TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/issues", Issue.class, true, Body.NONE,
            "updated_on", "issue", "read:issue:bitbucket"),
    pullRequestCreated(Kind.TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/pullrequests", PullRequest.class, true, Body.NONE,
            "created_on", "pullrequest", "read:pullrequest:bitbucket"),
    pullRequestUpdated(Kind.TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/pullrequests", PullRequest.class, true, Body.NONE,
            "updated_on", "pullrequest", "read:pullrequest:bitbucket"),
    commitPushed(Kind.TRIGGER, "GET", "/repositories/{workspace}/{repo_slug}/commits", Commit.class, true, Body.NONE,
            "hash", "repository", "read:repository:bitbucket"),
    repositoryCreated(Kind.TRIGGER, "GET", "/repositories/{workspace}", Repository.class, true, Body.NONE,
            "created_on", "repository", "read:repository:bitbucket"),
    projectCreated(Kind.TRIGGER, "GET", "/workspaces/{workspace}/projects", Project.class, true, Body.NONE,
            "created_on", "project", "read:project:bitbucket"),
    projectUpdated(Kind.TRIGGER, "GET", "/workspaces/{workspace}/projects", Project.class, true, Body.NONE,
            "updated_on", "project", "read:project:bitbucket"),
    /**
     * Any Bitbucket webhook event (the events option), received on platform-http: the body is the event's model
     * (PullRequest, Issue, Repository, Project) where there is one, otherwise the payload as a JSON tree.
     */
    webhook(Kind.TRIGGER, null, null, Object.class, false, Body.NONE, null, "", "");

    /** Bitbucket's largest pagelen for a collection, where live Bitbucket is stricter than the 100 it documents. */
    private static final Map<Class<?>, Integer> MAX_PAGE_SIZE = Map.of(PullRequest.class, 50);
    /**
     * The states a trigger on a collection asks for when the state option is not set. Live Bitbucket lists OPEN pull
     * requests only unless asked, so a pull request trigger asks for the four the list parameter documents and sees
     * merges and declines too (drafts are OPEN pull requests with draft=true on live Bitbucket).
     */
    private static final Map<Class<?>, String> TRIGGER_DEFAULT_STATE = Map.of(PullRequest.class,
            "OPEN,MERGED,DECLINED,SUPERSEDED");
    /**
     * Commits take their branches as {@code include=} query parameters (git log semantics), never in the path: a branch
     * with {@code /} in the path answers 404 on live Bitbucket.
     */
    static final String BRANCH_QUERY_PARAMETER = "include";

    /**
     * Collections where Bitbucket does not document {@code q} and {@code sort} (and ignores an unsupported {@code q}
     * without an error): triggers on them check every item themselves (live row 5).
     */
    private static final Set<Class<?>> UNTRUSTED_FILTER = Set.of(Project.class);

    /** Bitbucket's pagelen range for every other collection. */
    static final int MAX_PAGE_SIZE_DEFAULT = 100;

    /** Action (producer, {@code to()}) or trigger (polling consumer, {@code from()}). */
    public enum Kind {
        ACTION,
        TRIGGER
    }

    /** The report header an answer of one item type sets: which target it names and where its value comes from. */
    public enum ResultReport {
        ISSUE(Issue.class, Target.ISSUE_ID, item -> ((Issue) item).getId()),
        PROJECT(Project.class, Target.PROJECT_KEY, item -> ((Project) item).getKey());

        private final Class<?> itemType;
        private final Target target;
        private final java.util.function.Function<Object, Object> value;

        ResultReport(Class<?> itemType, Target target, java.util.function.Function<Object, Object> value) {
            this.itemType = itemType;
            this.target = target;
            this.value = value;
        }

        /** The header it sets ({@code CamelBitbucketIssueId}, {@code CamelBitbucketProjectKey}). */
        public String header() {
            return target.reportHeader();
        }

        /** The value to report for an answer, or null when the answer is not one item of this type. */
        public Object valueOf(Object answer) {
            return itemType.isInstance(answer) ? value.apply(answer) : null;
        }

        static ResultReport of(Class<?> itemType) {
            for (ResultReport r : values()) {
                if (r.itemType == itemType) {
                    return r;
                }
            }
            return null;
        }
    }

    /** Which body an operation sends: the fields options and headers can set, and the type discriminator. */
    public enum Body {
        NONE(List.of(), null),
        ISSUE(BodyField.ISSUE, "issue"),
        PROJECT(BodyField.PROJECT, "project"),
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

    private final Kind kind;
    private final String method;
    private final String pathTemplate;
    private final Class<?> itemType;
    private final boolean paged;
    private final Body body;
    private final String watermarkField;
    private final List<String> scopes;
    private final List<String> apiTokenScopes;
    private final Set<BodyField> requiredFields;
    private final PathTemplate.Compiled compiledPath;
    private final List<Target> pathTargets;
    private final ResultReport resultReport;

    BitbucketOperation(Kind kind, String method, String pathTemplate, Class<?> itemType, boolean paged, Body body,
                       String watermarkField, String scopes, String apiTokenScopes, BodyField... requiredFields) {
        this.kind = kind;
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.itemType = itemType;
        this.paged = paged;
        this.body = body;
        this.watermarkField = watermarkField;
        this.scopes = scopes.isEmpty() ? List.of() : List.of(scopes.split(" "));
        this.apiTokenScopes = apiTokenScopes.isEmpty() ? List.of() : List.of(apiTokenScopes.split(" "));
        this.requiredFields = requiredFields.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(requiredFields));
        this.compiledPath = pathTemplate == null ? null : PathTemplate.compile(pathTemplate);
        this.pathTargets = compiledPath == null ? List.of()
                : compiledPath.placeholders().stream().map(Target::ofPlaceholder).collect(Collectors.toList());
        this.resultReport = paged ? null : ResultReport.of(itemType);
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

    /** The path template, parsed once. */
    PathTemplate.Compiled getCompiledPath() {
        return compiledPath;
    }

    public Class<?> getItemType() {
        return itemType;
    }

    public boolean isPaged() {
        return paged;
    }

    public Body getBody() {
        return body;
    }

    /** For triggers: the item field whose value moves the watermark ({@code created_on}, {@code updated_on}). */
    public String getWatermarkField() {
        return watermarkField;
    }

    /** Whether {@code q} and {@code sort} can be trusted on its collection (not on projects). */
    public boolean isFilterTrusted() {
        return !UNTRUSTED_FILTER.contains(itemType);
    }

    /** For triggers: the states asked for when the state option is not set (pull requests: all four), or null. */
    public String getTriggerDefaultState() {
        return kind == Kind.TRIGGER ? TRIGGER_DEFAULT_STATE.get(itemType) : null;
    }

    /** The largest page size its collection accepts (pull requests: 50, live; the rest: 100). */
    public int getMaxPageSize() {
        return MAX_PAGE_SIZE.getOrDefault(itemType, MAX_PAGE_SIZE_DEFAULT);
    }

    /** The largest page size for a raw path of httpRequest (a pull request list: 50). */
    static int maxPageSize(String path) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return p.endsWith("/pullrequests") || p.endsWith("/pullrequests/") ? MAX_PAGE_SIZE.get(PullRequest.class)
                : MAX_PAGE_SIZE_DEFAULT;
    }

    /** The targets its path needs, in path order (workspace, repoSlug, ...). */
    public List<Target> getPathTargets() {
        return pathTargets;
    }

    /** The report header a single answer sets (issue id, project key), or null. */
    public ResultReport getResultReport() {
        return resultReport;
    }

    /** Body fields the action cannot do without (createIssue: title; createProject: name and key). */
    public Set<BodyField> getRequiredFields() {
        return requiredFields;
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
