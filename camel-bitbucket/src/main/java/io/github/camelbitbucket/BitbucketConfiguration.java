package io.github.camelbitbucket;

import java.util.EnumMap;
import java.util.Map;

import io.github.camelbitbucket.request.BodyField;
import io.github.camelbitbucket.request.RequestOptions;
import io.github.camelbitbucket.request.Target;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of a Bitbucket endpoint. Set on the component, they are the defaults of every endpoint; each endpoint
 * works on its own {@link #copy()}. Camel's metadata needs one options bean, so the options come in layers, from what
 * the most endpoints share to what one step reads: where Bitbucket is and who calls it (config/
 * BitbucketConnectionConfiguration; one shared client per distinct set), httpRequest's raw call (config/
 * BitbucketHttpRequestConfiguration), how a trigger learns of events ({@link BitbucketWebhookConfiguration}), and here
 * what an operation acts on and sends and where a trigger starts. Requests read them through {@link #requestOptions()}.
 */
@UriParams
public class BitbucketConfiguration extends BitbucketWebhookConfiguration implements Cloneable {

    // ---------------------------------------------------------------- target
    /** The workspace slug (or UUID in curly braces) the operation acts on. Header CamelBitbucketOverrideWorkspace overrides it for one message. */
    @UriParam
    private String workspace;
    /** The repository slug. Header CamelBitbucketOverrideRepoSlug overrides it for one message. */
    @UriParam
    private String repoSlug;
    /** The issue id for getIssue and updateIssue. Header CamelBitbucketOverrideIssueId overrides it for one message. */
    @UriParam(label = "producer")
    private String issueId;
    /** The project key for getProject, updateProject and deleteProject. Header CamelBitbucketOverrideProjectKey overrides it for one message. */
    @UriParam(label = "producer")
    private String projectKey;
    /**
     * Branches (or tags, or commit hashes), comma separated, sent as include= (git log semantics): for listCommits (empty:
     * every branch) and the commitPushed trigger (empty: the repository's main branch, looked up once at start; several:
     * each with its own watermark). Header CamelBitbucketOverrideBranch overrides it for one message (listCommits).
     */
    @UriParam
    private String branch;

    // ---------------------------------------------------------------- lists
    /**
     * Items per page requested from Bitbucket (pagelen), 10 to 100, capped per collection at what live Bitbucket accepts
     * (pull requests: 50).
     */
    @UriParam(defaultValue = "100")
    private int pageSize = 100;
    /** Stop after this many items (0 = all). */
    @UriParam(label = "producer", defaultValue = "0")
    private int maxResults;
    /** BBQL filter for list actions, e.g. state = "new" AND kind = "bug". Header CamelBitbucketQuery overrides. */
    @UriParam(label = "producer")
    private String q;
    /** Sort field for list actions, e.g. -updated_on. Header CamelBitbucketSort overrides. */
    @UriParam(label = "producer")
    private String sort;
    /** Partial response selector passed as the fields query parameter, e.g. -values.links. */
    @UriParam
    private String fields;
    /**
     * Return an Iterator that fetches pages lazily instead of a List, for split().streaming() over very large lists in
     * constant memory.
     */
    @UriParam(label = "producer", defaultValue = "false")
    private boolean streamList;

    // ---------------------------------------------------------------- issue and project fields
    /** Issue title for createIssue/updateIssue. Header CamelBitbucketTitle overrides. */
    @UriParam(label = "producer")
    private String title;
    /** Issue text (raw markdown) for createIssue/updateIssue. Header CamelBitbucketContent overrides. */
    @UriParam(label = "producer")
    private String content;
    /** Issue kind for createIssue/updateIssue. */
    @UriParam(label = "producer", enums = "bug,enhancement,proposal,task")
    private String kind;
    /** Issue priority for createIssue/updateIssue. */
    @UriParam(label = "producer", enums = "trivial,minor,major,critical,blocker")
    private String priority;
    /**
     * Issue state for createIssue/updateIssue (new, open, resolved, on hold, invalid, duplicate, wontfix, closed), or
     * the pull request states for listPullRequests and the pull request triggers, comma separated (OPEN, DRAFT,
     * QUEUED, MERGED, DECLINED, SUPERSEDED): sent as repeated state= and inside q. Without it, listPullRequests gets
     * Bitbucket's default (OPEN only) and the triggers ask for OPEN, MERGED, DECLINED and SUPERSEDED.
     */
    @UriParam
    private String state;
    /** Issue assignee for createIssue/updateIssue: an account UUID in curly braces or an Atlassian account id. */
    @UriParam(label = "producer")
    private String assignee;
    /** Project name for createProject/updateProject. */
    @UriParam(label = "producer")
    private String name;
    /**
     * Project key written into the body of createProject (defaults to projectKey); in updateProject a key different
     * from projectKey renames the project.
     */
    @UriParam(label = "producer")
    private String key;
    /** Project description for createProject/updateProject. */
    @UriParam(label = "producer")
    private String description;
    /** Whether the project is private, for createProject/updateProject. */
    @UriParam(label = "producer")
    private Boolean isPrivate;
    /**
     * Send the message body even when it is the result a previous Bitbucket step left there (read-modify-write:
     * getProject, change the Project, updateProject). Off by default, so a leftover result never shadows the options
     * of a create or update action; the error of an action left with nothing to send says so.
     */
    @UriParam(label = "producer", defaultValue = "false")
    private boolean useResultBody;

    // ---------------------------------------------------------------- consumer
    /**
     * Where a trigger starts the first time (no stored watermark): now (only events after start, by Bitbucket's clock),
     * beginning (every existing item), or an ISO-8601 timestamp.
     */
    @UriParam(label = "consumer", defaultValue = "now")
    private String startFrom = "now";
    /**
     * Keeps the trigger's watermark so a restart resumes without loss or repeat (e.g. a FileStateRepository bean). Share
     * one between nodes with a clustered route policy. Default: in memory.
     */
    @UriParam(label = "consumer")
    @Metadata(autowired = false)
    private StateRepository<String, String> stateRepository;
    /**
     * The overlap window of timestamp triggers, in milliseconds: each poll re-reads the items of this last stretch
     * before the watermark and delivers those that became visible late (writes committed out of order, replication
     * lag), de-duplicated by (id, timestamp) kept with the watermark. 0 turns it off (an idle poll then reads nothing).
     */
    @UriParam(label = "consumer", defaultValue = "60000")
    private long lookback = 60000;
    /** The most events one poll delivers (0 = all that are new); the rest come on the next poll. */
    @UriParam(label = "consumer", defaultValue = "0")
    private int maxMessagesPerPoll;

    public boolean isUseResultBody() {
        return useResultBody;
    }

    /**
     * Send the message body even when it is the result a previous Bitbucket step left there (read-modify-write).
     */
    public void setUseResultBody(boolean useResultBody) {
        this.useResultBody = useResultBody;
    }

    /** The options as requests read them (targets, body fields, list and httpRequest parameters), resolved now. */
    public RequestOptions requestOptions() {
        Map<Target, String> targets = new EnumMap<>(Target.class);
        putIfSet(targets, Target.WORKSPACE, getWorkspace());
        putIfSet(targets, Target.REPO_SLUG, getRepoSlug());
        putIfSet(targets, Target.ISSUE_ID, getIssueId());
        putIfSet(targets, Target.PROJECT_KEY, getProjectKey());
        putIfSet(targets, Target.BRANCH, getBranch());
        Map<BodyField, String> fields = new EnumMap<>(BodyField.class);
        String[] values = { getTitle(), getContent(), getKind(), getPriority(), getState(), getAssignee(), getName(),
                getKey(), getDescription(), getIsPrivate() == null ? null : String.valueOf(getIsPrivate()) };
        BodyField[] named = { BodyField.TITLE, BodyField.CONTENT, BodyField.KIND, BodyField.PRIORITY,
                BodyField.ISSUE_STATE, BodyField.ASSIGNEE, BodyField.NAME, BodyField.KEY, BodyField.DESCRIPTION,
                BodyField.IS_PRIVATE };
        for (int i = 0; i < named.length; i++) {
            putIfSet(fields, named[i], values[i]);
        }
        automationInputs(targets, fields); // pull requests, comments, build statuses
        return new RequestOptions(targets, fields, getQ(), getSort(), getState(), getHttpMethod(), getPath(),
                getRequestContentType(), getFields(), getPageSize(), isPaginate(), isUseResultBody());
    }

    private static <K> void putIfSet(Map<K, String> map, K key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    public BitbucketConfiguration copy() {
        try {
            return (BitbucketConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    // ---------------------------------------------------------------- getters and setters
    public String getWorkspace() {
        return workspace;
    }

    public void setWorkspace(String workspace) {
        this.workspace = workspace;
    }

    public String getRepoSlug() {
        return repoSlug;
    }

    public void setRepoSlug(String repoSlug) {
        this.repoSlug = repoSlug;
    }

    public String getIssueId() {
        return issueId;
    }

    public void setIssueId(String issueId) {
        this.issueId = issueId;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public void setProjectKey(String projectKey) {
        this.projectKey = projectKey;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getMaxResults() {
        return maxResults;
    }

    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public boolean isStreamList() {
        return streamList;
    }

    public void setStreamList(boolean streamList) {
        this.streamList = streamList;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Boolean getIsPrivate() {
        return isPrivate;
    }

    public void setIsPrivate(Boolean isPrivate) {
        this.isPrivate = isPrivate;
    }

    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public long getLookback() {
        return lookback;
    }

    public void setLookback(long lookback) {
        this.lookback = lookback;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    /** Deliberately secret-free: names the target and the auth mode only. */
    @Override
    public String toString() {
        return "BitbucketConfiguration[baseUrl=" + getBaseUrl() + ", workspace=" + workspace + ", repoSlug=" + repoSlug
               + ", clientId=" + getClientId() + "]";
    }
}
