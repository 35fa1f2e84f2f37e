package io.github.camelbitbucket.standin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/**
 * Bitbucket's OAuth 2.0 side: consumers, the token endpoint (client credentials, authorization code, rotating refresh
 * tokens, {@code expires_in}, granted {@code scopes}), the authorize page, bearer/Basic authentication of API calls and
 * the scope check of each operation.
 */
final class OAuthProvider {

    record Consumer(String secret, Set<String> scopes, String callbackUrl) {
    }

    /** What a token or code stands for: which consumer, as which account, with which scopes, until when. */
    record Grant(String clientId, String account, Set<String> scopes, long expiresAtMillis) {
    }

    /** Who a refresh token or an authorization code was issued to. */
    record Holder(String clientId, String account) {
    }

    final Map<String, Consumer> consumers = new ConcurrentHashMap<>();
    final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
    final Map<String, Holder> refreshTokens = new ConcurrentHashMap<>();
    final Map<String, Holder> codes = new ConcurrentHashMap<>();
    final Accounts accounts = new Accounts();
    final AtomicInteger tokenRequests = new AtomicInteger();
    final AtomicInteger refreshGrants = new AtomicInteger();
    final AtomicInteger invalidGrants = new AtomicInteger();
    final AtomicInteger apiRequests = new AtomicInteger();
    volatile long tokenLifetimeSeconds = 3600;
    private final Http http;

    OAuthProvider(Http http) {
        this.http = http;
    }

    void token(RoutingContext ctx) {
        tokenRequests.incrementAndGet();
        String clientId = basicUser(ctx);
        Consumer consumer = clientId == null ? null : consumers.get(clientId);
        if (consumer == null || !consumer.secret().equals(basicPassword(ctx))) {
            http.oauthError(ctx, 401, "invalid_client", "Client credentials missing or wrong");
            return;
        }
        String grant = ctx.request().getFormAttribute("grant_type");
        if ("client_credentials".equals(grant)) {
            issueToken(ctx, clientId, Accounts.DEMO, consumer, false);
        } else if ("authorization_code".equals(grant)) {
            String code = ctx.request().getFormAttribute("code");
            Holder holder = code == null ? null : codes.remove(code);
            if (holder == null || !clientId.equals(holder.clientId())) {
                invalidGrants.incrementAndGet();
                http.oauthError(ctx, 400, "invalid_grant", "Invalid or used authorization code");
                return;
            }
            issueToken(ctx, clientId, holder.account(), consumer, true);
        } else if ("refresh_token".equals(grant)) {
            // live row 12: a refresh token works once; the answer carries the next one
            String rt = ctx.request().getFormAttribute("refresh_token");
            Holder holder = rt == null ? null : refreshTokens.remove(rt);
            if (holder == null || !clientId.equals(holder.clientId()) || accounts.isRevoked(holder.account())) {
                invalidGrants.incrementAndGet();
                http.oauthError(ctx, 400, "invalid_grant", "Invalid refresh_token");
                return;
            }
            refreshGrants.incrementAndGet();
            issueToken(ctx, clientId, holder.account(), consumer, true);
        } else {
            http.oauthError(ctx, 400, "unsupported_grant_type", "Unsupported grant_type " + grant);
        }
    }

    void issueToken(RoutingContext ctx, String clientId, String account, Consumer consumer, boolean withRefresh) {
        String access = "standin-at-" + UUID.randomUUID();
        accessTokens.put(access, new Grant(clientId, account, consumer.scopes(),
                System.currentTimeMillis() + tokenLifetimeSeconds * 1000));
        ObjectNode body = Json.MAPPER.createObjectNode().put("access_token", access).put("token_type", "bearer")
                .put("expires_in", tokenLifetimeSeconds).put("scopes", String.join(" ", consumer.scopes()));
        if (withRefresh) {
            String refresh = "standin-rt-" + UUID.randomUUID();
            refreshTokens.put(refresh, new Holder(clientId, account));
            body.put("refresh_token", refresh);
        }
        http.json(ctx, 200, body);
    }

    void authorize(RoutingContext ctx) {
        String clientId = ctx.request().getParam("client_id");
        Consumer consumer = clientId == null ? null : consumers.get(clientId);
        if (consumer == null || !"code".equals(ctx.request().getParam("response_type"))) {
            http.error(ctx, 400, "Unknown client_id or response_type is not code", null);
            return;
        }
        // the stand-in's user grants access at once (the real page asks them to log in and agree); the stand-in-only
        // parameter account says who they are (default: the demo user); installing again revives a revoked account
        String account = ctx.request().getParam("account") == null ? Accounts.DEMO : ctx.request().getParam("account");
        if (accounts.get(account) == null) {
            http.error(ctx, 400, "No stand-in account '" + account + "'; accounts: " + accounts.ids(), null);
            return;
        }
        accounts.install(account);
        String code = "standin-code-" + UUID.randomUUID();
        codes.put(code, new Holder(clientId, account));
        String state = ctx.request().getParam("state");
        String target = consumer.callbackUrl() + (consumer.callbackUrl().contains("?") ? "&" : "?") + "code=" + code
                        + (state == null ? "" : "&state=" + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8));
        ctx.response().setStatusCode(302).putHeader("Location", target).end();
    }

    /** The account the request's credential acts as (the demo user for API tokens and client credentials). */
    static Accounts.Account account(RoutingContext ctx) {
        return ctx.get("account");
    }

    /** {@code GET /user}: the account the credential acts as. */
    void currentUser(RoutingContext ctx) {
        http.json(ctx, 200, account(ctx).json());
    }

    void authenticate(RoutingContext ctx) {
        apiRequests.incrementAndGet();
        String auth = ctx.request().getHeader("Authorization");
        Set<String> scopes = null;
        if (auth != null && auth.startsWith("Bearer ")) {
            Grant g = accessTokens.get(auth.substring(7));
            if (g != null && accounts.isRevoked(g.account())) {
                http.error(ctx, 401, "Access token expired or revoked", null);
                return;
            }
            if (g != null && g.expiresAtMillis() > System.currentTimeMillis()) {
                scopes = g.scopes();
                ctx.put("account", accounts.get(g.account()));
            } else if (g != null) {
                http.error(ctx, 401, "Access token expired. Use your refresh token to obtain a new access token.", null);
                return;
            }
        } else if (auth != null && auth.startsWith("Basic ") && BitbucketStandIn.DEMO_USER.equals(basicUser(ctx))
                   && BitbucketStandIn.DEMO_API_TOKEN.equals(basicPassword(ctx))) {
            // row 13: API tokens carry read:repository:bitbucket-style scopes, no account
            scopes = StandInScopes.parse(BitbucketStandIn.DEMO_API_TOKEN_SCOPES);
            ctx.put("apiToken", true);
            ctx.put("account", accounts.get(Accounts.DEMO));
        }
        if (scopes == null) {
            http.error(ctx, 401, "Unauthorized", null);
            return;
        }
        ctx.put("scopes", scopes);
        ctx.next();
    }

    io.vertx.core.Handler<RoutingContext> scope(String required, io.vertx.core.Handler<RoutingContext> next) {
        return ctx -> {
            Set<String> granted = ctx.get("scopes");
            boolean apiToken = Boolean.TRUE.equals(ctx.get("apiToken"));
            List<String> needed = apiToken ? StandInScopes.apiTokenScopesFor(required)
                    : required == null ? List.of() : List.of(required);
            if (!(apiToken ? StandInScopes.missingExactly(granted, needed) : StandInScopes.missing(granted, needed))
                    .isEmpty()) {
                // row 7: live Bitbucket sends detail as an object, not a string
                ObjectNode err = http.errorBody("Your credentials lack one or more required privilege scopes.", null);
                ObjectNode detail = ((ObjectNode) err.get("error")).putObject("detail");
                needed.forEach(detail.putArray("required")::add);
                granted.forEach(detail.withArray("granted")::add);
                http.json(ctx, 403, err);
                return;
            }
            try {
                next.handle(ctx);
            } catch (IllegalArgumentException e) {
                http.error(ctx, 400, e.getMessage(), null);
            }
        };
    }

    static String basicUser(RoutingContext ctx) {
        String[] pair = basic(ctx);
        return pair == null ? null : pair[0];
    }

    static String basicPassword(RoutingContext ctx) {
        String[] pair = basic(ctx);
        return pair == null ? null : pair[1];
    }

    static String[] basic(RoutingContext ctx) {
        String auth = ctx.request().getHeader("Authorization");
        if (auth == null || !auth.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
    }
}
