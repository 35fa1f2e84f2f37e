package io.github.camelbitbucket.connection;

import java.time.Duration;
import java.time.Instant;

import io.github.camelbitbucket.client.BitbucketClient;

/**
 * One connection's use of Bitbucket's hourly request limit (Bitbucket counts per user, so per connection), as this
 * node sees it: the requests its clients sent in the last hour (twelve five-minute buckets, so an idle connection
 * holds a few hundred bytes), and a backoff after a 429 that holds back this connection alone.
 */
public final class RequestBudget {

    private static final long BUCKET_MILLIS = 5 * 60_000L;
    private static final int BUCKETS = 12;

    private final int[] counts = new int[BUCKETS];
    private final long[] bucketOf = new long[BUCKETS];
    /** The connection's two clients (actions, polling) and how many requests of each were counted. */
    private final BitbucketClient[] counted = new BitbucketClient[2];
    private final long[] countedTotal = new long[2];
    private Instant blockedUntil;
    private int rateLimits;

    /**
     * Counts what the connection's clients sent since they were last looked at (every request, retries included).
     *
     * @param actions the client of its actions, or null
     * @param polling the client of its triggers' polls, or null
     */
    public synchronized void observe(BitbucketClient actions, BitbucketClient polling, Instant now) {
        add(count(0, actions) + count(1, polling), now);
    }

    private long count(int slot, BitbucketClient client) {
        if (client == null) {
            return 0;
        }
        long total = client.stats().requests();
        long added = client == counted[slot] && total >= countedTotal[slot] ? total - countedTotal[slot] : total;
        counted[slot] = client;
        countedTotal[slot] = total;
        return added;
    }

    private void add(long added, Instant now) {
        if (added > 0) {
            long bucket = now.toEpochMilli() / BUCKET_MILLIS;
            int i = (int) (bucket % BUCKETS);
            if (bucketOf[i] != bucket) {
                bucketOf[i] = bucket;
                counts[i] = 0;
            }
            counts[i] += (int) Math.min(Integer.MAX_VALUE - counts[i], added);
        }
    }

    /** Requests in the last hour (to five minutes). */
    public synchronized int usedLastHour(Instant now) {
        long bucket = now.toEpochMilli() / BUCKET_MILLIS;
        int used = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (bucket - bucketOf[i] < BUCKETS) {
                used += counts[i];
            }
        }
        return used;
    }

    /** Holds this connection back after Bitbucket answered 429. */
    public synchronized void rateLimited(Instant now, Duration wait) {
        rateLimits++;
        Instant until = now.plus(wait);
        if (blockedUntil == null || until.isAfter(blockedUntil)) {
            blockedUntil = until;
        }
    }

    /** Until when a 429 holds the connection back, or null. */
    public synchronized Instant blockedUntil(Instant now) {
        return blockedUntil == null || !blockedUntil.isAfter(now) ? null : blockedUntil;
    }

    /** How many 429s this connection got on this node. */
    public synchronized int rateLimits() {
        return rateLimits;
    }

    /** How many requests a poll cycle may spend so that every cycle of the hour fits {@code perHour}. */
    public static int perCycle(int perHour, long delayMillis) {
        return (int) Math.max(1, (long) perHour * Math.max(1, delayMillis) / 3_600_000L);
    }
}
