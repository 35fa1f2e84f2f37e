package io.github.camelbitbucket.auth;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.Authenticator;
import io.github.camelbitbucket.client.Transport;
import io.github.camelbitbucket.client.UrlPolicy;

/** OAuth 2.0 client credentials of a private consumer: no refresh token, a new grant when the token expires. */
final class ClientCredentialsMode implements CredentialMode {

    private final Credentials credentials;

    ClientCredentialsMode(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Authenticator authenticator(Transport transport, ObjectMapper mapper, Clock clock) {
        return new OAuthTokenManager(transport, UrlPolicy.check("tokenUrl", credentials.tokenUrl()),
                credentials.clientId(), credentials.clientSecret(), null, mapper, clock);
    }
}
