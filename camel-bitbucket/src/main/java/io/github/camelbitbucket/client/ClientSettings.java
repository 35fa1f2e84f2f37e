package io.github.camelbitbucket.client;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * How a {@link BitbucketClient} connects: base URL, pool, timeouts, proxy, TLS, retries and the hourly budget. Holds
 * no credential, so it is safe to print.
 *
 * @param sslContext a ready TLS context, or null for the JVM default
 * @param httpClient a user-supplied client used instead of the pool (not closed by the component), or null
 * @param throttle   the request budget shared by every client of one credential, or null for none
 */
public record ClientSettings(String baseUrl, int connectTimeout, int socketTimeout, int maxConnections,
                             String proxyHost, Integer proxyPort, SSLContext sslContext, CloseableHttpClient httpClient,
                             RetryPolicy retryPolicy, RequestThrottle throttle) {

    /** The same settings for a background poll: a 429 fails at once (the poller backs off that connection alone). */
    public ClientSettings forPolling() {
        return new ClientSettings(baseUrl, connectTimeout, socketTimeout, maxConnections, proxyHost, proxyPort,
                sslContext, httpClient, retryPolicy.withoutRateLimitWait(), throttle);
    }
}
