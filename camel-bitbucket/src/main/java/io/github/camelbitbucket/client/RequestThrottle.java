package io.github.camelbitbucket.client;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A client-side budget of requests per rolling hour, shared by all endpoints of one credential, so a busy route stays
 * under Bitbucket's hourly limit instead of running into 429s. Callers over the budget wait for the oldest request of
 * the window to age out.
 */
public final class RequestThrottle {

    private static final long HOUR_NANOS = 3_600_000_000_000L;

    private final int maxPerHour;
    private final long windowNanos;
    private final Deque<Long> sent = new ArrayDeque<>();

    public RequestThrottle(int maxPerHour) {
        this(maxPerHour, HOUR_NANOS);
    }

    /** A budget over another window (tests). */
    RequestThrottle(int max, long windowNanos) {
        this.maxPerHour = max;
        this.windowNanos = windowNanos;
    }

    public void acquire() {
        while (true) {
            long waitNanos;
            synchronized (this) {
                long now = System.nanoTime();
                while (!sent.isEmpty() && now - sent.peekFirst() >= windowNanos) {
                    sent.pollFirst();
                }
                if (sent.size() < maxPerHour) {
                    sent.addLast(now);
                    return;
                }
                waitNanos = windowNanos - (now - sent.peekFirst());
            }
            try {
                Thread.sleep(Math.max(1, waitNanos / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BitbucketException("Interrupted while waiting for the maxRequestsPerHour budget",
                        BitbucketException.Reason.OTHER, e);
            }
        }
    }
}
