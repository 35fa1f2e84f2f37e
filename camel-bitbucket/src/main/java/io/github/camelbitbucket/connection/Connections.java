package io.github.camelbitbucket.connection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.auth.OAuthTokenManager;
import io.github.camelbitbucket.auth.RefreshTokenStore;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.BitbucketClientFactory;
import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.client.ClientSettings;
import io.github.camelbitbucket.client.PageIterator;
import io.github.camelbitbucket.client.Transport;
import io.github.camelbitbucket.client.UrlPolicy;

/**
 * The accounts that installed the application, at run time: one client per connection (its own access token cache,
 * its refresh token in the store, refreshed under the store's lock; all on one shared HTTP pool), kept for the
 * connections in use (least recently used first out, so 10,000 idle connections hold no client); the install flow
 * (consent URL with a signed state, code exchange, the account and its workspaces stored); and the rule that a
 * refresh answered invalid_grant, after a load under the lock (which sees another node's rotation), revokes that
 * connection alone.
 */
public final class Connections {

    /**
     * The most connection clients kept in memory (two per connection in use: actions and polls, sharing one token
     * manager; under a KB each); the least recently used go first. A client dropped and made again fetches a new access
     * token, so this covers 10,000 connections polled every minute.
     */
    static final int MAX_CLIENTS = 20_000;
    /** The key suffix of a connection's polling client (a space: never part of a connection id). */
    private static final String POLLING = " polling";

    /** The application's OAuth consumer, shared by every connection. */
    public record App(String clientId, String clientSecret, String tokenUrl) {

        @Override
        public String toString() {
            return "App[" + clientId + "]"; // never the secret
        }
    }

    private final ConnectionStore store;
    private final App app;
    private final ClientSettings settings;
    private final Transport transport;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final List<java.util.function.Consumer<String>> listeners
            = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, RequestBudget> budgets = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, BitbucketClient> clients = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BitbucketClient> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    public Connections(ConnectionStore store, App app, ClientSettings settings, ObjectMapper mapper, Clock clock) {
        if (app.clientId() == null || app.clientId().isBlank() || app.clientSecret() == null
            || app.clientSecret().isBlank()) {
            throw new IllegalArgumentException("Connections need the application's OAuth consumer: set clientId and"
                                               + " clientSecret (the consumer the customers install)");
        }
        this.store = store;
        this.app = app;
        this.settings = settings;
        this.transport = BitbucketClientFactory.transport(settings);
        this.mapper = mapper;
        this.clock = clock;
    }

    public ConnectionStore store() {
        return store;
    }

    /** The active connection, or an exception naming it: unknown (IllegalArgumentException) or revoked. */
    public Connection active(String id) {
        Connection c = store.find(id).orElseThrow(() -> new IllegalArgumentException("No connection '" + id
                + "': install it first (authorizationUrl, then exchangeAuthorizationCode in the callback)"));
        if (c.status() == Connection.Status.REVOKED) {
            throw new BitbucketException("Connection '" + id + "' is revoked" + (c.lastError() == null ? ""
                    : " (" + c.lastError() + ")") + "; its customer must install the app again",
                    BitbucketException.Reason.AUTHENTICATION, null);
        }
        return c;
    }

    /** The client that acts as an active connection. */
    public BitbucketClient client(String id) {
        active(id);
        synchronized (clients) {
            return clients.computeIfAbsent(id, k -> client(store.refreshTokens(k), settings));
        }
    }

    /**
     * The client a trigger polls an active connection with: a 429 fails at once instead of waiting, so the poller
     * holds back that connection alone ({@link RequestBudget}) and goes on with the others.
     */
    public BitbucketClient pollingClient(String id) {
        active(id);
        synchronized (clients) {
            BitbucketClient polling = clients.get(id + POLLING);
            if (polling == null) {
                // the same token manager as the connection's actions: one access token, one refresh at a time
                BitbucketClient actions = clients.computeIfAbsent(id, k -> client(store.refreshTokens(k), settings));
                polling = BitbucketClientFactory.create(settings.forPolling(), transport,
                        t -> actions.getAuthenticator(), mapper);
                clients.put(id + POLLING, polling);
            }
            return polling;
        }
    }

    /** The connection's request budget on this node, with what its clients sent until now counted. */
    public RequestBudget budget(String id, java.time.Instant now) {
        RequestBudget budget = budgets.computeIfAbsent(id, k -> new RequestBudget());
        BitbucketClient actions;
        BitbucketClient polling;
        synchronized (clients) {
            actions = clients.get(id);
            polling = clients.get(id + POLLING);
        }
        budget.observe(actions, polling, now);
        return budget;
    }

    private BitbucketClient client(RefreshTokenStore tokens, ClientSettings settings) {
        return BitbucketClientFactory.create(settings, transport, t -> new OAuthTokenManager(t,
                UrlPolicy.check("tokenUrl", app.tokenUrl()), app.clientId(), app.clientSecret(), tokens, mapper, clock),
                mapper);
    }

    /**
     * What a failure of a connection's call means: a refresh the token endpoint answered invalid_grant revokes the
     * connection (the load under the store's lock already saw any rotation by another node); other failures pass.
     */
    public RuntimeException failed(String id, RuntimeException failure) {
        if (failure instanceof BitbucketException e && "oauth".equals(e.getOperation())
            && e.getErrorMessage() != null && e.getErrorMessage().startsWith("invalid_grant")) {
            store.revoke(id, "invalid_grant: the grant was withdrawn or its refresh token spent elsewhere");
            forget(id);
            changed(id);
            return new BitbucketException("Connection '" + id + "' is revoked: Bitbucket refused its refresh token"
                                          + " (invalid_grant); its customer must install the app again",
                    BitbucketException.Reason.AUTHENTICATION, failure);
        }
        return failure;
    }

    /** Tells {@code listener} the id of each connection installed, removed or revoked on this node. */
    public void onChange(java.util.function.Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Stops telling {@code listener} of changes. */
    public void removeOnChange(java.util.function.Consumer<String> listener) {
        listeners.remove(listener);
    }

    private void changed(String id) {
        for (java.util.function.Consumer<String> listener : listeners) {
            try {
                listener.accept(id);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Connections.class).warn("After a change of connection '{}': {}", id,
                        e.getMessage());
            }
        }
    }

    /**
     * Removes a connection: its workspace webhooks first (with its own token, while it still has one; a hook that
     * cannot be deleted is logged), then its record and tokens. False when there was none.
     */
    public boolean remove(String id) {
        Hooks hooks = store.hooks(id).orElse(null);
        if (hooks != null) {
            try {
                BitbucketClient client = client(id);
                hooks.uuids().forEach((ws, uuid) -> client.execute(io.github.camelbitbucket.request.HookCall.DELETE
                        .request(ws, null, uuid, Map.of(), null)));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Connections.class).warn("The webhooks of connection '{}' could not"
                        + " be deleted ({}); delete them in Bitbucket", id, e.getMessage());
            }
        }
        boolean removed = store.remove(id);
        forget(id);
        budgets.remove(id);
        changed(id);
        return removed;
    }

    /** Drops the clients of a connection (installed again, removed or revoked). */
    public void forget(String id) {
        synchronized (clients) {
            clients.remove(id);
            clients.remove(id + POLLING);
        }
    }

    /** How many connection clients are in memory. */
    public int clientsInMemory() {
        synchronized (clients) {
            return clients.size();
        }
    }

    /**
     * What the dev console, JMX and the health check show of the connections: how many are active and revoked, the
     * revoked ones by id with their reason, the last refresh, and how many clients are in memory.
     */
    public record Summary(int active, int revoked, Map<String, String> revokedIds, java.time.Instant lastRefreshAt,
                          int clientsInMemory) {

        /** The figures as details (health check, JSON). */
        public Map<String, Object> details() {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("connectionsActive", active);
            d.put("connectionsRevoked", revoked);
            d.put("revokedConnections", String.join(",", revokedIds.keySet()));
            d.put("lastRefreshAt", lastRefreshAt == null ? null : lastRefreshAt.toString());
            d.put("connectionClientsInMemory", clientsInMemory);
            return d;
        }
    }

    /** The connections by status, from the store. */
    public Summary summary() {
        int active = 0;
        Map<String, String> revoked = new java.util.TreeMap<>();
        java.time.Instant last = null;
        for (Connection c : store.list()) {
            if (c.status() == Connection.Status.REVOKED) {
                revoked.put(c.id(), c.lastError() == null ? "" : c.lastError());
            } else {
                active++;
            }
            if (c.lastRefreshAt() != null && (last == null || c.lastRefreshAt().isAfter(last))) {
                last = c.lastRefreshAt();
            }
        }
        return new Summary(active, revoked.size(), revoked, last, clientsInMemory());
    }

    /** The consent URL for a connection: the authorize page with the app's client id and a signed state. */
    public String authorizationUrl(String id, InstallState states, String authorizeUrl, String redirectUri) {
        return authorizeUrl + (authorizeUrl.contains("?") ? "&" : "?") + "client_id=" + encode(app.clientId())
               + "&response_type=code&state=" + encode(states.issue(id))
               + (redirectUri == null || redirectUri.isBlank() ? "" : "&redirect_uri=" + encode(redirectUri));
    }

    /**
     * The install callback: verifies the state (before the code is sent anywhere), exchanges the code, reads the
     * account and its workspaces with the new token, stores the connection (its tokens replaced when installed again)
     * and answers it.
     *
     * @param expected the connection the endpoint names, or null; a state for another connection is refused
     */
    public Connection install(String code, String state, String expected, InstallState states, String redirectUri) {
        String id = states.verify(state, store);
        if (expected != null && !expected.equals(id)) {
            throw new BitbucketException("The install callback's state names connection '" + id + "', not '" + expected
                                         + "' (the connection option); its code was not used",
                    BitbucketException.Reason.BAD_REQUEST, null);
        }
        String[] refreshToken = new String[1];
        RefreshTokenStore captured = new RefreshTokenStore() {
            @Override
            public String load() {
                return refreshToken[0];
            }

            @Override
            public void store(String token) {
                refreshToken[0] = token;
            }
        };
        BitbucketClient installing = client(captured, settings);
        Set<String> scopes = ((OAuthTokenManager) installing.getAuthenticator()).exchangeAuthorizationCode(code,
                redirectUri);
        JsonNode user = (JsonNode) installing.execute(new BitbucketRequest("getCurrentUser", "GET", "/user", Map.of(),
                null), JsonNode.class).value();
        List<String> workspaces = new ArrayList<>();
        PageIterator<JsonNode> pages = installing.pages(new BitbucketRequest("listWorkspaces", "GET", "/user/workspaces",
                Map.of("pagelen", 100), null), JsonNode.class, 0);
        pages.forEachRemaining(access -> workspaces.add(access.path("workspace").path("slug").asText()));
        store.install(new Connection(id, user.path("uuid").asText(null), user.path("display_name").asText(null),
                workspaces, scopes, Connection.Status.ACTIVE, null, null, null, null), refreshToken[0]);
        forget(id);
        changed(id);
        return store.find(id).orElseThrow();
    }

    /** Closes the HTTP pool the connections share. */
    public void close() throws java.io.IOException {
        transport.close();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Connections[" + app + ", " + store + "]";
    }
}
