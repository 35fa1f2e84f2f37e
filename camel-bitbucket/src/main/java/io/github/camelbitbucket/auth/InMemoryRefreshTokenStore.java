package io.github.camelbitbucket.auth;

/** Keeps the rotated refresh token in memory only (the default): a restart falls back to the configured one. */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {

    private volatile String token;

    public InMemoryRefreshTokenStore(String initial) {
        this.token = initial;
    }

    @Override
    public String load() {
        return token;
    }

    @Override
    public void store(String refreshToken) {
        this.token = refreshToken;
    }

    @Override
    public String toString() {
        return "InMemoryRefreshTokenStore";
    }
}
