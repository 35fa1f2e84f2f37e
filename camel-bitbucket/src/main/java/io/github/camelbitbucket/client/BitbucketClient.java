package io.github.camelbitbucket.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to one Bitbucket API base URL with one credential: adds the {@code Authorization} header, answers a
 * 401 with one token refresh and one retry, applies the {@link RetryPolicy}, maps errors with {@link ErrorMapper}, and
 * walks paged collections with {@link PageIterator}. Thread-safe; shared by every endpoint using the same credential.
 */
public final class BitbucketClient implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(BitbucketClient.class);
    /** JSON for the REST API; anything for raw answers (diffs, downloads, logs) that httpRequest fetches. */
    private static final String ACCEPT = "application/json, */*;q=0.1";
    private static final java.util.Set<Integer> REDIRECTS = java.util.Set.of(301, 302, 303, 307, 308);
    private static final int MAX_REDIRECTS = 5;

    private final String baseUrl;
    private final URI baseUri;
    private final Transport transport;
    private final Authenticator authenticator;
    private final RetryPolicy retryPolicy;
    private final RequestThrottle throttle;
    private final ObjectMapper mapper;
    private final ErrorMapper errorMapper;
    private final BodyReaders readers;
    private volatile Outcome lastOutcome;
    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong retries = new java.util.concurrent.atomic.AtomicLong();
    private volatile Map<String, String> lastRateLimitHeaders = Map.of();

    /**
     * What the client has done so far, for the dev console and JMX: requests sent (every attempt), attempts that were
     * retries, and the rate-limit headers Bitbucket sent last.
     */
    public record Stats(long requests, long retries, Map<String, String> lastRateLimitHeaders) {
    }

    public Stats stats() {
        return new Stats(requests.get(), retries.get(), lastRateLimitHeaders);
    }

    /** How the last request ended: for health checks (no extra request). Messages are secret-free. */
    public record Outcome(boolean ok, int status, BitbucketException.Reason reason, String operation, String message,
                          java.time.Instant at) {
    }

    public BitbucketClient(String baseUrl, Transport transport, Authenticator authenticator,
                           RetryPolicy retryPolicy, RequestThrottle throttle, ObjectMapper mapper) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.baseUri = URI.create(this.baseUrl);
        this.transport = transport;
        this.authenticator = authenticator;
        this.retryPolicy = retryPolicy;
        this.throttle = throttle;
        this.mapper = mapper;
        this.errorMapper = new ErrorMapper(mapper);
        this.readers = new BodyReaders(mapper);
    }

    /** Sends the request (retrying as the policy allows) and returns a 2xx answer with its body as bytes, or throws. */
    public BitbucketResponse execute(BitbucketRequest request) {
        return execute(request, baseUrl + request.pathAndQuery(), null);
    }

    /**
     * Sends the request and reads a 2xx answer's body as {@code type} straight from the connection (one pass):
     * {@link BitbucketResponse#value()}; null for an empty body or {@code Void}.
     */
    public BitbucketResponse execute(BitbucketRequest request, Class<?> type) {
        return execute(request, baseUrl + request.pathAndQuery(),
                type == Void.class ? null : readers.typed(request.operation(), type));
    }

    /**
     * Sends an httpRequest and keeps its answer as Bitbucket sent it: JSON as Map/List (or text with {@code rawJson}),
     * text as String, anything else as bytes; {@link BitbucketResponse#value()}.
     */
    public BitbucketResponse executeRaw(BitbucketRequest request, boolean rawJson) {
        return execute(request, baseUrl + request.pathAndQuery(), readers.raw(rawJson));
    }

    /** Sends the request and keeps a file or log as stored: text as String (always with {@code text}), else bytes. */
    public BitbucketResponse executeContent(BitbucketRequest request, boolean text) {
        return execute(request, baseUrl + request.pathAndQuery(), readers.content(text));
    }

    /**
     * The first page of a collection (or the page at {@code nextUrl}, which must point under the configured base URL),
     * its items typed: {@link BitbucketResponse#value()} is a {@link BodyReaders.Page}.
     */
    <T> BitbucketResponse page(BitbucketRequest first, String nextUrl, Class<T> itemType) {
        BodyReader<BodyReaders.Page<T>> reader = readers.page(first.operation(), itemType);
        if (nextUrl == null) {
            return execute(first, baseUrl + first.pathAndQuery(), reader);
        }
        String relative = relativeNext(baseUri, nextUrl, first.operation());
        return execute(new BitbucketRequest(first.operation(), "GET", relative, Map.of(), null), baseUrl + relative,
                reader);
    }

    /** The outcome of the last request, null before the first. */
    public Outcome getLastOutcome() {
        return lastOutcome;
    }

    /** The path and query of a URL Bitbucket answered (a Location) relative to the base URL; never another host. */
    public String relativeToBase(String url, String operation) {
        return relativeNext(baseUri, url, operation);
    }

    /**
     * The path and query of a {@code next} link relative to the base URL, or a failure when the link is not a URL or
     * leaves the base's scheme, host, port or path: the credential only ever goes to the configured host.
     */
    static String relativeNext(URI baseUri, String nextUrl, String operation) {
        URI next;
        try {
            next = URI.create(nextUrl);
        } catch (IllegalArgumentException e) {
            throw new BitbucketException("Bitbucket returned a next link that is not a URL; paging of " + operation
                                         + " stopped", BitbucketException.Reason.INVALID_RESPONSE, e);
        }
        if (!UrlPolicy.sameOrigin(baseUri, next) || next.getRawPath() == null
            || !next.getRawPath().startsWith(baseUri.getRawPath())) {
            throw new BitbucketException("The next link of " + operation + " points outside the configured baseUrl ("
                                         + baseUri + "); it is not followed so the credential stays with the"
                                         + " configured host",
                    BitbucketException.Reason.INVALID_RESPONSE, null);
        }
        return next.getRawPath().substring(baseUri.getRawPath().length())
               + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
    }

    private BitbucketResponse execute(BitbucketRequest request, String url, BodyReader<?> reader) {
        try {
            BitbucketResponse response = send(request, url, reader);
            lastOutcome = new Outcome(true, response.status(), null, request.operation(), null,
                    java.time.Instant.now());
            return response;
        } catch (BitbucketException e) {
            lastOutcome = new Outcome(false, e.getStatusCode(), e.getReason(), request.operation(), e.getMessage(),
                    java.time.Instant.now());
            throw e;
        }
    }

    private BitbucketResponse send(BitbucketRequest request, String url, BodyReader<?> reader) {
        int attempt = 0;
        boolean refreshed = false;
        boolean rateLimitWaited = false;
        while (true) {
            attempt++;
            if (throttle != null) {
                throttle.acquire();
            }
            String authorization = authenticator.authorization();
            BitbucketResponse response;
            long start = System.nanoTime();
            try {
                requests.incrementAndGet();
                if (attempt > 1) {
                    retries.incrementAndGet();
                }
                response = transport.send(request.method(), url, authorization, ACCEPT, request.body(),
                        request.contentType() == null ? ContentType.APPLICATION_JSON
                                : ContentType.parse(request.contentType()), reader);
                if (REDIRECTS.contains(response.status()) && "GET".equals(request.method())) {
                    response = followRedirects(response, url, authorization, reader);
                }
            } catch (IOException e) {
                boolean maybeSent = !isConnectFailure(e);
                if (retryPolicy.retryTransport(request, maybeSent, attempt)) {
                    long wait = retryPolicy.delayMillis(attempt, null);
                    LOG.warn("{} {} failed ({}); attempt {} of {}, retrying in {} ms", request.method(), request.path(),
                            e.getClass().getSimpleName(), attempt, retryPolicy.getMaxRetries() + 1, wait);
                    pause(wait);
                    continue;
                }
                String why = maybeSent && !request.idempotent()
                        ? " (not retried: a " + request.method() + " that may have reached Bitbucket is never sent twice)"
                        : "";
                throw new BitbucketException("Request " + request.operation() + " (" + request.method() + " "
                                             + request.path() + ") failed after " + attempt + " attempt(s): "
                                             + e.getClass().getSimpleName()
                                             + (e.getMessage() == null ? "" : ": " + e.getMessage()) + why,
                        BitbucketException.Reason.NETWORK, 0, request.operation(), request.method(), request.path(), null,
                        null, null, attempt, e);
            }
            int status = response.status();
            if (response.header(BitbucketResponse.RATE_LIMIT_LIMIT) != null
                || response.header(BitbucketResponse.RATE_LIMIT_NEAR_LIMIT) != null) {
                lastRateLimitHeaders = response.rateLimitHeaders();
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} -> {} ({} ms, attempt {})", request.method(), request.path(), status,
                        (System.nanoTime() - start) / 1_000_000, attempt);
            }
            if (status == 401 && !refreshed && authenticator.canRefresh()) {
                // the token may have been revoked or expired early: one refresh, one retry
                refreshed = true;
                authenticator.invalidate(authorization);
                attempt--;
                continue;
            }
            if (status / 100 == 2) {
                return response;
            }
            if (status == 429) {
                long wait = retryPolicy.rateLimitWait(rateLimitWaited, response.header("Retry-After"));
                if (wait >= 0) {
                    rateLimitWaited = true;
                    LOG.warn("{} {} answered 429 (rate limit{}); waiting {} ms, then sending once more", request.method(),
                            request.path(), response.header("Retry-After") == null ? ", no Retry-After" : "", wait);
                    pause(wait);
                    continue;
                }
                throw errorMapper.toException(request, response, attempt);
            }
            if (retryPolicy.retryStatus(request, status, attempt)) {
                long wait = retryPolicy.delayMillis(attempt, response.header("Retry-After"));
                LOG.warn("{} {} answered {}; attempt {} of {}, retrying in {} ms", request.method(), request.path(),
                        status, attempt, retryPolicy.getMaxRetries() + 1, wait);
                pause(wait);
                continue;
            }
            throw errorMapper.toException(request, response, attempt);
        }
    }

    /**
     * Live row 9: pull request diffs and patches, downloads and pipeline step logs answer 302/307 to another URL. A GET
     * follows at most {@link #MAX_REDIRECTS} hops; the credential goes along only to the configured origin.
     */
    private BitbucketResponse followRedirects(BitbucketResponse response, String url, String authorization,
                                              BodyReader<?> reader)
            throws IOException {
        URI current = URI.create(url);
        for (int hop = 0; hop < MAX_REDIRECTS && REDIRECTS.contains(response.status()); hop++) {
            String location = response.header("Location");
            if (location == null || location.isBlank()) {
                return response;
            }
            URI next = current.resolve(location.trim());
            if (!"https".equalsIgnoreCase(next.getScheme()) && !"http".equalsIgnoreCase(next.getScheme())) {
                throw new BitbucketException("Bitbucket redirected to " + next.getScheme() + ": which is not followed",
                        BitbucketException.Reason.INVALID_RESPONSE, null);
            }
            boolean sameOrigin = UrlPolicy.sameOrigin(baseUri, next);
            LOG.debug("following a {} to {} {}", response.status(), sameOrigin ? "the same host" : "another host",
                    sameOrigin ? "with the credential" : "without the credential");
            response = transport.send("GET", next.toString(), sameOrigin ? authorization : null, ACCEPT, null, null,
                    reader);
            current = next;
        }
        return response;
    }

    private static boolean isConnectFailure(IOException e) {
        return e instanceof ConnectException || e instanceof ConnectTimeoutException
               || e instanceof UnknownHostException || e instanceof NoRouteToHostException;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BitbucketException("Interrupted while waiting to retry", BitbucketException.Reason.OTHER,
                    new InterruptedIOException());
        }
    }

    /** Pages through a collection lazily; {@code maxResults <= 0} means no cap. */
    public <T> PageIterator<T> pages(BitbucketRequest first, Class<T> itemType, int maxResults) {
        return new PageIterator<>(this, first, itemType, maxResults);
    }

    public Authenticator getAuthenticator() {
        return authenticator;
    }

    /** Leased, available and pending connections of the component's pool; null for a user-supplied client. */
    public org.apache.hc.core5.pool.PoolStats poolStats() {
        return transport.poolStats();
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
