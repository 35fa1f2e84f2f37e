package io.github.camelbitbucket.config;

import java.util.Arrays;
import java.util.List;

import javax.net.ssl.SSLContext;

import io.github.camelbitbucket.auth.Credentials;
import io.github.camelbitbucket.auth.RefreshTokenStore;
import io.github.camelbitbucket.client.ClientSettings;
import io.github.camelbitbucket.client.RequestThrottle;
import io.github.camelbitbucket.client.RetryPolicy;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The options that decide which client an endpoint uses: credentials, connection and retries. Endpoints with the same
 * values share one client (connection pool, token cache, request budget).
 */
@UriParams
public class BitbucketConnectionConfiguration {

    // ---------------------------------------------------------------- security
    /** OAuth 2.0 consumer key (client id), for the client-credentials and refresh-token grants. */
    @UriParam(label = "security")
    private String clientId;
    /** OAuth 2.0 consumer secret (client secret). */
    @UriParam(label = "security", secret = true)
    private String clientSecret;
    /**
     * OAuth 2.0 refresh token from an authorization-code install. With it, the refresh-token grant is used instead of
     * client credentials. Bitbucket rotates refresh tokens (each refresh kills the old one), so it needs
     * refreshTokenFile or refreshTokenStore, where the newest one is kept; it seeds that store when the store is empty.
     */
    @UriParam(label = "security", secret = true)
    private String refreshToken;
    /**
     * Where rotated refresh tokens are kept (a RefreshTokenStore bean, e.g. a vault or a database), seeded from
     * refreshToken when empty. A store shared by several nodes must lock refreshes across them
     * (RefreshTokenStore.whileLocked).
     */
    @UriParam(label = "security,advanced")
    private RefreshTokenStore refreshTokenStore;
    /**
     * A file that keeps the current refresh token across restarts (FileRefreshTokenStore): read at start when it
     * exists, rewritten atomically (owner-only) at each rotation, refreshed under a file lock so several CamelContexts
     * or processes on one machine can share it.
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
     * The longest a request waits on a 429 (rate limit) before it is sent once more, in milliseconds: Retry-After when
     * Bitbucket sends one within this bound, else this long, once. Bitbucket counts per rolling hour and usually sends
     * no Retry-After, so short retries cannot succeed; 0 fails at once (BitbucketException with reason RATE_LIMIT).
     */
    @UriParam(label = "advanced", defaultValue = "60000")
    private long rateLimitMaxWait = 60000;
    /**
     * Client-side budget of requests per rolling hour, shared by all endpoints using the same credential (0 = off).
     * Keeps a busy route under Bitbucket's hourly limit instead of running into 429s.
     */
    @UriParam(label = "advanced", defaultValue = "0")
    private int maxRequestsPerHour;

    /**
     * Resolves Camel property placeholders ({@code {{env:X}}}, {@code {{my.key}}}) left in String options. Camel Main
     * resolves them while binding; a configuration bound by Spring Boot reaches the component with them still in.
     */
    public void resolvePlaceholders(CamelContext context) {
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
    public List<Object> clientKey() {
        return Arrays.asList(credentials(), baseUrl, connectTimeout, socketTimeout, maxConnections, proxyHost, proxyPort,
                sslContextParameters, httpClient, maxRetries, retryInitialDelay, retryMaxDelay, maxRequestsPerHour,
                rateLimitMaxWait);
    }

    /** The connection options as the client needs them; the TLS context is made with the CamelContext. */
    public ClientSettings clientSettings(CamelContext context, RequestThrottle throttle) {
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
                httpClient, new RetryPolicy(maxRetries, retryInitialDelay, retryMaxDelay, rateLimitMaxWait), throttle);
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

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }
}
