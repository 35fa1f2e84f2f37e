package io.github.camelbitbucket.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.camelbitbucket.client.Authenticator;

/** A credential that never changes: a repository/project/workspace access token, or an Atlassian API token. */
public final class StaticAuthenticator implements Authenticator {

    private final String header;
    private final String description;

    private StaticAuthenticator(String header, String description) {
        this.header = header;
        this.description = description;
    }

    /** {@code Authorization: Bearer <token>} for access tokens. */
    public static StaticAuthenticator bearer(String accessToken) {
        return new StaticAuthenticator("Bearer " + accessToken, "access token (Bearer)");
    }

    /** HTTP Basic with the Atlassian account email and an API token. */
    public static StaticAuthenticator basic(String username, String apiToken) {
        String pair = username + ":" + apiToken;
        return new StaticAuthenticator("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)),
                "Atlassian API token (Basic)");
    }

    @Override
    public String authorization() {
        return header;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public String toString() {
        return "StaticAuthenticator[" + description + "]";
    }
}
