package io.github.camelbitbucket.auth;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.Authenticator;
import io.github.camelbitbucket.client.Transport;

/**
 * One way of authenticating to Bitbucket, chosen once per credential by {@link #of(Credentials)}: OAuth 2.0 client
 * credentials, OAuth 2.0 refresh token, access token (Bearer) or Atlassian API token (Basic).
 */
public interface CredentialMode {

    /** The Authorization source for this credential; OAuth modes send their token requests over {@code transport}. */
    Authenticator authenticator(Transport transport, ObjectMapper mapper, Clock clock);

    /** The one mode the options describe; fails, naming the options to fix, when none or several are set. */
    static CredentialMode of(Credentials c) {
        boolean oauth = Credentials.set(c.clientId()) || Credentials.set(c.clientSecret());
        boolean bearer = Credentials.set(c.accessToken());
        boolean basic = Credentials.set(c.username()) || Credentials.set(c.apiToken());
        int modes = (oauth ? 1 : 0) + (bearer ? 1 : 0) + (basic ? 1 : 0);
        if (modes == 0) {
            throw new IllegalArgumentException("No Bitbucket credentials: set clientId and clientSecret (OAuth 2.0, with"
                                               + " refreshToken for an installed app), or accessToken, or username and"
                                               + " apiToken");
        }
        if (modes > 1) {
            throw new IllegalArgumentException("Set one kind of Bitbucket credentials, not several: clientId/clientSecret,"
                                               + " accessToken, or username/apiToken");
        }
        if (bearer) {
            return new AccessTokenMode(c.accessToken());
        }
        if (basic) {
            require(c.username(), "username", "apiToken is set");
            require(c.apiToken(), "apiToken", "username is set");
            return new ApiTokenMode(c.username(), c.apiToken());
        }
        require(c.clientId(), "clientId", "clientSecret is set");
        require(c.clientSecret(), "clientSecret", "clientId is set");
        boolean refresh = Credentials.set(c.refreshToken()) || c.refreshTokenStore() != null
                          || Credentials.set(c.refreshTokenFile());
        return refresh ? new RefreshTokenMode(c) : new ClientCredentialsMode(c);
    }

    private static void require(String value, String option, String because) {
        if (!Credentials.set(value)) {
            throw new IllegalArgumentException("The " + option + " option is required because " + because);
        }
    }
}
