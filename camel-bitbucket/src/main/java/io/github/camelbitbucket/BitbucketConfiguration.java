package io.github.camelbitbucket;

import java.util.Arrays;
import java.util.List;

import javax.net.ssl.SSLContext;

import io.github.camelbitbucket.auth.Credentials;
import io.github.camelbitbucket.auth.RefreshTokenStore;
import io.github.camelbitbucket.client.ClientSettings;
import io.github.camelbitbucket.client.RequestThrottle;
import io.github.camelbitbucket.client.RetryPolicy;
import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The options of a Bitbucket endpoint. Set on the component, they are the defaults of every endpoint; each endpoint
 * works on its own {@link #copy()}.
 */
@UriParams
public class BitbucketConfiguration implements Cloneable {

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
     * Branch (or tag, or commit hash) for listCommits and the commitPushed trigger. Empty means the repository's main
     * branch, looked up once when the consumer starts. Header CamelBitbucketOverrideBranch overrides it for one message
     * (listCommits).
     */
    @UriParam
    private String branch;

    // ---------------------------------------------------------------- security
    /** OAuth 2.0 consumer key (client id), for the client-credentials and refresh-token grants. */
    @UriParam(label = "security")
    private String clientId;
    /** OAuth 2.0 consumer secret (client secret). */
    @UriParam(label = "security", secret = true)
    private String clientSecret;
    /**
     * OAuth 2.0 refresh token from an authorization-code install. With it, the refresh-token grant is used instead of
     * client credentials. Bitbucket rotates refresh tokens: each new one goes to the refreshTokenStore.
     */
    @UriParam(label = "security", secret = true)
    private String refreshToken;
    /**
     * Where rotated refresh tokens are kept (a RefreshTokenStore bean). Default: in memory, seeded from refreshToken
     * (or from refreshTokenFile when set).
     */
    @UriParam(label = "security,advanced")
    private RefreshTokenStore refreshTokenStore;
    /**
     * A file that keeps the current refresh token across restarts (FileRefreshTokenStore): read at start when it
     * exists, rewritten atomically (owner-only) at each rotation.
     */
    @UriParam(label = "security")
    private String refreshTokenFile;
    /** A static bearer token: a repository, project or workspace access token. */
    @UriParam(label = "security", secret = true)
    private String accessToken;
    /** The Atlassian account email used with apiToken (HTTP Basic). */
    @UriParam(label = "security")
    private String username;
    /** An Atlassian API token, used with username (HTTP Basic). Replaces app passwords. */
    @UriParam(label = "security", secret = true)
    private String apiToken;
    /**
     * The OAuth scopes the app was granted, space or comma separated (e.g. account issue:write project). It must
     * include account. When set, a route whose operation needs a scope that is not granted (implied scopes count) fails
     * to start, naming the operation and the scope. Scopes reported by the token endpoint are checked too.
     */
    @UriParam(label = "security")
    private String scopes;
    /** The OAuth 2.0 token endpoint. */
    @UriParam(label = "security,advanced", defaultValue = "https://bitbucket.org/site/oauth2/access_token")
    private String tokenUrl = "https://bitbucket.org/site/oauth2/access_token";

    // ---------------------------------------------------------------- connection
    /**
     * The REST API base URL. Change it for a Bitbucket-compatible server. Must be HTTPS unless it is a loopback
     * address.
     */
    @UriParam(label = "advanced", defaultValue = "https://api.bitbucket.org/2.0")
    private String baseUrl = "https://api.bitbucket.org/2.0";
    /** Connect timeout in milliseconds. */
    @UriParam(label = "advanced", defaultValue = "10000")
    private int connectTimeout = 10000;
    /** Socket (read) timeout in milliseconds. */
    @UriParam(label = "advanced", defaultValue = "30000")
    private int socketTimeout = 30000;
    /** Maximum pooled connections per credential. */
    @UriParam(label = "advanced", defaultValue = "20")
    private int maxConnections = 20;
    /** HTTP proxy host. */
    @UriParam(label = "proxy")
    private String proxyHost;
    /** HTTP proxy port. */
    @UriParam(label = "proxy")
    private Integer proxyPort;
    /** TLS configuration (trust store, key store, protocols) for the API and token endpoints. */
    @UriParam(label = "security,advanced")
    private SSLContextParameters sslContextParameters;
    /**
     * A ready-made Apache HttpClient 5 to use instead of the component's pooled one (timeouts, proxy and TLS options
     * are then up to it). It is not closed by the component.
     */
    @UriParam(label = "advanced")
    private CloseableHttpClient httpClient;

    // ---------------------------------------------------------------- retry
    /** How many times a failed request is sent again (429, 5xx and transport failures; never a POST that may have arrived). */
    @UriParam(label = "advanced", defaultValue = "3")
    private int maxRetries = 3;
    /** First backoff wait in milliseconds when Bitbucket sent no Retry-After; doubles on each retry, with jitter. */
    @UriParam(label = "advanced", defaultValue = "1000")
    private long retryInitialDelay = 1000;
    /** Longest backoff wait in milliseconds. */
    @UriParam(label = "advanced", defaultValue = "30000")
    private long retryMaxDelay = 30000;
    /**
     * Client-side budget of requests per rolling hour, shared by all endpoints using the same credential (0 = off).
     * Keeps a busy route under Bitbucket's hourly limit instead of running into 429s.
     */
    @UriParam(label = "advanced", defaultValue = "0")
    private int maxRequestsPerHour;

    // ---------------------------------------------------------------- lists
    /** Items per page requested from Bitbucket (pagelen), 10 to 100. */
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
     * the pull request state for listPullRequests and the pull request triggers (OPEN, MERGED, DECLINED, SUPERSEDED).
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

    // ---------------------------------------------------------------- httpRequest
    /** HTTP method of httpRequest. Header CamelBitbucketHttpMethod overrides. */
    @UriParam(label = "producer", enums = "GET,POST,PUT,DELETE,PATCH", defaultValue = "GET")
    private String httpMethod = "GET";
    /**
     * Path of httpRequest relative to baseUrl, e.g. /repositories/{workspace}/{repoSlug}/refs/branches; placeholders
     * are filled from options/headers. Absolute URLs and paths leaving the base are refused. Header CamelBitbucketPath
     * overrides.
     */
    @UriParam(label = "producer")
    private String path;
    /** Return the httpRequest answer as the JSON String instead of a Map/List. */
    @UriParam(label = "producer", defaultValue = "false")
    private boolean rawJson;
    /** Treat the httpRequest answer as a paged collection and return all values (following next). */
    @UriParam(label = "producer", defaultValue = "false")
    private boolean paginate;

    // ---------------------------------------------------------------- consumer
    /**
     * Where a trigger starts the first time (no stored watermark): now (only events after start), beginning (every
     * existing item), or an ISO-8601 timestamp.
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

    /**
     * Resolves Camel property placeholders ({@code {{env:X}}}, {@code {{my.key}}}) left in String options. Camel Main
     * resolves them while binding; a configuration bound by Spring Boot reaches the component with them still in.
     */
    void resolvePlaceholders(org.apache.camel.CamelContext context) {
        for (Class<?> c = getClass(); c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (f.getType() != String.class || java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object v = f.get(this);
                    if (v instanceof String s && s.contains("{{")) {
                        f.set(this, context.resolvePropertyPlaceholders(s));
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot resolve the placeholder of option " + f.getName(), e);
                }
            }
        }
    }

    /** The credential options as one value. */
    public Credentials credentials() {
        return new Credentials(clientId, clientSecret, refreshToken, refreshTokenStore, refreshTokenFile, accessToken,
                username, apiToken, tokenUrl);
    }

    /** What makes two endpoints need different clients (credential and connection options); never printed. */
    List<Object> clientKey() {
        return Arrays.asList(credentials(), baseUrl, connectTimeout, socketTimeout, maxConnections, proxyHost, proxyPort,
                sslContextParameters, httpClient, maxRetries, retryInitialDelay, retryMaxDelay, maxRequestsPerHour);
    }

    /** The connection options as the client needs them; the TLS context is made with the CamelContext. */
    ClientSettings clientSettings(CamelContext context, RequestThrottle throttle) {
        SSLContext ssl = null;
        if (sslContextParameters != null) {
            try {
                ssl = sslContextParameters.createSSLContext(context);
            } catch (Exception e) {
                throw new IllegalArgumentException("Cannot create the TLS context from sslContextParameters: "
                                                   + e.getMessage(),
                        e);
            }
        }
        return new ClientSettings(baseUrl, connectTimeout, socketTimeout, maxConnections, proxyHost, proxyPort, ssl,
                httpClient, new RetryPolicy(maxRetries, retryInitialDelay, retryMaxDelay), throttle);
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

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public RefreshTokenStore getRefreshTokenStore() {
        return refreshTokenStore;
    }

    public void setRefreshTokenStore(RefreshTokenStore refreshTokenStore) {
        this.refreshTokenStore = refreshTokenStore;
    }

    public String getRefreshTokenFile() {
        return refreshTokenFile;
    }

    public void setRefreshTokenFile(String refreshTokenFile) {
        this.refreshTokenFile = refreshTokenFile;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public String getScopes() {
        return scopes;
    }

    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getSocketTimeout() {
        return socketTimeout;
    }

    public void setSocketTimeout(int socketTimeout) {
        this.socketTimeout = socketTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public int getMaxRequestsPerHour() {
        return maxRequestsPerHour;
    }

    public void setMaxRequestsPerHour(int maxRequestsPerHour) {
        this.maxRequestsPerHour = maxRequestsPerHour;
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

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public boolean isRawJson() {
        return rawJson;
    }

    public void setRawJson(boolean rawJson) {
        this.rawJson = rawJson;
    }

    public boolean isPaginate() {
        return paginate;
    }

    public void setPaginate(boolean paginate) {
        this.paginate = paginate;
    }

    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
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
        return "BitbucketConfiguration[baseUrl=" + baseUrl + ", workspace=" + workspace + ", repoSlug=" + repoSlug
               + ", clientId=" + clientId + "]";
    }
}
