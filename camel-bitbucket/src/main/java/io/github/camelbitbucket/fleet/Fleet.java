package io.github.camelbitbucket.fleet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.client.PageIterator;
import io.github.camelbitbucket.connection.RequestBudget;
import io.github.camelbitbucket.trigger.LaneFactory;
import io.github.camelbitbucket.trigger.PollLanes;
import io.github.camelbitbucket.trigger.TriggerSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trigger over many accounts (connection=*, or repoSlug=*): which accounts and targets it watches, and how their
 * polls share time and Bitbucket's hourly limit.
 * <ul>
 * <li><b>Members follow the store.</b> A connection installed while the route runs joins at the next refresh (at once
 * on the node that installed it) and starts by startFrom; a removed or revoked one leaves; its watermarks stay.</li>
 * <li><b>Targets.</b> Each account's workspaces (or the workspace option) and, for repository triggers with
 * repoSlug=*, every repository of them, listed again every {@value #RELIST_CYCLES} cycles.</li>
 * <li><b>Spread.</b> Each account is polled once per delay, at its own phase within the delay (from its id), so
 * 1,000 accounts make a steady stream of requests, not a burst at the start of each delay.</li>
 * <li><b>Budget and share.</b> A cycle of one account spends at most its share of the hourly budget (budget x delay /
 * hour requests, at least one) and never more than the budget in a rolling hour; targets it did not reach come first
 * in its next cycle. A 429 holds back that account alone (Retry-After, else one minute doubling to fifteen); the others
 * keep their pace.</li>
 * </ul>
 */
public final class Fleet {

    private static final Logger LOG = LoggerFactory.getLogger(Fleet.class);
    /** How many of an account's cycles pass before its repositories are listed again (repoSlug=*). */
    static final int RELIST_CYCLES = 10;
    private static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(15);

    /**
     * A fleet trigger's options.
     *
     * @param repoSlug      the repoSlug option: {@code *} for every repository, one slug, or null (workspace triggers)
     * @param delayMillis   how often each account is polled
     * @param hourlyBudget  the requests per rolling hour its polls may spend per account
     * @param startFrom     where an account seen for the first time starts
     * @param refreshMillis how often the accounts are read again from the store
     */
    public record Settings(String repoSlug, long delayMillis, int hourlyBudget, String startFrom, long refreshMillis) {
    }

    /** One account: its targets, their lanes, where its next cycle starts, and its figures. */
    private static final class Member {
        final Account account;
        List<TriggerSpec> targets = List.of();
        final Map<TriggerSpec, PollLanes> lanes = new HashMap<>();
        BitbucketClient lanesClient;
        int cursor;
        Instant nextDue;
        int cycles;
        int rateLimitsInARow;
        Instant lastPollAt;
        String lastError;
        long delivered;

        Member(Account account, Instant nextDue) {
            this.account = account;
            this.nextDue = nextDue;
        }
    }

    private final TriggerSpec base;
    private final Supplier<List<Account>> accounts;
    private final LaneFactory factory;
    private final Settings settings;
    private final Clock clock;
    private final Map<String, Member> members = new ConcurrentHashMap<>();
    private volatile Instant refreshedAt;
    private volatile boolean refreshNow = true;

    public Fleet(TriggerSpec base, Supplier<List<Account>> accounts, LaneFactory factory, Settings settings,
                 Clock clock) {
        this.base = base;
        this.accounts = accounts;
        this.factory = factory;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether options make a fleet trigger: connection=* or repoSlug=*. */
    public static boolean isFleet(String connection, String repoSlug) {
        return connection != null && "*".equals(connection.trim()) || repoSlug != null && "*".equals(repoSlug.trim());
    }

    /**
     * What is wrong with a trigger's target options for many accounts, or null: repoSlug=* needs a repository trigger
     * and, without a connection, the workspace option; a repository trigger with connection=* needs repoSlug.
     */
    public static String problem(boolean repositoryLevel, String connection, String workspace, String repoSlug) {
        boolean everyRepo = repoSlug != null && "*".equals(repoSlug.trim());
        boolean everyConnection = connection != null && "*".equals(connection.trim());
        if (workspace != null && "*".equals(workspace.trim())) {
            return "workspace=* is not an option: leave workspace out and each connection's workspaces are watched";
        }
        if (everyRepo && !repositoryLevel) {
            return "repoSlug=* is for repository triggers; this trigger watches a workspace";
        }
        if (everyRepo && (connection == null || connection.isBlank()) && (workspace == null || workspace.isBlank())) {
            return "repoSlug=* without a connection needs the workspace option (whose repositories to watch)";
        }
        if (everyConnection && repositoryLevel && (repoSlug == null || repoSlug.isBlank())) {
            return "connection=* on a repository trigger needs repoSlug: a repository's slug, or * for every repository"
                   + " of each connection's workspaces";
        }
        return null;
    }

    private static String key(Account a) {
        return a.connection() == null ? "" : a.connection();
    }

    /** Reads the accounts again at the next tick (an install or removal on this node). */
    public void changed() {
        refreshNow = true;
    }

    /** Refreshes the accounts when due or told of a change; answers the members then, else null. */
    public Set<String> refreshIfDue() {
        Instant now = clock.instant();
        if (refreshNow || refreshedAt == null || !now.isBefore(refreshedAt.plusMillis(settings.refreshMillis()))) {
            return refresh();
        }
        return null;
    }

    /** Members follow the accounts: new ones join at their phase, gone ones leave (their watermarks stay). */
    public synchronized Set<String> refresh() {
        Instant now = clock.instant();
        Map<String, Account> current = new LinkedHashMap<>();
        accounts.get().forEach(a -> current.put(key(a), a));
        members.keySet().removeIf(id -> {
            if (!current.containsKey(id)) {
                LOG.info("Bitbucket {}: connection '{}' is removed or revoked; its polling stops (its watermarks stay)",
                        base.trigger(), id);
                return true;
            }
            return false;
        });
        current.forEach((id, a) -> {
            Member m = members.get(id);
            if (m == null) {
                long phase = Math.floorMod(id.hashCode(), Math.max(1, settings.delayMillis()));
                members.put(id, new Member(a, now.plusMillis(phase)));
                LOG.info("Bitbucket {}: polling connection '{}' ({})", base.trigger(), id, a.workspaces());
            } else if (!m.account.workspaces().equals(a.workspaces())) {
                members.put(id, new Member(a, m.nextDue)); // installed again with other workspaces
            }
        });
        refreshedAt = now;
        refreshNow = false;
        return Set.copyOf(members.keySet());
    }

    /**
     * One tick of the local scheduler: refreshes the accounts when due, then polls the accounts whose turn has come,
     * the longest waiting first, each within its share.
     */
    public int tick(int limit, PollLanes.Deliverer deliverer) {
        refreshIfDue();
        Instant now = clock.instant();
        List<Member> due = new ArrayList<>();
        members.values().forEach(m -> {
            if (!m.nextDue.isAfter(now)) {
                due.add(m);
            }
        });
        due.sort(Comparator.comparing(m -> m.nextDue));
        int delivered = 0;
        for (Member m : due) {
            delivered += poll(m, limit, deliverer);
        }
        return delivered;
    }

    /** One cycle of one account (a clustered scheduler's job runs it on the node that holds the account). */
    public int poll(String connection, int limit, PollLanes.Deliverer deliverer) {
        Member m = members.get(connection == null ? "" : connection);
        return m == null ? 0 : poll(m, limit, deliverer);
    }

    private int poll(Member m, int limit, PollLanes.Deliverer deliverer) {
        synchronized (m) {
            Instant now = clock.instant();
            m.nextDue = later(m.nextDue.plusMillis(settings.delayMillis()), now);
            RequestBudget budget = m.account.budget(now);
            Instant blocked = budget.blockedUntil(now);
            int room = settings.hourlyBudget() - budget.usedLastHour(now);
            if (blocked != null || room <= 0) {
                m.lastError = blocked != null ? "rate limited by Bitbucket (429) until " + blocked
                        : "hourly budget spent (" + settings.hourlyBudget() + " requests, connectionHourlyBudget)";
                return 0;
            }
            int spend = Math.min(room, RequestBudget.perCycle(settings.hourlyBudget(), settings.delayMillis()));
            m.lastPollAt = now;
            BitbucketClient client = null;
            long before = 0;
            int delivered = 0;
            try {
                client = m.account.client();
                before = client.stats().requests();
                if (client != m.lanesClient) {
                    m.lanes.clear(); // a new client (installed again): lanes on the old one would use spent tokens
                    m.lanesClient = client;
                }
                if (m.cycles++ % RELIST_CYCLES == 0 || m.targets.isEmpty()) {
                    m.targets = targets(m.account, client);
                    m.lanes.keySet().retainAll(m.targets);
                }
                int size = m.targets.size();
                for (int visited = 0; visited < size && delivered < limit
                                      && client.stats().requests() - before < spend; visited++) {
                    TriggerSpec target = m.targets.get(m.cursor % size);
                    m.cursor = (m.cursor + 1) % size;
                    delivered += pollTarget(m, target, client, limit - delivered, deliverer);
                }
                m.rateLimitsInARow = 0;
            } catch (RuntimeException e) {
                failed(m, e, now);
            } finally {
                m.delivered += delivered;
                m.account.budget(clock.instant());
            }
            return delivered;
        }
    }

    /** Polls one target; a failure of this target alone (a repository gone) is reported and the next one goes on. */
    private int pollTarget(Member m, TriggerSpec target, BitbucketClient client, int limit,
                           PollLanes.Deliverer deliverer) {
        try {
            PollLanes lanes = m.lanes.get(target);
            if (lanes == null) {
                lanes = factory.lanes(target, client);
                lanes.seed(settings.startFrom());
                m.lanes.put(target, lanes);
            }
            return lanes.poll(limit, deliverer);
        } catch (BitbucketException e) {
            if (e.getReason() == BitbucketException.Reason.RATE_LIMIT
                || e.getReason() == BitbucketException.Reason.AUTHENTICATION) {
                throw e; // the account's, not the target's
            }
            m.lastError = target.workspace() + "/" + (target.repoSlug() == null ? "" : target.repoSlug()) + ": "
                          + e.getMessage();
            LOG.warn("Bitbucket {} for connection '{}' on {}: {}", base.trigger(), key(m.account), target.workspace()
                     + (target.repoSlug() == null ? "" : "/" + target.repoSlug()), e.getMessage());
            return 0;
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
        }
    }

    private void failed(Member m, RuntimeException e, Instant now) {
        if (e instanceof BitbucketException be && be.getReason() == BitbucketException.Reason.RATE_LIMIT) {
            Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(4, m.rateLimitsInARow++));
            wait = wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
            m.account.budget(now).rateLimited(now, wait);
            m.lastError = "rate limited by Bitbucket (429); this connection waits " + wait.toSeconds() + " s";
            LOG.warn("Bitbucket {}: connection '{}' got 429; its polls wait {} s, the other connections go on",
                    base.trigger(), key(m.account), wait.toSeconds());
            return;
        }
        RuntimeException reported = m.account.failed(e);
        m.lastError = reported.getMessage();
        LOG.warn("Bitbucket {}: the poll of connection '{}' failed: {}", base.trigger(), key(m.account),
                reported.getMessage());
        if (reported != e) {
            refreshNow = true; // revoked: it leaves at the next tick
        }
    }

    /** An account's targets: its workspaces, and each one's repositories for repoSlug=*. */
    private List<TriggerSpec> targets(Account a, BitbucketClient client) {
        List<TriggerSpec> targets = new ArrayList<>();
        for (String ws : a.workspaces()) {
            if (!"*".equals(settings.repoSlug())) {
                targets.add(base.on(a.connection(), ws, settings.repoSlug()));
                continue;
            }
            PageIterator<JsonNode> repos = client.pages(new BitbucketRequest("listRepositories", "GET",
                    "/repositories/" + URLEncoder.encode(ws, StandardCharsets.UTF_8),
                    Map.of("pagelen", 100, "fields", "values.slug,next"), null), JsonNode.class, 0);
            repos.forEachRemaining(r -> targets.add(base.on(a.connection(), ws, r.path("slug").asText())));
        }
        return targets;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The target a webhook payload of a member is about (its workspace and, for repository triggers, repository), or
     * null when this trigger does not watch it.
     */
    public TriggerSpec target(String connection, JsonNode payload) {
        Member m = members.get(connection == null ? "" : connection);
        if (m == null) {
            refresh(); // installed a moment ago (the receiver found it active with its hooks): a member now
            m = members.get(connection == null ? "" : connection);
        }
        String ws = FleetReceiver.workspaceOf(payload);
        if (m == null || ws == null || m.account.workspaces().stream().noneMatch(ws::equalsIgnoreCase)) {
            return null;
        }
        io.github.camelbitbucket.webhook.WebhookEvents.RepositoryName repo
                = io.github.camelbitbucket.webhook.WebhookEvents.repositoryOf(payload);
        String slug = settings.repoSlug() == null ? null : "*".equals(settings.repoSlug())
                ? repo == null ? null : repo.repoSlug() : settings.repoSlug();
        if (settings.repoSlug() != null && slug == null) {
            return null;
        }
        return base.on(m.account.connection(), ws, slug);
    }

    /**
     * The branches a commit trigger watches on a target: its lanes' (made now when the target was never polled, as
     * with delivery=webhook: the main branch costs one request, once), else the branch option's.
     */
    public Set<String> branches(TriggerSpec target) {
        Member m = members.get(target.connection() == null ? "" : target.connection());
        if (m == null || !factory.configuredBranches().isEmpty() || !"hash".equals(target.timeField())) {
            return factory.configuredBranches();
        }
        synchronized (m) {
            PollLanes lanes = m.lanes.get(target);
            if (lanes == null) {
                BitbucketClient client = m.account.client();
                if (client != m.lanesClient) {
                    m.lanes.clear();
                    m.lanesClient = client;
                }
                lanes = factory.lanes(target, client);
                lanes.seed(settings.startFrom()); // as a poll would: a later reconciling poll starts there
                m.lanes.put(target, lanes);
            }
            return lanes.branches();
        }
    }

    /** The accounts it polls now. */
    public Set<String> members() {
        return Set.copyOf(members.keySet());
    }

    /** Per account: targets, requests in the last hour and the budget, a 429's hold, last poll, delivered, last error. */
    public Map<String, Map<String, Object>> status() {
        Instant now = clock.instant();
        Map<String, Map<String, Object>> all = new TreeMap<>();
        members.forEach((id, m) -> {
            RequestBudget b = m.account.budget(now);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("targets", m.targets.size());
            s.put("requestsLastHour", b.usedLastHour(now));
            s.put("hourlyBudget", settings.hourlyBudget());
            s.put("rateLimits", b.rateLimits());
            Instant blocked = b.blockedUntil(now);
            s.put("rateLimitedUntil", blocked == null ? null : blocked.toString());
            s.put("lastPollAt", m.lastPollAt == null ? null : m.lastPollAt.toString());
            s.put("delivered", m.delivered);
            s.put("lastError", m.lastError);
            all.put(id, s);
        });
        return all;
    }
}
