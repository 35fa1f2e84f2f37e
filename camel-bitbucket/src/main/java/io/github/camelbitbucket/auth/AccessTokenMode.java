package io.github.camelbitbucket.auth;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.Authenticator;
import io.github.camelbitbucket.client.Transport;

/** A repository, project or workspace access token, sent as {@code Authorization: Bearer}. */
final class AccessTokenMode implements CredentialMode {

    private final String accessToken;

    AccessTokenMode(String accessToken) {
        this.accessToken = accessToken;
    }

    @Override
    public Authenticator authenticator(Transport transport, ObjectMapper mapper, Clock clock) {
        return StaticAuthenticator.bearer(accessToken);
    }
}
