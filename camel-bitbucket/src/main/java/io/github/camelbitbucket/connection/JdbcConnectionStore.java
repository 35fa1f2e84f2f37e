package io.github.camelbitbucket.connection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.camelbitbucket.auth.RefreshTokenStore;

/**
 * Connections in a database (any {@link DataSource}; tested on PostgreSQL), shared by every node of the application.
 * The tables are created if absent ({@link #DDL}). Refresh tokens are encrypted with {@link TokenCipher} (AES-256-GCM,
 * the connection id as associated data). A refresh locks the connection's row ({@code SELECT ... FOR UPDATE}) for the
 * whole load-refresh-store, so two nodes never spend the same rotating token; a state's nonce is a row of its own
 * table, so a replayed install callback is refused on every node.
 */
public final class JdbcConnectionStore implements ConnectionStore {

    /** The tables, as created when absent. */
    public static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS camel_bitbucket_connection (id VARCHAR(100) PRIMARY KEY,"
            + " account_uuid VARCHAR(100), display_name VARCHAR(255), workspaces VARCHAR(4000), scopes VARCHAR(2000),"
            + " status VARCHAR(16) NOT NULL, refresh_token VARCHAR(4000), installed_at TIMESTAMP NOT NULL,"
            + " updated_at TIMESTAMP NOT NULL, last_refresh_at TIMESTAMP, last_error VARCHAR(1000))",
            "CREATE TABLE IF NOT EXISTS camel_bitbucket_state_nonce (nonce VARCHAR(64) PRIMARY KEY,"
            + " expires_at TIMESTAMP NOT NULL)",
            "CREATE TABLE IF NOT EXISTS camel_bitbucket_connection_hook (id VARCHAR(100) PRIMARY KEY,"
            + " hooks VARCHAR(8000) NOT NULL)");
    private static final String COLUMNS = "id, account_uuid, display_name, workspaces, scopes, status, installed_at,"
                                          + " updated_at, last_refresh_at, last_error";

    private final DataSource dataSource;
    private final TokenCipher cipher;
    private final Clock clock;
    /** The database connection of the refresh this thread runs under a row lock, else null. */
    private final ThreadLocal<java.sql.Connection> locked = new ThreadLocal<>();
    private JdbcWatermarks watermarks;

    public JdbcConnectionStore(DataSource dataSource, TokenCipher cipher, Clock clock) {
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.clock = clock;
        try (java.sql.Connection db = dataSource.getConnection(); Statement st = db.createStatement()) {
            for (String ddl : DDL) {
                st.execute(ddl);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the connection tables (" + e.getMessage() + ")", e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(java.sql.Connection db) throws SQLException;
    }

    /** Runs on this thread's locked database connection, or on a new one that commits at once. */
    private <T> T db(Work<T> work) {
        java.sql.Connection held = locked.get();
        try {
            if (held != null) {
                return work.run(held);
            }
            try (java.sql.Connection db = dataSource.getConnection()) {
                return work.run(db);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The connection store failed (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public Optional<Connection> find(String id) {
        return db(db -> {
            try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS
                                                            + " FROM camel_bitbucket_connection WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(connection(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Connection> list() {
        return db(db -> {
            List<Connection> all = new ArrayList<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM camel_bitbucket_connection ORDER BY id")) {
                while (rs.next()) {
                    all.add(connection(rs));
                }
            }
            return all;
        });
    }

    @Override
    public void install(Connection c, String refreshToken) {
        String id = Connection.checkId(c.id());
        Timestamp now = Timestamp.from(clock.instant());
        String token = cipher.encrypt(id, refreshToken);
        db(db -> {
            try (PreparedStatement up = db.prepareStatement("UPDATE camel_bitbucket_connection SET account_uuid = ?,"
                    + " display_name = ?, workspaces = ?, scopes = ?, status = 'ACTIVE', refresh_token = ?,"
                    + " updated_at = ?, last_error = NULL WHERE id = ?")) {
                bindDetails(up, c, token, now);
                up.setString(7, id);
                if (up.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement in = db.prepareStatement("INSERT INTO camel_bitbucket_connection (account_uuid,"
                    + " display_name, workspaces, scopes, refresh_token, updated_at, id, status, installed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)")) {
                bindDetails(in, c, token, now);
                in.setString(7, id);
                in.setTimestamp(8, now);
                in.executeUpdate();
            }
            return null;
        });
    }

    private static void bindDetails(PreparedStatement ps, Connection c, String token, Timestamp now)
            throws SQLException {
        ps.setString(1, c.accountUuid());
        ps.setString(2, c.displayName());
        ps.setString(3, String.join(",", c.workspaces()));
        ps.setString(4, String.join(" ", new TreeSet<>(c.scopes())));
        ps.setString(5, token);
        ps.setTimestamp(6, now);
    }

    @Override
    public void revoke(String id, String reason) {
        db(db -> {
            try (PreparedStatement ps = db.prepareStatement("UPDATE camel_bitbucket_connection SET status = 'REVOKED',"
                                                            + " last_error = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, reason == null ? null : reason.substring(0, Math.min(1000, reason.length())));
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                ps.setString(3, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public boolean remove(String id) {
        saveHooks(id, null);
        return db(db -> {
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM camel_bitbucket_connection WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<Hooks> hooks(String id) {
        return db(db -> {
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT hooks FROM camel_bitbucket_connection_hook WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Hooks.open(cipher, id, rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveHooks(String id, Hooks hooks) {
        db(db -> {
            try (PreparedStatement del = db.prepareStatement("DELETE FROM camel_bitbucket_connection_hook WHERE id = ?")) {
                del.setString(1, id);
                del.executeUpdate();
            }
            if (hooks != null) {
                try (PreparedStatement in = db.prepareStatement(
                        "INSERT INTO camel_bitbucket_connection_hook (id, hooks) VALUES (?, ?)")) {
                    in.setString(1, id);
                    in.setString(2, hooks.seal(cipher, id));
                    in.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public org.apache.camel.spi.StateRepository<String, String> watermarks() {
        synchronized (this) {
            if (watermarks == null) {
                watermarks = new JdbcWatermarks(dataSource);
            }
            return watermarks;
        }
    }

    @Override
    public boolean useOnce(String nonce, Instant expiresAt) {
        return db(db -> {
            try (PreparedStatement clean = db.prepareStatement(
                    "DELETE FROM camel_bitbucket_state_nonce WHERE expires_at < ?")) {
                clean.setTimestamp(1, Timestamp.from(clock.instant()));
                clean.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO camel_bitbucket_state_nonce (nonce, expires_at) VALUES (?, ?)")) {
                ps.setString(1, nonce);
                ps.setTimestamp(2, Timestamp.from(expiresAt));
                ps.executeUpdate();
                return true;
            } catch (SQLException duplicate) {
                if (duplicate.getSQLState() != null && duplicate.getSQLState().startsWith("23")) {
                    return false; // integrity constraint: the nonce was used
                }
                throw duplicate;
            }
        });
    }

    @Override
    public RefreshTokenStore refreshTokens(String id) {
        return new RefreshTokenStore() {
            @Override
            public String load() {
                return db(db -> {
                    try (PreparedStatement ps = db.prepareStatement("SELECT refresh_token, status"
                                                                    + " FROM camel_bitbucket_connection WHERE id = ?")) {
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next() || rs.getString(1) == null || "REVOKED".equals(rs.getString(2))) {
                                return null;
                            }
                            return cipher.decrypt(id, rs.getString(1));
                        }
                    }
                });
            }

            @Override
            public void store(String refreshToken) {
                db(db -> {
                    try (PreparedStatement ps = db.prepareStatement("UPDATE camel_bitbucket_connection SET"
                            + " refresh_token = ?, last_refresh_at = ?, updated_at = ? WHERE id = ?")) {
                        Timestamp now = Timestamp.from(clock.instant());
                        ps.setString(1, cipher.encrypt(id, refreshToken));
                        ps.setTimestamp(2, now);
                        ps.setTimestamp(3, now);
                        ps.setString(4, id);
                        return ps.executeUpdate();
                    }
                });
            }

            /** Load, refresh and store in one transaction holding the connection's row lock. */
            @Override
            public <T> T whileLocked(Supplier<T> refresh) {
                if (locked.get() != null) {
                    return refresh.get(); // already inside this connection's lock
                }
                try (java.sql.Connection db = dataSource.getConnection()) {
                    boolean autoCommit = db.getAutoCommit();
                    db.setAutoCommit(false);
                    locked.set(db);
                    try (PreparedStatement ps = db.prepareStatement(
                            "SELECT id FROM camel_bitbucket_connection WHERE id = ? FOR UPDATE")) {
                        ps.setString(1, id);
                        ps.executeQuery().close();
                        T result = refresh.get();
                        db.commit();
                        return result;
                    } catch (RuntimeException | SQLException e) {
                        db.rollback();
                        throw e;
                    } finally {
                        locked.remove();
                        db.setAutoCommit(autoCommit);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("The connection store could not lock connection " + id + " ("
                                                    + e.getMessage() + ")", e);
                }
            }
        };
    }

    private static Connection connection(ResultSet rs) throws SQLException {
        String workspaces = rs.getString(4);
        String scopes = rs.getString(5);
        return new Connection(rs.getString(1), rs.getString(2), rs.getString(3),
                workspaces == null || workspaces.isEmpty() ? List.of() : Arrays.asList(workspaces.split(",")),
                scopes == null || scopes.isEmpty() ? Set.of() : Set.of(scopes.split(" ")),
                Connection.Status.valueOf(rs.getString(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
                instant(rs.getTimestamp(9)), rs.getString(10));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    @Override
    public String toString() {
        return "JdbcConnectionStore";
    }
}
