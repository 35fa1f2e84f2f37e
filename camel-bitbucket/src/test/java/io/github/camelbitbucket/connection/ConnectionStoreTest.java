package io.github.camelbitbucket.connection;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.github.camelbitbucket.auth.RefreshTokenStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection stores keep one record per installed account and its refresh token: install, find, list, revoke,
 * install again, remove; in memory and in PostgreSQL (started from Maven), where the token is encrypted at rest. Two
 * nodes refreshing one connection's rotating token at once never spend the same token (the row lock), and the same
 * run without the lock does: the control that shows what the lock prevents.
 */
class ConnectionStoreTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path directory;

    private static ConnectionStore store(String kind) {
        return switch (kind) {
            case "jdbc" -> new JdbcConnectionStore(dataSource, new TokenCipher(KEY), Clock.systemUTC());
            case "directory" -> new DirectoryConnectionStore(directory, new TokenCipher(KEY), Clock.systemUTC());
            default -> new MemoryConnectionStore();
        };
    }

    private static Connection installed(String id, String... workspaces) {
        return new Connection(id, "{uuid-" + id + "}", "Customer " + id, List.of(workspaces),
                Set.of("account", "repository"), Connection.Status.ACTIVE, null, null, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "memory", "jdbc", "directory" })
    void aConnectionIsInstalledFoundRevokedRevivedAndRemoved(String kind) {
        ConnectionStore store = store(kind);
        String id = "customer-" + UUID.randomUUID().toString().substring(0, 8);
        store.install(installed(id, "acme", "acme-labs"), "made-up-refresh-1");

        Connection c = store.find(id).orElseThrow();
        assertThat(c.displayName()).isEqualTo("Customer " + id);
        assertThat(c.workspaces()).containsExactly("acme", "acme-labs");
        assertThat(c.scopes()).containsExactlyInAnyOrder("account", "repository");
        assertThat(c.status()).isEqualTo(Connection.Status.ACTIVE);
        assertThat(c.installedAt()).isNotNull();
        assertThat(c.toString()).doesNotContain("made-up-refresh-1");
        assertThat(store.list()).extracting(Connection::id).contains(id);
        RefreshTokenStore tokens = store.refreshTokens(id);
        assertThat(tokens.load()).isEqualTo("made-up-refresh-1");
        tokens.store("made-up-refresh-2");
        assertThat(tokens.load()).isEqualTo("made-up-refresh-2");
        assertThat(store.find(id).orElseThrow().lastRefreshAt()).isNotNull();

        store.revoke(id, "invalid_grant after a re-read");
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(Connection.Status.REVOKED);
        assertThat(store.find(id).orElseThrow().lastError()).isEqualTo("invalid_grant after a re-read");
        assertThat(tokens.load()).as("a revoked connection has no token to use").isNull();

        Instant installedAt = store.find(id).orElseThrow().installedAt();
        store.install(installed(id, "acme"), "made-up-refresh-3");
        Connection again = store.find(id).orElseThrow();
        assertThat(again.status()).isEqualTo(Connection.Status.ACTIVE);
        assertThat(again.lastError()).isNull();
        assertThat(again.workspaces()).containsExactly("acme");
        assertThat(again.installedAt()).isEqualTo(installedAt);
        assertThat(tokens.load()).isEqualTo("made-up-refresh-3");

        assertThat(store.remove(id)).isTrue();
        assertThat(store.find(id)).isEmpty();
        assertThat(store.remove(id)).isFalse();
    }

    @Test
    void theDatabaseHoldsTheRefreshTokenEncryptedAndANonceOncePerFleet() throws Exception {
        JdbcConnectionStore nodeA = new JdbcConnectionStore(dataSource, new TokenCipher(KEY), Clock.systemUTC());
        JdbcConnectionStore nodeB = new JdbcConnectionStore(dataSource, new TokenCipher(KEY), Clock.systemUTC());
        nodeA.install(installed("encrypted-at-rest", "acme"), "made-up-plain-refresh-token");
        try (java.sql.Connection db = dataSource.getConnection(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT refresh_token FROM camel_bitbucket_connection"
                                            + " WHERE id = 'encrypted-at-rest'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isNotBlank().doesNotContain("made-up-plain-refresh-token");
        }
        assertThat(nodeB.refreshTokens("encrypted-at-rest").load()).isEqualTo("made-up-plain-refresh-token");

        Instant later = Instant.now().plusSeconds(600);
        assertThat(nodeA.useOnce("nonce-1", later)).isTrue();
        assertThat(nodeB.useOnce("nonce-1", later)).as("a replay on another node").isFalse();
        assertThat(nodeB.useOnce("nonce-2", later)).isTrue();
    }

    @Test
    void theDirectoryHoldsOneEncryptedFilePerConnectionAndANonceOnce() throws Exception {
        DirectoryConnectionStore store = new DirectoryConnectionStore(directory, new TokenCipher(KEY), Clock.systemUTC());
        store.install(installed("in-a-file", "acme"), "made-up-refresh-in-a-file");
        String file = java.nio.file.Files.readString(directory.resolve("in-a-file.json"));
        assertThat(file).contains("\"in-a-file\"").doesNotContain("made-up-refresh-in-a-file");
        Instant later = Instant.now().plusSeconds(600);
        assertThat(store.useOnce("file-nonce", later)).isTrue();
        assertThat(new DirectoryConnectionStore(directory, new TokenCipher(KEY), Clock.systemUTC())
                .useOnce("file-nonce", later)).isFalse();
        assertThat(store.refreshTokens("in-a-file").whileLocked(() -> store.refreshTokens("in-a-file").load()))
                .isEqualTo("made-up-refresh-in-a-file");
    }

    @Test
    void twoNodesRefreshingOneConnectionNeverSpendTheSameRotatingToken() throws Exception {
        Result locked = refreshRace("raced-locked", true);
        assertThat(locked.invalidGrants()).as("refreshes that spent a dead token, with the row lock").isZero();
        assertThat(locked.refreshes()).isEqualTo(2 * 8 * 10);

        Result unlocked = refreshRace("raced-unlocked", false);
        assertThat(unlocked.invalidGrants()).as("the control: the same refreshes without the lock").isPositive();
    }

    private record Result(int refreshes, int invalidGrants) {
    }

    /**
     * Two store instances (two nodes) on one database, 8 threads each, 10 refreshes per thread of one connection
     * against a token endpoint that rotates the refresh token and answers invalid_grant to a spent one (live row 12).
     */
    private static Result refreshRace(String id, boolean withLock) throws Exception {
        new JdbcConnectionStore(dataSource, new TokenCipher(KEY), Clock.systemUTC())
                .install(installed(id, "acme"), "made-up-rt-0");
        TokenEndpoint endpoint = new TokenEndpoint("made-up-rt-0");
        AtomicInteger refreshes = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            RefreshTokenStore store = new JdbcConnectionStore(dataSource, new TokenCipher(KEY), Clock.systemUTC())
                    .refreshTokens(id);
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        if (withLock) {
                            store.whileLocked(() -> endpoint.refresh(store));
                        } else {
                            endpoint.refresh(store);
                        }
                        refreshes.incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return new Result(refreshes.get(), endpoint.invalidGrants.get());
    }

    /** A token endpoint that rotates the refresh token at each refresh and refuses a spent one (invalid_grant). */
    private static final class TokenEndpoint {
        final Map<String, Boolean> live = new ConcurrentHashMap<>();
        final AtomicInteger issued = new AtomicInteger();
        final AtomicInteger invalidGrants = new AtomicInteger();

        TokenEndpoint(String first) {
            live.put(first, true);
        }

        /** One refresh as a node runs it: load the token, spend it, store the next one. */
        Void refresh(RefreshTokenStore store) {
            String current = store.load();
            Thread.yield(); // the window in which another node may load the same token
            if (current == null || live.remove(current) == null) {
                invalidGrants.incrementAndGet();
                return null;
            }
            String next = "made-up-rt-" + issued.incrementAndGet();
            live.put(next, true);
            store.store(next);
            return null;
        }
    }
}
