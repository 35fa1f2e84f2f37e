package io.github.camelbitbucket.client;

import java.util.Set;

/** Supplies the {@code Authorization} header for API requests. One instance is shared by all users of a credential. */
public interface Authenticator {

    /** The header value to send now; may fetch or refresh a token (one fetch at a time for all threads). */
    String authorization();

    /** Whether a 401 can be answered by getting a new credential. */
    default boolean canRefresh() {
        return false;
    }

    /** Forget the credential that was just rejected with 401 (if it is still the current one). */
    default void invalidate(String rejectedAuthorization) {
    }

    /** The scopes the last token grant reported, or null when unknown (static tokens, before the first grant). */
    default Set<String> grantedScopes() {
        return null;
    }

    /**
     * The required scopes the current grant does not cover (implied scopes count); empty when they are covered or the
     * grant did not report its scopes.
     */
    default Set<String> missingScopes(java.util.Collection<String> required) {
        return Set.of();
    }

    /**
     * Exchanges an OAuth authorization code (the app install callback) for tokens, keeps the refresh token and
     * returns the granted scopes. Only the refresh-token mode can keep what this returns.
     */
    default Set<String> exchangeAuthorizationCode(String code, String redirectUri) {
        throw new IllegalStateException("exchangeAuthorizationCode needs the OAuth refresh-token mode: set clientId,"
                                        + " clientSecret and refreshTokenFile (or a refreshTokenStore), where the"
                                        + " refresh token of the install is kept; the current mode is " + describe());
    }

    /** When the current access token expires, or null (static credentials, no token yet). */
    default java.time.Instant expiresAt() {
        return null;
    }

    /** A short, secret-free description for logs and health checks, e.g. "OAuth 2.0 client credentials". */
    String describe();
}
