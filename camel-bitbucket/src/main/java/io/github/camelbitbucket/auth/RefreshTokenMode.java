package io.github.camelbitbucket.auth;

import java.nio.file.Paths;
import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.Authenticator;
import io.github.camelbitbucket.client.Transport;
import io.github.camelbitbucket.client.UrlPolicy;

/**
 * OAuth 2.0 refresh token of an installed app. Bitbucket rotates the refresh token at each refresh, so it lives in a
 * {@link RefreshTokenStore}: the configured one, else a file (refreshTokenFile), else memory; a store that holds no
 * token yet is seeded from the refreshToken option.
 */
final class RefreshTokenMode implements CredentialMode {

    private final Credentials credentials;

    RefreshTokenMode(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Authenticator authenticator(Transport transport, ObjectMapper mapper, Clock clock) {
        return new OAuthTokenManager(transport, UrlPolicy.check("tokenUrl", credentials.tokenUrl()),
                credentials.clientId(), credentials.clientSecret(), store(), mapper, clock);
    }

    private RefreshTokenStore store() {
        RefreshTokenStore store = credentials.refreshTokenStore();
        if (store == null && Credentials.set(credentials.refreshTokenFile())) {
            store = new FileRefreshTokenStore(Paths.get(credentials.refreshTokenFile()));
        } else if (store == null) {
            return new InMemoryRefreshTokenStore(credentials.refreshToken());
        }
        if (store.load() == null && Credentials.set(credentials.refreshToken())) {
            store.store(credentials.refreshToken());
        }
        return store;
    }
}
