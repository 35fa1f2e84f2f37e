package io.github.camelbitbucket.auth;

import java.nio.file.Paths;
import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.Authenticator;
import io.github.camelbitbucket.client.Transport;
import io.github.camelbitbucket.client.UrlPolicy;

/**
 * OAuth 2.0 refresh token of an installed app. Bitbucket rotates the refresh token at each refresh, so it lives in a
 * {@link RefreshTokenStore}: the configured one, else a file (refreshTokenFile); a store that holds no token yet is
 * seeded from the refreshToken option. Memory alone is refused: the rotated token would not survive a restart.
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
            // live row 12: the first refresh kills the configured token; kept only in memory, the new one is lost on
            // restart and the app is locked out until someone installs it again
            throw new IllegalArgumentException("The refresh token rotates: Bitbucket answers every refresh with a new"
                                               + " one and the old one stops working, so refreshToken alone would be"
                                               + " dead after a restart. Set refreshTokenFile (a file the component"
                                               + " keeps the newest token in) or refreshTokenStore (a"
                                               + " RefreshTokenStore bean, e.g. a vault or database)");
        }
        if (store.load() == null && Credentials.set(credentials.refreshToken())) {
            store.store(credentials.refreshToken());
        }
        return store;
    }
}
