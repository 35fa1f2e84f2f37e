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

    /** When the current access token expires, or null (static credentials, no token yet). */
    default java.time.Instant expiresAt() {
        return null;
    }

    /** A short, secret-free description for logs and health checks, e.g. "OAuth 2.0 client credentials". */
    String describe();
}
