package io.github.camelbitbucket;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code bitbucket} dev console: per endpoint, the authentication mode (never a secret), token expiry, granted
 * scopes, requests and retries so far, the last rate-limit headers; per trigger, its watermark, last poll, events
 * delivered and last error. The same figures are JMX attributes of the endpoint.
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
            if (e.getConsumer() != null) {
                sb.append("\n        Watermark: ").append(e.getWatermark());
                sb.append("\n        Last poll: ").append(e.getLastPollTime());
                sb.append("\n        Events delivered: ").append(e.getItemsDelivered());
                sb.append("\n        Last error: ").append(e.getLastError());
                sb.append("\n        Delivery: ").append(e.getDeliveryMode());
                if (e.getWebhookPath() != null) {
                    sb.append("\n        Webhook path: ").append(e.getWebhookPath());
                }
            }
            sb.append('\n');
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
            if (e.getConsumer() != null) {
                JsonObject trigger = new JsonObject();
                trigger.put("watermark", e.getConsumer().getWatermarks());
                trigger.put("lastPollTime", e.getLastPollTime());
                trigger.put("itemsDelivered", e.getItemsDelivered());
                trigger.put("lastError", e.getLastError());
                trigger.put("delivery", e.getDeliveryMode());
                trigger.put("webhookPath", e.getWebhookPath());
                jo.put("trigger", trigger);
            }
            list.add(jo);
        }
        return root;
    }
}
