package io.github.camelbitbucket.auth;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.Authenticator;
import io.github.camelbitbucket.client.Transport;

/** An Atlassian API token with the account email, sent as HTTP Basic (app passwords stopped working in 2026). */
final class ApiTokenMode implements CredentialMode {

    private final String username;
    private final String apiToken;

    ApiTokenMode(String username, String apiToken) {
        this.username = username;
        this.apiToken = apiToken;
    }

    @Override
    public Authenticator authenticator(Transport transport, ObjectMapper mapper, Clock clock) {
        return StaticAuthenticator.basic(username, apiToken);
    }
}
