package io.github.camelbitbucket.client;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to send a request again and how long to wait first: the one place for retry decisions.
 * <ul>
 * <li>429 (the request was refused, not processed, so any method): Bitbucket counts requests per rolling hour and
 * usually sends no {@code Retry-After}, so a burst of short retries cannot succeed. The request waits
 * {@code Retry-After} when it is given and within {@code rateLimitMaxWait}, or {@code rateLimitMaxWait} once when it is
 * absent, and is sent once more; otherwise it fails at once (0 = fail fast).</li>
 * <li>5xx and transport failures after the request may have reached the server: retried only for idempotent
 * methods (GET, PUT, DELETE); a POST is never sent twice.</li>
 * <li>A failure to connect (nothing was sent): retried for every method.</li>
 * </ul>
 */
public final class RetryPolicy {

    private final int maxRetries;
    private final long initialDelayMillis;
    private final long maxDelayMillis;
    private final long rateLimitMaxWaitMillis;

    public RetryPolicy(int maxRetries, long initialDelayMillis, long maxDelayMillis) {
        this(maxRetries, initialDelayMillis, maxDelayMillis, 0);
    }

    /** The same policy without waiting on a 429 (a background poll that backs off its connection instead). */
    public RetryPolicy withoutRateLimitWait() {
        return new RetryPolicy(maxRetries, initialDelayMillis, maxDelayMillis, 0);
    }

    public RetryPolicy(int maxRetries, long initialDelayMillis, long maxDelayMillis, long rateLimitMaxWaitMillis) {
        this.maxRetries = Math.max(0, maxRetries);
        this.initialDelayMillis = Math.max(0, initialDelayMillis);
        this.maxDelayMillis = Math.max(this.initialDelayMillis, maxDelayMillis);
        this.rateLimitMaxWaitMillis = Math.max(0, rateLimitMaxWaitMillis);
    }

    /**
     * For a 429: how long to wait before sending once more, or -1 to fail now. One wait per request at most
     * ({@code waitedBefore}): Retry-After when given and within rateLimitMaxWait, else rateLimitMaxWait.
     */
    public long rateLimitWait(boolean waitedBefore, String retryAfter) {
        if (waitedBefore || maxRetries == 0 || rateLimitMaxWaitMillis == 0) {
            return -1;
        }
        Long fromHeader = parseRetryAfter(retryAfter);
        if (fromHeader == null) {
            return rateLimitMaxWaitMillis;
        }
        return fromHeader <= rateLimitMaxWaitMillis ? Math.max(0, fromHeader) : -1;
    }

    /** Whether attempt number {@code attempt} (1-based) that got a 5xx {@code status} may be followed by another. */
    public boolean retryStatus(BitbucketRequest request, int status, int attempt) {
        if (attempt > maxRetries) {
            return false;
        }
        return status >= 500 && status <= 599 && request.idempotent();
    }

    /** Whether a transport failure may be retried; {@code maybeSent} is false only for connect failures. */
    public boolean retryTransport(BitbucketRequest request, boolean maybeSent, int attempt) {
        return attempt <= maxRetries && (!maybeSent || request.idempotent());
    }

    /** The wait before attempt {@code attempt + 1}: Retry-After when given, else exponential backoff with jitter. */
    public long delayMillis(int attempt, String retryAfter) {
        Long fromHeader = parseRetryAfter(retryAfter);
        if (fromHeader != null) {
            return Math.min(Math.max(0, fromHeader), Math.max(maxDelayMillis, 1000L) * 60);
        }
        long exp = initialDelayMillis * (1L << Math.min(20, attempt - 1));
        long capped = Math.min(maxDelayMillis, exp);
        // full jitter in [capped/2, capped]
        return capped / 2 + (capped > 1 ? ThreadLocalRandom.current().nextLong(capped / 2 + 1) : 0);
    }

    static Long parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Long.parseLong(v) * 1000L;
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis());
            } catch (RuntimeException notDate) {
                return null;
            }
        }
    }

    public int getMaxRetries() {
        return maxRetries;
    }
}
