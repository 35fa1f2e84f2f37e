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
}
