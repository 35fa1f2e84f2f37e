package io.github.camelbitbucket.client;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds a {@link BitbucketClient}: the HTTP transport from {@link ClientSettings} (pooled Apache HttpClient 5, or the
 * user's own), then the credential's {@link Authenticator} on that transport (token requests use the same pool, proxy
 * and TLS), then the client. The credential modes live in the auth package and reach this class only as a function.
 */
public final class BitbucketClientFactory {

    private BitbucketClientFactory() {
    }

    public static BitbucketClient create(ClientSettings settings, Function<Transport, Authenticator> credential,
                                         ObjectMapper mapper) {
        return create(settings, transport(settings), credential, mapper);
    }

    /**
     * A client on a transport other clients share (the connections of an installed app: one pool for every customer);
     * closing such a client closes the transport, so the owner of the transport closes it instead.
     */
    public static BitbucketClient create(ClientSettings settings, Transport transport,
                                         Function<Transport, Authenticator> credential, ObjectMapper mapper) {
        String baseUrl = UrlPolicy.check("baseUrl", settings.baseUrl());
        return new BitbucketClient(baseUrl, transport, credential.apply(transport), settings.retryPolicy(),
                settings.throttle(), mapper);
    }

    /** The HTTP transport of the settings: the pooled HttpClient 5, or the user's own client. */
    public static Transport transport(ClientSettings settings) {
        return settings.httpClient() != null ? new HttpTransport(settings.httpClient(), false)
                : pooledTransport(settings);
    }

    private static HttpTransport pooledTransport(ClientSettings s) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(s.maxConnections())
                .setMaxConnPerRoute(s.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(s.connectTimeout()))
                        .setSocketTimeout(Timeout.ofMilliseconds(s.socketTimeout()))
                        .setTimeToLive(5, TimeUnit.MINUTES)
                        .build());
        if (s.sslContext() != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(s.sslContext()));
        }
        PoolingHttpClientConnectionManager manager = pool.build();
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(manager)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(s.socketTimeout()))
                        .build())
                // the component decides about retries (never a POST twice) and never follows redirects with a token
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent("camel-bitbucket");
        if (s.proxyHost() != null && !s.proxyHost().isBlank()) {
            builder.setProxy(new HttpHost(s.proxyHost(), s.proxyPort() == null ? 8080 : s.proxyPort()));
        }
        return new HttpTransport(builder.build(), true, manager);
    }
}
