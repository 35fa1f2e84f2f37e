package io.github.camelbitbucket.connection;

import java.util.List;
import java.util.Optional;

import io.github.camelbitbucket.auth.RefreshTokenStore;

/**
 * Where an application keeps the accounts that installed it: one record per connection (its id, account, workspaces,
 * scopes, status, timestamps) and its refresh token, encrypted at rest. Bitbucket rotates a refresh token at every
 * refresh and kills the old one, so a connection's token is refreshed under a lock every user of the store respects
 * ({@link #refreshTokens(String)}), across threads and nodes. Implementations: {@link MemoryConnectionStore} (tests and
 * demos; chosen explicitly), {@link JdbcConnectionStore} (any DataSource).
 */
public interface ConnectionStore extends InstallState.Nonces {

    /** The connection, without any token. */
    Optional<Connection> find(String id);

    /** Every connection, by id. */
    List<Connection> list();

    /**
     * Stores an install: the connection and its refresh token. Installing again replaces the tokens and makes a revoked
     * connection active again; every node uses the new token from its next refresh.
     */
    void install(Connection connection, String refreshToken);

    /** Marks a connection revoked (its grant was withdrawn), with the reason; its calls then fail naming it. */
    void revoke(String id, String reason);

    /** Forgets a connection and its tokens; false when there was none. */
    boolean remove(String id);

    /** The refresh token of one connection, as the OAuth token manager keeps it: load, store, refresh under a lock. */
    RefreshTokenStore refreshTokens(String id);

    /** The workspace webhooks registered for a connection (their secret decrypted), if any. */
    Optional<Hooks> hooks(String id);

    /** Stores the workspace webhooks of a connection (null: none); removing the connection forgets them too. */
    void saveHooks(String id, Hooks hooks);

    /**
     * Where the triggers of this store's connections keep their watermarks when no stateRepository is set: a store
     * shared by nodes answers a repository every node reads (a database table, a file); null: the endpoint's memory.
     */
    default org.apache.camel.spi.StateRepository<String, String> watermarks() {
        return null;
    }
}
