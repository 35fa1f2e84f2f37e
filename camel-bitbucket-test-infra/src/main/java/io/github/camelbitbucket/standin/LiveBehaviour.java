package io.github.camelbitbucket.standin;

/**
 * Where the stand-in plays live Bitbucket rather than its OpenAPI description (rows of
 * {@code shared/docs/bitbucket-live-behaviour.md}). Rows that are always on: pull request {@code pagelen} above 50 is
 * refused (1), pull requests without {@code state} are OPEN only (2), a missing scope answers 403 with {@code detail}
 * as an object (7), PR diffs answer 302 (9), {@code GET /workspaces} answers 410 CHANGE-2770 (10), refresh tokens
 * rotate and the old one dies (12), API tokens carry {@code read:repository:bitbucket}-style scopes with no
 * {@code account} and no write-implies-read (13), {@code q} is ignored on commits and a slashed branch in the path
 * answers 404 (3, 4). The switches below change the rest, per test.
 */
public final class LiveBehaviour {

    private volatile boolean stateIgnoredWithQ = true;
    /**
     * Row 11: retired by default, as on live Bitbucket Cloud; the system property {@code standin.issueTracker=true}
     * (the builds' tests set it) or {@link #issueTrackerRetired(boolean)} brings it back for demos and tests.
     */
    private volatile boolean issueTrackerRetired = !Boolean.getBoolean("standin.issueTracker");
    private volatile int rateLimitAfter = -1;
    private volatile boolean projectFilterIgnored = true;
    private volatile boolean duplicatedPages;

    /**
     * Row 2: reports disagree on whether {@code state} still applies when {@code q} is sent; on (the default), the
     * stand-in ignores {@code state} next to {@code q}, so only a client that also puts the states into {@code q} sees
     * merges; off, it applies both.
     */
    public LiveBehaviour stateIgnoredWithQ(boolean on) {
        this.stateIgnoredWithQ = on;
        return this;
    }

    /** Row 11: the issue tracker is retired: every issue endpoint answers 410. */
    public LiveBehaviour issueTrackerRetired(boolean on) {
        this.issueTrackerRetired = on;
        return this;
    }

    /**
     * Row 8: after this many more API requests, every API request answers 429 with a plain-text body, no
     * {@code Retry-After}, and the {@code X-RateLimit-*} headers (an hourly window does not reopen in a test);
     * negative (the default): no limit.
     */
    public LiveBehaviour rateLimitAfter(int requests) {
        this.rateLimitAfter = requests;
        return this;
    }

    /**
     * Row 5: {@code q} and {@code sort} are not documented on a workspace's projects, and Bitbucket ignores an
     * unsupported {@code q} without an error. On (the default), the project list ignores both and answers in storage
     * order; off, it filters and sorts like the other collections.
     */
    public LiveBehaviour projectFilterIgnored(boolean on) {
        this.projectFilterIgnored = on;
        return this;
    }

    /**
     * Paging can hand out an item twice (BCLOUD-23644: items move while a collection is paged): on, each page after
     * the first starts with the last item of the page before it.
     */
    public LiveBehaviour duplicatedPages(boolean on) {
        this.duplicatedPages = on;
        return this;
    }

    boolean isDuplicatedPages() {
        return duplicatedPages;
    }

    boolean isProjectFilterIgnored() {
        return projectFilterIgnored;
    }

    boolean isStateIgnoredWithQ() {
        return stateIgnoredWithQ;
    }

    boolean isIssueTrackerRetired() {
        return issueTrackerRetired;
    }

    /** Counts one API request against the limit; true when it must be refused. */
    synchronized boolean overRateLimit() {
        if (rateLimitAfter < 0) {
            return false;
        }
        if (rateLimitAfter == 0) {
            return true;
        }
        rateLimitAfter--;
        return false;
    }

    private final java.util.Set<String> rateLimitedAccounts = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Row 8 for one user: Bitbucket counts requests per user, so one account can be over its hourly limit while the
     * others are not. On, every API request of that account answers 429 as {@link #rateLimitAfter} does.
     */
    public LiveBehaviour rateLimitAccount(String account, boolean on) {
        if (on) {
            rateLimitedAccounts.add(account);
        } else {
            rateLimitedAccounts.remove(account);
        }
        return this;
    }

    boolean isRateLimited(String account) {
        return rateLimitedAccounts.contains(account);
    }

    private volatile int mergeTaskPolls = 1;

    /**
     * Row 14: a merge runs as a background task and answers 202 with the task's Location (also without async=true);
     * the task answers PENDING this many polls, then SUCCESS with the merged pull request. Default 1; negative: the
     * merge answers 200 at once (a fast merge).
     */
    public LiveBehaviour mergeTaskPolls(int polls) {
        this.mergeTaskPolls = polls;
        return this;
    }

    int mergeTaskPolls() {
        return mergeTaskPolls;
    }
}
