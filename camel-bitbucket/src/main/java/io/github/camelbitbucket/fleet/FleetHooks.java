package io.github.camelbitbucket.fleet;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.connection.Connection;
import io.github.camelbitbucket.connection.Connections;
import io.github.camelbitbucket.connection.Hooks;
import io.github.camelbitbucket.webhook.WebhookSubscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace webhooks of every connection: one hook per workspace of a connection that granted the {@code webhook}
 * scope, calling {@code webhookExternalUrl/<connection>} for the events the application's triggers need, signed with
 * a secret of that connection alone (random, stored with it, never logged). Installing again reuses the hooks (same
 * URL) and keeps the secret; a new trigger's events are added to them; removeConnection deletes them.
 */
public final class FleetHooks {

    private static final Logger LOG = LoggerFactory.getLogger(FleetHooks.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connections connections;
    private final ObjectMapper mapper;
    private final String externalUrl;

    public FleetHooks(Connections connections, ObjectMapper mapper, String externalUrl) {
        this.connections = connections;
        this.mapper = mapper;
        this.externalUrl = externalUrl.trim().replaceAll("/+$", "");
    }

    /** The URL a connection's hooks call. */
    public String url(String connection) {
        return externalUrl + "/" + connection;
    }

    /** Brings the hooks of every active connection up to {@code events}; a connection that fails is logged alone. */
    public void ensureAll(List<String> events) {
        for (Connection c : connections.store().list()) {
            ensure(c.id(), events);
        }
    }

    /** Registers (or reuses and updates) the workspace hooks of one connection for {@code events}. */
    public void ensure(String id, List<String> events) {
        Connection c = connections.store().find(id).orElse(null);
        if (c == null || c.status() != Connection.Status.ACTIVE || events.isEmpty()) {
            return;
        }
        if (!c.scopes().contains("webhook")) {
            LOG.info("Connection '{}' did not grant the webhook scope: its events arrive by polling only", id);
            return;
        }
        Hooks old = connections.store().hooks(id).orElse(null);
        if (old != null && old.events().containsAll(events) && old.uuids().keySet().containsAll(c.workspaces())) {
            return;
        }
        try {
            String secret = old != null ? old.secret()
                    : Base64.getUrlEncoder().withoutPadding().encodeToString(random());
            TreeSet<String> all = new TreeSet<>(events);
            if (old != null) {
                all.addAll(old.events());
            }
            WebhookSubscriptions subscriptions = new WebhookSubscriptions(connections.client(id), mapper);
            Map<String, String> uuids = new LinkedHashMap<>();
            for (String ws : c.workspaces()) {
                uuids.put(ws, subscriptions.ensure(ws, null, url(id), List.copyOf(all), secret,
                        "camel-bitbucket: events of connection " + id).uuid());
            }
            connections.store().saveHooks(id, new Hooks(secret, List.copyOf(all), uuids));
        } catch (RuntimeException e) {
            LOG.warn("The workspace webhooks of connection '{}' could not be registered ({}); its events arrive by"
                     + " polling only (delivery=both)", id, e.getMessage());
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
