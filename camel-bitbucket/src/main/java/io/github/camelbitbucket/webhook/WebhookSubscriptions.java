package io.github.camelbitbucket.webhook;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.request.HookCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook subscription a route may manage (scope {@code webhook}): a repository hook when a repository is named, a
 * workspace hook otherwise. An existing hook with the same URL is reused and updated (its events, active, and the
 * secret, which Bitbucket never shows back); a hook created here is removed by {@link #remove}.
 */
public final class WebhookSubscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSubscriptions.class);
    /**
     * A subscription in use: its hook UUID, the repository (null: the workspace) whose hooks it is one of, and whether
     * this route created it.
     */
    public record Subscription(String uuid, String workspace, String repoSlug, boolean created) {

        String hooks() {
            return repoSlug == null ? workspace : workspace + "/" + repoSlug;
        }
    }

    private final BitbucketClient client;
    private final ObjectMapper mapper;

    public WebhookSubscriptions(BitbucketClient client, ObjectMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    /** Registers a hook calling {@code url} for {@code events}, or reuses (and updates) the one already calling it. */
    public Subscription ensure(String workspace, String repoSlug, String url, List<String> events, String secret,
                               String description) {
        String hooks = repoSlug == null ? workspace : workspace + "/" + repoSlug;
        JsonNode existing = null;
        for (Iterator<JsonNode> it = client.pages(HookCall.LIST.request(workspace, repoSlug, null,
                Map.of("pagelen", 100), null), JsonNode.class, 0); it.hasNext();) {
            JsonNode hook = it.next();
            if (hook != null && url.equals(hook.path("url").asText())) {
                existing = hook;
                break;
            }
        }
        if (existing != null) {
            String uuid = existing.path("uuid").asText();
            Set<String> all = new LinkedHashSet<>(events);
            existing.path("events").forEach(e -> all.add(e.asText()));
            client.execute(HookCall.UPDATE.request(workspace, repoSlug, uuid, Map.of(),
                    body(url, new ArrayList<>(all), secret, existing.path("description").asText(description))));
            LOG.info("Reusing the Bitbucket webhook {} of {} (same URL); its events are now {}", uuid, hooks, all);
            return new Subscription(uuid, workspace, repoSlug, false);
        }
        JsonNode created = (JsonNode) client.execute(HookCall.CREATE.request(workspace, repoSlug, null, Map.of(),
                body(url, events, secret, description)), JsonNode.class).value();
        String uuid = created == null ? null : created.path("uuid").asText(null);
        if (uuid == null) {
            throw new IllegalStateException("Bitbucket created the webhook of " + hooks + " but sent no uuid back");
        }
        LOG.info("Registered the Bitbucket webhook {} of {} for {}", uuid, hooks, events);
        return new Subscription(uuid, workspace, repoSlug, true);
    }

    /** Removes the hook if this route created it; a reused hook stays. */
    public void remove(Subscription subscription) {
        if (subscription == null || !subscription.created()) {
            return;
        }
        client.execute(HookCall.DELETE.request(subscription.workspace(), subscription.repoSlug(), subscription.uuid(),
                Map.of(), null));
        LOG.info("Removed the Bitbucket webhook {} of {}", subscription.uuid(), subscription.hooks());
    }

    private byte[] body(String url, List<String> events, String secret, String description) {
        ObjectNode body = mapper.createObjectNode().put("description", description).put("url", url).put("active", true);
        events.forEach(body.putArray("events")::add);
        if (secret != null) {
            body.put("secret", secret);
        }
        try {
            return mapper.writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot write the webhook body", e);
        }
    }
}
