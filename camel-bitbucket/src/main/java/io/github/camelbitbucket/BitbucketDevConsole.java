package io.github.camelbitbucket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelbitbucket.connection.Connections;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code bitbucket} dev console: per endpoint, the authentication mode (never a secret), token expiry, granted
 * scopes, requests and retries so far, the last rate-limit headers; per trigger, its watermark, last poll, events
 * delivered and last error. The same figures are JMX attributes of the endpoint (client) and of the trigger's consumer.
 */
@DevConsole(name = "bitbucket", displayName = "Bitbucket", description = "Bitbucket Cloud endpoints and triggers")
public class BitbucketDevConsole extends AbstractDevConsole {

    public BitbucketDevConsole() {
        super("camel", "bitbucket", "Bitbucket", "Bitbucket Cloud endpoints and triggers");
    }

    private List<BitbucketEndpoint> endpoints() {
        List<BitbucketEndpoint> list = new ArrayList<>();
        for (Endpoint e : getCamelContext().getEndpoints()) {
            if (e instanceof BitbucketEndpoint be) {
                list.add(be);
            }
        }
        return list;
    }

    private java.util.Collection<Connections> connections() {
        BitbucketComponent component = getCamelContext().getComponent("bitbucket", BitbucketComponent.class);
        return component == null ? List.of() : component.connectionsInUse();
    }

    /** The figures of the trigger consuming from an endpoint (its route's consumer), or null for an action. */
    private Map<String, Object> trigger(BitbucketEndpoint e) {
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getEndpoint() != e) {
                continue;
            }
            Map<String, Object> t = new LinkedHashMap<>();
            if (route.getConsumer() instanceof BitbucketConsumer c) {
                t.put("watermark", c.getWatermarks());
                t.put("lastPollTime", c.getLastPollTime());
                t.put("itemsDelivered", c.getItemsDelivered());
                t.put("lastError", c.getLastFailure());
                t.put("delivery", c.getDeliveryMode());
                t.put("webhookPath", c.getWebhookPath());
                if (!c.connectionStatus().isEmpty()) {
                    // connection=* or repoSlug=*: each connection's budget use, 429 hold, last poll and error
                    t.put("connections", c.connectionStatus());
                }
                return t;
            }
            if (route.getConsumer() instanceof BitbucketWebhookConsumer c) {
                t.put("watermark", Map.of());
                t.put("lastPollTime", null);
                t.put("itemsDelivered", c.getItemsDelivered());
                t.put("lastError", c.getLastFailure());
                t.put("delivery", c.getDeliveryMode());
                t.put("webhookPath", c.getWebhookPath());
                return t;
            }
        }
        return null;
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        for (BitbucketEndpoint e : endpoints()) {
            sb.append("\n    ").append(e.toString());
            sb.append("\n        Authentication: ").append(e.getAuthentication());
            sb.append("\n        Token expires at: ").append(e.getTokenExpiresAt());
            sb.append("\n        Granted scopes: ").append(e.getGrantedScopes());
            sb.append("\n        Requests: ").append(e.getRequests()).append(" (retries: ").append(e.getRetries())
                    .append(')');
            sb.append("\n        Last rate-limit headers: ").append(e.getLastRateLimitHeaders());
            Map<String, Object> trigger = trigger(e);
            if (trigger != null) {
                sb.append("\n        Watermark: ").append(trigger.get("watermark"));
                sb.append("\n        Last poll: ").append(trigger.get("lastPollTime"));
                sb.append("\n        Events delivered: ").append(trigger.get("itemsDelivered"));
                sb.append("\n        Last error: ").append(trigger.get("lastError"));
                sb.append("\n        Delivery: ").append(trigger.get("delivery"));
                if (trigger.get("webhookPath") != null) {
                    sb.append("\n        Webhook path: ").append(trigger.get("webhookPath"));
                }
            }
            sb.append('\n');
        }
        for (Connections c : connections()) {
            sb.append("\n    Connections: ").append(c.summary().details()).append('\n');
        }
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        List<JsonObject> list = new ArrayList<>();
        root.put("endpoints", list);
        for (BitbucketEndpoint e : endpoints()) {
            JsonObject jo = new JsonObject();
            jo.put("uri", e.toString());
            jo.put("operation", e.getOperation().name());
            jo.put("authentication", e.getAuthentication());
            jo.put("tokenExpiresAt", e.getTokenExpiresAt());
            jo.put("grantedScopes", e.getGrantedScopes());
            jo.put("requests", e.getRequests());
            jo.put("retries", e.getRetries());
            jo.put("lastRateLimitHeaders", e.getLastRateLimitHeaders());
            Map<String, Object> trigger = trigger(e);
            if (trigger != null) {
                jo.put("trigger", new JsonObject(trigger));
            }
            list.add(jo);
        }
        List<JsonObject> stores = new ArrayList<>();
        for (Connections c : connections()) {
            stores.add(new JsonObject(c.summary().details()));
        }
        root.put("connections", stores);
        return root;
    }
}
