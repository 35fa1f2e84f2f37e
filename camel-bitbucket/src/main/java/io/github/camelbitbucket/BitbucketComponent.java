package io.github.camelbitbucket;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelbitbucket.auth.Authenticator;
import io.github.camelbitbucket.auth.FileRefreshTokenStore;
import io.github.camelbitbucket.auth.InMemoryRefreshTokenStore;
import io.github.camelbitbucket.auth.OAuthTokenManager;
import io.github.camelbitbucket.auth.RefreshTokenStore;
import io.github.camelbitbucket.auth.StaticAuthenticator;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.HttpTransport;
import io.github.camelbitbucket.client.RequestThrottle;
import io.github.camelbitbucket.client.RetryPolicy;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.IOHelper;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * The {@code bitbucket:} component. Options set here are the defaults of every endpoint. It keeps one
 * {@link BitbucketClient} (connection pool, token cache, request budget) per credential, shared by all endpoints that
 * use it, so many routes cause one token request, not one each.
 */
@Component("bitbucket")
public class BitbucketComponent extends HealthCheckComponent {

    @Metadata(description = "Default configuration shared by all endpoints")
    private BitbucketConfiguration configuration = new BitbucketConfiguration();

    private final Map<String, BitbucketClient> clients = new ConcurrentHashMap<>();
    private final Map<String, RequestThrottle> throttles = new ConcurrentHashMap<>();
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private Clock clock = Clock.systemUTC();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        BitbucketOperation operation = null;
        for (BitbucketOperation op : BitbucketOperation.values()) {
            if (op.name().equalsIgnoreCase(remaining)) {
                operation = op;
            }
        }
        if (operation == null) {
            throw new IllegalArgumentException("Unknown Bitbucket operation '" + remaining + "' in " + uri
                                               + ". Actions (to): " + BitbucketOperation.names(BitbucketOperation.Kind.ACTION)
                                               + ". Triggers (from): "
                                               + BitbucketOperation.names(BitbucketOperation.Kind.TRIGGER));
        }
        BitbucketEndpoint endpoint = new BitbucketEndpoint(uri, this, operation, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The shared client for this configuration's credential and connection settings. */
    BitbucketClient clientFor(BitbucketConfiguration cfg) {
        return clients.computeIfAbsent(fingerprint(cfg, true), k -> createClient(cfg));
    }

    private BitbucketClient createClient(BitbucketConfiguration cfg) {
        String baseUrl = checkUrl("baseUrl", cfg.getBaseUrl());
        HttpTransport transport = cfg.getHttpClient() != null
                ? new HttpTransport(cfg.getHttpClient(), false)
                : pooledTransport(cfg);
        Authenticator auth = authenticator(cfg, transport);
        RequestThrottle throttle = cfg.getMaxRequestsPerHour() > 0
                ? throttles.computeIfAbsent(fingerprint(cfg, false), k -> new RequestThrottle(cfg.getMaxRequestsPerHour()))
                : null;
        return new BitbucketClient(baseUrl, transport, auth,
                new RetryPolicy(cfg.getMaxRetries(), cfg.getRetryInitialDelay(), cfg.getRetryMaxDelay()), throttle,
                mapper);
    }

    private Authenticator authenticator(BitbucketConfiguration cfg, HttpTransport transport) {
        boolean oauth = notBlank(cfg.getClientId()) || notBlank(cfg.getClientSecret());
        boolean bearer = notBlank(cfg.getAccessToken());
        boolean basic = notBlank(cfg.getUsername()) || notBlank(cfg.getApiToken());
        int modes = (oauth ? 1 : 0) + (bearer ? 1 : 0) + (basic ? 1 : 0);
        if (modes == 0) {
            throw new IllegalArgumentException("No Bitbucket credentials: set clientId and clientSecret (OAuth 2.0, with"
                                               + " refreshToken for an installed app), or accessToken, or username and"
                                               + " apiToken");
        }
        if (modes > 1) {
            throw new IllegalArgumentException("Set one kind of Bitbucket credentials, not several: clientId/clientSecret,"
                                               + " accessToken, or username/apiToken");
        }
        if (bearer) {
            return StaticAuthenticator.bearer(cfg.getAccessToken());
        }
        if (basic) {
            requireOption(cfg.getUsername(), "username", "apiToken is set");
            requireOption(cfg.getApiToken(), "apiToken", "username is set");
            return StaticAuthenticator.basic(cfg.getUsername(), cfg.getApiToken());
        }
        requireOption(cfg.getClientId(), "clientId", "clientSecret is set");
        requireOption(cfg.getClientSecret(), "clientSecret", "clientId is set");
        String tokenUrl = checkUrl("tokenUrl", cfg.getTokenUrl());
        RefreshTokenStore store = cfg.getRefreshTokenStore();
        if (store == null && notBlank(cfg.getRefreshTokenFile())) {
            store = new FileRefreshTokenStore(Paths.get(cfg.getRefreshTokenFile()));
            if (store.load() == null && notBlank(cfg.getRefreshToken())) {
                store.store(cfg.getRefreshToken());
            }
        } else if (store == null && notBlank(cfg.getRefreshToken())) {
            store = new InMemoryRefreshTokenStore(cfg.getRefreshToken());
        } else if (store != null && store.load() == null && notBlank(cfg.getRefreshToken())) {
            store.store(cfg.getRefreshToken());
        }
        return new OAuthTokenManager(transport, tokenUrl, cfg.getClientId(), cfg.getClientSecret(), store, mapper, clock);
    }

    private HttpTransport pooledTransport(BitbucketConfiguration cfg) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(cfg.getMaxConnections())
                .setMaxConnPerRoute(cfg.getMaxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(cfg.getConnectTimeout()))
                        .setSocketTimeout(Timeout.ofMilliseconds(cfg.getSocketTimeout()))
                        .setTimeToLive(5, TimeUnit.MINUTES)
                        .build());
        if (cfg.getSslContextParameters() != null) {
            try {
                pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(
                        cfg.getSslContextParameters().createSSLContext(getCamelContext())));
            } catch (Exception e) {
                throw new IllegalArgumentException("Cannot create the TLS context from sslContextParameters: "
                                                   + e.getMessage(),
                        e);
            }
        }
        PoolingHttpClientConnectionManager manager = pool.build();
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(manager)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(cfg.getSocketTimeout()))
                        .build())
                // the component decides about retries (never a POST twice) and never follows redirects with a token
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent("camel-bitbucket");
        if (notBlank(cfg.getProxyHost())) {
            builder.setProxy(new HttpHost(cfg.getProxyHost(), cfg.getProxyPort() == null ? 8080 : cfg.getProxyPort()));
        }
        return new HttpTransport(builder.build(), true, manager);
    }

    /** HTTPS is required for anything but loopback, so a token never travels in clear text. */
    static String checkUrl(String option, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The " + option + " option is not a valid URL: " + url);
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalArgumentException("The " + option + " option must be an absolute URL (https://...): " + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The " + option + " option must not carry credentials in the URL");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        if (!https && !("http".equalsIgnoreCase(uri.getScheme()) && isLoopback(uri.getHost()))) {
            throw new IllegalArgumentException("The " + option + " option must use https (plain http is accepted only for"
                                               + " a loopback address such as localhost): " + url);
        }
        return url;
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(h)) {
            return true;
        }
        // only IP literals are checked: no DNS lookup for a name
        if (h.matches("[0-9.]+") || h.contains(":")) {
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (Exception e) {
                return false;
            }
        }
        return false;
    }

    /** A hash of what makes clients differ; secrets enter only hashed, so the key can never leak them. */
    private static String fingerprint(BitbucketConfiguration c, boolean withConnection) {
        StringBuilder sb = new StringBuilder().append(c.getBaseUrl()).append('|').append(c.getTokenUrl()).append('|')
                .append(c.getClientId()).append('|').append(c.getClientSecret()).append('|').append(c.getRefreshToken())
                .append('|').append(System.identityHashCode(c.getRefreshTokenStore())).append('|')
                .append(c.getRefreshTokenFile()).append('|').append(c.getAccessToken()).append('|')
                .append(c.getUsername()).append('|').append(c.getApiToken());
        if (withConnection) {
            sb.append('|').append(c.getConnectTimeout()).append('|').append(c.getSocketTimeout()).append('|')
                    .append(c.getMaxConnections()).append('|').append(c.getProxyHost()).append('|')
                    .append(c.getProxyPort()).append('|').append(System.identityHashCode(c.getSslContextParameters()))
                    .append('|').append(System.identityHashCode(c.getHttpClient())).append('|')
                    .append(c.getMaxRetries()).append('|').append(c.getRetryInitialDelay()).append('|')
                    .append(c.getRetryMaxDelay()).append('|').append(c.getMaxRequestsPerHour());
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireOption(String value, String option, String because) {
        if (!notBlank(value)) {
            throw new IllegalArgumentException("The " + option + " option is required because " + because);
        }
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    protected void doStop() throws Exception {
        clients.values().forEach(IOHelper::close);
        clients.clear();
        throttles.clear();
        super.doStop();
    }

    public BitbucketConfiguration getConfiguration() {
        return configuration;
    }

    /** Default configuration shared by all endpoints. */
    public void setConfiguration(BitbucketConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The JSON mapper used for Bitbucket bodies (Java time support, unknown fields ignored). */
    public ObjectMapper getObjectMapper() {
        return mapper;
    }

    /** For tests: the clock used for token expiry. */
    void setClock(Clock clock) {
        this.clock = clock;
    }
}
