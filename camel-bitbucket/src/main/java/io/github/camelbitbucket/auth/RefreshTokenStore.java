package io.github.camelbitbucket.auth;

/**
 * Keeps the OAuth 2.0 refresh token. Bitbucket rotates refresh tokens: every refresh returns a new one and the old one
 * stops working shortly after, so the component hands each new token to {@link #store(String)}. Implement this to
 * keep it in a vault or database; {@link FileRefreshTokenStore} is the simple durable choice.
 */
public interface RefreshTokenStore {

    /** The current refresh token, or null if none is known. */
    String load();

    /** Called with the new refresh token after each rotation. Must not log the value. */
    void store(String refreshToken);

    /**
     * Runs one refresh (load, ask the token endpoint, store the rotated token) so that no other user of the same store
     * refreshes in between: the token it loaded would already be dead. The default locks this instance; a store shared
     * by several component instances or processes (a file, a database row) must lock across them.
     */
    default <T> T whileLocked(java.util.function.Supplier<T> refresh) {
        synchronized (this) {
            return refresh.get();
        }
    }
}
