package io.github.camelbitbucket.auth;

import java.util.Set;

import io.github.camelbitbucket.client.Authenticator;

/**
 * The install callback of the OAuth app: exchanges an authorization code for tokens, keeps the refresh token and
 * answers the granted scopes. Implemented by the credential mode that can keep what it gets (the refresh-token mode).
 */
public interface AuthorizationCodeExchange {

    Set<String> exchangeAuthorizationCode(String code, String redirectUri);

    /** The exchange of a credential, or an IllegalStateException saying which mode is needed. */
    static AuthorizationCodeExchange of(Authenticator authenticator) {
        if (authenticator instanceof AuthorizationCodeExchange exchange && exchange.canExchangeCodes()) {
            return exchange;
        }
        throw new IllegalStateException("exchangeAuthorizationCode needs the OAuth refresh-token mode: set clientId,"
                                        + " clientSecret and refreshTokenFile (or a refreshTokenStore), where the"
                                        + " refresh token of the install is kept; the current mode is "
                                        + authenticator.describe());
    }

    /** Whether this credential keeps what an exchange answers (a refresh token store is configured). */
    boolean canExchangeCodes();
}
