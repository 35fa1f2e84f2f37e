package io.github.camelbitbucket.connection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import io.github.camelbitbucket.auth.RefreshTokenStore;

/**
 * Connections in this JVM's memory: for tests and demos only, chosen explicitly (never a default), since a rotated
 * refresh token dies with the process and every customer would have to install the app again.
 */
public final class MemoryConnectionStore implements ConnectionStore {

    private record Entry(Connection connection, String refreshToken) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Instant> nonces = new ConcurrentHashMap<>();
    private final Map<String, Hooks> hooks = new ConcurrentHashMap<>();
    private final Clock clock;

    public MemoryConnectionStore() {
        this(Clock.systemUTC());
    }

    public MemoryConnectionStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Connection> find(String id) {
        Entry e = entries.get(id);
        return e == null ? Optional.empty() : Optional.of(e.connection());
    }

    @Override
    public List<Connection> list() {
        List<Connection> all = new ArrayList<>();
        entries.values().forEach(e -> all.add(e.connection()));
        all.sort(Comparator.comparing(Connection::id));
        return all;
    }

    @Override
    public void install(Connection c, String refreshToken) {
        Instant now = clock.instant();
        entries.compute(Connection.checkId(c.id()), (id, old) -> new Entry(new Connection(id, c.accountUuid(),
                c.displayName(), c.workspaces(), c.scopes(), Connection.Status.ACTIVE,
                old == null ? now : old.connection().installedAt(), now, null, null), refreshToken));
    }

    @Override
    public void revoke(String id, String reason) {
        entries.computeIfPresent(id, (k, e) -> new Entry(with(e.connection(), Connection.Status.REVOKED, reason,
                e.connection().lastRefreshAt()), e.refreshToken()));
    }

    @Override
    public boolean remove(String id) {
        hooks.remove(id);
        return entries.remove(id) != null;
    }

    @Override
    public Optional<Hooks> hooks(String id) {
        return Optional.ofNullable(hooks.get(id));
    }

    @Override
    public void saveHooks(String id, Hooks value) {
        if (value == null) {
            hooks.remove(id);
        } else if (entries.containsKey(id)) {
            hooks.put(id, value);
        }
    }

    @Override
    public boolean useOnce(String nonce, Instant expiresAt) {
        Instant now = clock.instant();
        nonces.values().removeIf(expiry -> expiry.isBefore(now));
        return nonces.putIfAbsent(nonce, expiresAt) == null;
    }

    @Override
    public RefreshTokenStore refreshTokens(String id) {
        return new RefreshTokenStore() {
            @Override
            public String load() {
                Entry e = entries.get(id);
                return e == null || e.connection().status() == Connection.Status.REVOKED ? null : e.refreshToken();
            }

            @Override
            public void store(String refreshToken) {
                entries.computeIfPresent(id, (k, e) -> new Entry(with(e.connection(), e.connection().status(),
                        e.connection().lastError(), clock.instant()), refreshToken));
            }

            @Override
            public <T> T whileLocked(Supplier<T> refresh) {
                ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock());
                lock.lock();
                try {
                    return refresh.get();
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    private Connection with(Connection c, Connection.Status status, String error, Instant lastRefreshAt) {
        return new Connection(c.id(), c.accountUuid(), c.displayName(), c.workspaces(), c.scopes(), status,
                c.installedAt(), clock.instant(), lastRefreshAt, error);
    }

    @Override
    public String toString() {
        return "MemoryConnectionStore[" + entries.size() + " connection(s)]";
    }
}
