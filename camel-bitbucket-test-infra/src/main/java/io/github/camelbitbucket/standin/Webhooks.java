package io.github.camelbitbucket.standin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/**
 * Bitbucket's webhooks, as the stand-in plays them: the hooks API of repositories and workspaces (scope webhook; the
 * secret is never shown back, only {@code secret_set}), and signed deliveries when the data changes: a POST per
 * subscribed hook with {@code X-Event-Key}, {@code X-Hook-UUID}, {@code X-Request-UUID}, {@code X-Attempt-Number} and,
 * with a secret, {@code X-Hub-Signature: sha256=<hex HMAC-SHA256 of the body>}; as live Bitbucket, only a delivery
 * answered 5xx is sent again (same request UUID, next attempt number), at most twice more and at once; a 4xx or an
 * unreachable receiver loses it. Switches drop or duplicate deliveries for tests. Written from
 * Bitbucket's documentation, sharing no code with the component.
 */
public final class Webhooks {

    /** One delivery attempt as sent: where, which event, its ids, and the receiver's status (0: not reached). */
    public record Sent(String url, String hookUuid, String eventKey, String requestUuid, int attempt, int status,
                       boolean dropped) {
    }

    private final Http http;
    /** Hooks by owner: "ws" (workspace hooks) or "ws/repo" (repository hooks), each by UUID. */
    private final Map<String, Map<String, ObjectNode>> hooks = new ConcurrentHashMap<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stand-in webhooks");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger dropNext = new AtomicInteger();
    private volatile boolean duplicate;
    /** Live Bitbucket re-sends at once; tests may slow it down. */
    private volatile long retryDelayMillis = 0;

    Webhooks(Http http) {
        this.http = http;
    }

    // ------------------------------------------------------------------ switches and records (tests)

    /** The next {@code n} deliveries are lost on the way (never reach the receiver, never retried). */
    public void dropNext(int n) {
        dropNext.set(n);
    }

    /** Sends every delivery twice with the same X-Request-UUID, as Bitbucket's retries can. */
    public void duplicate(boolean on) {
        this.duplicate = on;
    }

    /** The pause before a retry (attempt n waits n times this). */
    public void retryDelayMillis(long millis) {
        this.retryDelayMillis = millis;
    }

    /** Every delivery attempt so far, oldest first. */
    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The hooks of a repository, or of a workspace with {@code repo} null, as the API shows them. */
    public List<ObjectNode> hooks(String ws, String repo) {
        return List.copyOf(hooks.getOrDefault(owner(ws, repo), Map.of()).values());
    }

    /** Adds a hook as if registered in Bitbucket's UI; returns its UUID. */
    public String addHook(String ws, String repo, String url, String secret, String... events) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("url", url).put("description", "added in the UI")
                .put("active", true);
        for (String e : events) {
            body.withArray("events").add(e);
        }
        if (secret != null) {
            body.put("secret", secret);
        }
        return store(owner(ws, repo), body, null).path("uuid").asText();
    }

    /** Removes a hook as if deleted in Bitbucket's UI. */
    public void removeHook(String ws, String repo, String uuid) {
        hooks.getOrDefault(owner(ws, repo), Map.of()).remove(uuid);
        secrets.remove(uuid);
    }

    private static String owner(String ws, String repo) {
        return repo == null ? ws : ws + "/" + repo;
    }

    // ------------------------------------------------------------------ the hooks API

    void list(RoutingContext ctx) {
        Paging.page(http, ctx, new ArrayList<>(hooks.getOrDefault(owner(ctx), Map.of()).values()));
    }

    void create(RoutingContext ctx) {
        ObjectNode body = http.body(ctx);
        String problem = invalid(body);
        if (problem != null) {
            http.error(ctx, 400, "Bad request", problem);
            return;
        }
        http.json(ctx, 201, store(owner(ctx), body, null));
    }

    void get(RoutingContext ctx) {
        ObjectNode hook = hooks.getOrDefault(owner(ctx), Map.of()).get(ctx.pathParam("uid"));
        if (hook == null) {
            http.error(ctx, 404, "Webhook not found", null);
            return;
        }
        http.json(ctx, 200, hook);
    }

    void update(RoutingContext ctx) {
        ObjectNode hook = hooks.getOrDefault(owner(ctx), Map.of()).get(ctx.pathParam("uid"));
        if (hook == null) {
            http.error(ctx, 404, "Webhook not found", null);
            return;
        }
        ObjectNode body = http.body(ctx);
        String problem = invalid(body);
        if (problem != null) {
            http.error(ctx, 400, "Bad request", problem);
            return;
        }
        http.json(ctx, 200, store(owner(ctx), body, hook.path("uuid").asText()));
    }

    void delete(RoutingContext ctx) {
        ObjectNode removed = hooks.getOrDefault(owner(ctx), Map.of()).remove(ctx.pathParam("uid"));
        if (removed == null) {
            http.error(ctx, 404, "Webhook not found", null);
            return;
        }
        secrets.remove(removed.path("uuid").asText());
        http.noContent(ctx);
    }

    private static String owner(RoutingContext ctx) {
        return ctx.pathParam("repo") == null ? ctx.pathParam("ws") : ctx.pathParam("ws") + "/" + ctx.pathParam("repo");
    }

    private static String invalid(ObjectNode body) {
        if (!body.path("url").isTextual() || !body.path("url").asText().matches("https?://.+")) {
            return "url is required and must be an http(s) URL";
        }
        if (!body.path("events").isArray() || body.path("events").isEmpty()) {
            return "events is required";
        }
        return null;
    }

    private ObjectNode store(String owner, ObjectNode body, String uuid) {
        String id = uuid == null ? "{" + UUID.randomUUID() + "}" : uuid;
        ObjectNode hook = Json.MAPPER.createObjectNode().put("type", "webhook_subscription").put("uuid", id)
                .put("url", body.path("url").asText()).put("description", body.path("description").asText(""))
                .put("active", body.path("active").asBoolean(true)).put("created_at", Json.now());
        hook.set("events", body.path("events").deepCopy());
        if (body.hasNonNull("secret")) {
            secrets.put(id, body.get("secret").asText());
        } else if (uuid == null) {
            secrets.remove(id);
        }
        hook.put("secret_set", secrets.containsKey(id));
        hooks.computeIfAbsent(owner, k -> new ConcurrentHashMap<>()).put(id, hook);
        return hook;
    }

    // ------------------------------------------------------------------ deliveries

    /**
     * An event happened: the hooks of the repository and of its workspace that subscribe to it get a delivery.
     *
     * @param repository the repository node (null for workspace events such as project:updated)
     * @param fields     the payload's own fields (pullrequest, issue, push, project, approval, ...)
     */
    void fire(String ws, String repo, String eventKey, JsonNode repository, Map<String, ? extends JsonNode> fields) {
        ObjectNode payload = Json.MAPPER.createObjectNode();
        ObjectNode actor = payload.putObject("actor").put("type", "user").put("display_name", "Demo User")
                .put("uuid", "{demo-user}");
        actor.put("account_id", "557058:demo");
        if (repository != null) {
            ObjectNode r = payload.putObject("repository").put("type", "repository")
                    .put("full_name", repository.path("full_name").asText()).put("name", repository.path("name").asText())
                    .put("uuid", repository.path("uuid").asText());
            r.putObject("workspace").put("type", "workspace").put("slug", ws);
        } else {
            payload.putObject("workspace").put("type", "workspace").put("slug", ws);
        }
        fields.forEach((name, value) -> payload.set(name, value.deepCopy()));
        byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
        List<ObjectNode> targets = new ArrayList<>();
        if (repo != null) {
            targets.addAll(hooks.getOrDefault(ws + "/" + repo, Map.of()).values());
        }
        targets.addAll(hooks.getOrDefault(ws, Map.of()).values());
        for (ObjectNode hook : targets) {
            boolean subscribed = false;
            for (JsonNode e : hook.path("events")) {
                subscribed |= eventKey.equals(e.asText());
            }
            if (!hook.path("active").asBoolean() || !subscribed) {
                continue;
            }
            String requestUuid = UUID.randomUUID().toString();
            sender.execute(() -> deliver(hook, eventKey, requestUuid, body));
        }
    }

    private void deliver(ObjectNode hook, String eventKey, String requestUuid, byte[] body) {
        String url = hook.path("url").asText();
        String hookUuid = hook.path("uuid").asText();
        if (dropNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            sent.add(new Sent(url, hookUuid, eventKey, requestUuid, 1, 0, true));
            return;
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            int status = post(url, hookUuid, eventKey, requestUuid, attempt, body);
            sent.add(new Sent(url, hookUuid, eventKey, requestUuid, attempt, status, false));
            if (duplicate && status / 100 == 2) {
                int again = post(url, hookUuid, eventKey, requestUuid, attempt + 1, body);
                sent.add(new Sent(url, hookUuid, eventKey, requestUuid, attempt + 1, again, false));
            }
            if (status / 100 != 5) {
                return; // delivered, or refused (4xx) or unreachable: only a 5xx is sent again
            }
            try {
                Thread.sleep(retryDelayMillis * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int post(String url, String hookUuid, String eventKey, String requestUuid, int attempt, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("User-Agent", "Bitbucket-Webhooks/2.0")
                .header("X-Event-Key", eventKey).header("X-Hook-UUID", hookUuid).header("X-Request-UUID", requestUuid)
                .header("X-Attempt-Number", String.valueOf(attempt))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        String secret = secrets.get(hookUuid);
        if (secret != null) {
            request.header("X-Hub-Signature", "sha256=" + hmac(secret, body));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
    }

    /** Bitbucket's signature: hex HMAC-SHA256 of the body keyed by the hook's secret. */
    public static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    void close() {
        sender.shutdownNow();
    }
}
