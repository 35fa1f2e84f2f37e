package io.github.camelbitbucket.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.Authenticator;
import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.client.BitbucketResponse;
import io.github.camelbitbucket.client.Transport;
import io.github.camelbitbucket.client.PathTemplate;
import org.apache.hc.core5.http.ContentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2.0 access tokens for the client-credentials and refresh-token grants. The token is cached until shortly
 * before {@code expires_in} runs out; when it must be renewed, one thread asks the token endpoint and the others wait
 * for that answer (single flight). Rotated refresh tokens are handed to the {@link RefreshTokenStore}.
 */
public final class OAuthTokenManager implements Authenticator, AuthorizationCodeExchange {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenManager.class);
    private static final long DEFAULT_LIFETIME_SECONDS = 3600;

    private final Transport transport;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final RefreshTokenStore refreshTokenStore;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    private volatile Token current;

    /** A grant: the header to send, when to renew, the reported scopes and everything they imply (computed once). */
    private record Token(String header, Instant renewAt, Instant expiresAt, Set<String> scopes,
                         Set<String> effectiveScopes) {
    }

    /**
     * @param refreshTokenStore null for the client-credentials grant; otherwise the refresh-token grant is used
     */
    public OAuthTokenManager(Transport transport, String tokenUrl, String clientId, String clientSecret,
                             RefreshTokenStore refreshTokenStore, ObjectMapper mapper, Clock clock) {
        this.transport = transport;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshTokenStore = refreshTokenStore;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public String authorization() {
        Token t = current;
        if (t == null || !clock.instant().isBefore(t.renewAt())) {
            lock.lock();
            try {
                t = current;
                if (t == null || !clock.instant().isBefore(t.renewAt())) {
                    t = requestToken();
                    current = t;
                }
            } finally {
                lock.unlock();
            }
        }
        return t.header();
    }

    @Override
    public boolean canRefresh() {
        return true;
    }

    @Override
    public void invalidate(String rejectedAuthorization) {
        lock.lock();
        try {
            Token t = current;
            if (t != null && t.header().equals(rejectedAuthorization)) {
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Set<String> grantedScopes() {
        Token t = current;
        return t == null ? null : t.scopes();
    }

    @Override
    public Set<String> missingScopes(java.util.Collection<String> required) {
        Token t = current;
        if (t == null || t.effectiveScopes() == null || t.effectiveScopes().containsAll(required)) {
            return Set.of();
        }
        return Scopes.missing(t.scopes(), required);
    }

    @Override
    public Instant expiresAt() {
        Token t = current;
        return t == null ? null : t.expiresAt();
    }

    @Override
    public String describe() {
        return refreshTokenStore == null ? "OAuth 2.0 client credentials" : "OAuth 2.0 refresh token";
    }

    private Token requestToken() {
        if (refreshTokenStore == null) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "client_credentials");
            return accept(post(form, "token request (client_credentials)"));
        }
        // load, refresh and store under the store's lock: another user of the same store may rotate it meanwhile
        return refreshTokenStore.whileLocked(() -> {
            String refreshToken = refreshTokenStore.load();
            if (refreshToken == null || refreshToken.isBlank()) {
                throw new BitbucketException("No refresh token is available: set the refreshToken option (or fill the"
                                             + " refresh token store) from an authorization-code install",
                        BitbucketException.Reason.AUTHENTICATION, null);
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "refresh_token");
            form.put("refresh_token", refreshToken);
            return accept(post(form, "token request (refresh_token)"));
        });
    }

    /**
     * Exchanges an authorization code from the install flow for tokens, stores the refresh token and caches the access
     * token. Returns the granted scopes.
     */
    @Override
    public Set<String> exchangeAuthorizationCode(String code, String redirectUri) {
        AuthorizationCodeExchange.of(this); // fails, naming the mode needed, without a refresh token store
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        if (redirectUri != null) {
            form.put("redirect_uri", redirectUri);
        }
        lock.lock();
        try {
            Token t = accept(post(form, "authorization code exchange"));
            current = t;
            return t.scopes();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean canExchangeCodes() {
        return refreshTokenStore != null;
    }

    private Token accept(JsonNode answer) {
        String accessToken = answer.path("access_token").asText(null);
        if (accessToken == null || accessToken.isEmpty()) {
            throw new BitbucketException("The token endpoint " + tokenUrl + " answered without an access_token",
                    BitbucketException.Reason.AUTHENTICATION, null);
        }
        long lifetime = answer.hasNonNull("expires_in") ? answer.get("expires_in").asLong(DEFAULT_LIFETIME_SECONDS)
                : DEFAULT_LIFETIME_SECONDS;
        // renew a little before expiry: 10% of the lifetime, at most one minute
        long marginMillis = Math.min(60_000L, lifetime * 100L);
        Instant renewAt = clock.instant().plus(Duration.ofMillis(lifetime * 1000L - marginMillis));
        String rotated = answer.path("refresh_token").asText(null);
        if (rotated != null && !rotated.isEmpty() && refreshTokenStore != null) {
            refreshTokenStore.store(rotated);
        }
        // older answers use "scopes", newer ones "scope"
        String scopeText = answer.hasNonNull("scopes") ? answer.get("scopes").asText() : answer.path("scope").asText("");
        Set<String> scopes = Scopes.parse(scopeText);
        LOG.debug("Got an OAuth access token from {} valid for {} s, scopes {}", tokenUrl, lifetime, scopes);
        return new Token("Bearer " + accessToken, renewAt, clock.instant().plusSeconds(lifetime),
                scopes.isEmpty() ? null : scopes,
                scopes.isEmpty() ? null : Scopes.effective(scopes));
    }

    private JsonNode post(Map<String, String> form, String what) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(PathTemplate.encode(k)).append('=')
                .append(PathTemplate.encode(v)));
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        BitbucketResponse response;
        try {
            response = transport.send("POST", tokenUrl, "Basic " + basic, "application/json",
                    body.toString().getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_FORM_URLENCODED);
        } catch (IOException e) {
            throw new BitbucketException("OAuth " + what + " to " + tokenUrl + " failed: " + e.getClass().getSimpleName()
                                         + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    BitbucketException.Reason.NETWORK, e);
        }
        JsonNode json;
        try {
            json = mapper.readTree(response.body());
        } catch (IOException e) {
            json = null;
        }
        if (response.status() / 100 != 2 || json == null) {
            String reason = json == null ? "not a JSON answer"
                    : json.path("error").asText("") + (json.hasNonNull("error_description")
                            ? ": " + json.get("error_description").asText() : "");
            throw new BitbucketException("OAuth " + what + " to " + tokenUrl + " failed with HTTP " + response.status()
                                         + " (" + reason + "). Check clientId, clientSecret"
                                         + (refreshTokenStore == null ? "" : " and the refresh token"),
                    BitbucketException.Reason.AUTHENTICATION, response.status(), "oauth", "POST", tokenUrl, reason, null,
                    null, 1, null);
        }
        return json;
    }

    @Override
    public String toString() {
        return "OAuthTokenManager[" + describe() + ", tokenUrl=" + tokenUrl + "]";
    }
}
