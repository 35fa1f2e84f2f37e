package io.github.camelbitbucket.standin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/**
 * Pipelines: runs on a branch or commit (a custom one by selector), each with one step "Build". A pipeline moves one
 * stage at each read (PENDING, IN_PROGRESS, then COMPLETED/SUCCESSFUL) unless a test finishes or a client stops it.
 * Secured variables answer an empty value. A completed step's log redirects to storage (live row 9), as live does.
 */
final class PipelineHandlers {

    private final Store store;
    private final Http http;
    private final RepositoryHandlers repositories;
    private final Map<String, List<ObjectNode>> pipelines = new ConcurrentHashMap<>();
    private final Map<String, String> logs = new ConcurrentHashMap<>();

    PipelineHandlers(Store store, Http http, RepositoryHandlers repositories) {
        this.store = store;
        this.http = http;
        this.repositories = repositories;
    }

    private List<ObjectNode> of(String repoKey) {
        return pipelines.computeIfAbsent(repoKey, k -> new CopyOnWriteArrayList<>());
    }

    private ObjectNode pipeline(RoutingContext ctx) {
        if (repositories.repo(ctx) == null) {
            return null;
        }
        String uuid = ctx.pathParam("uuid");
        for (ObjectNode p : of(RepositoryHandlers.repoKey(ctx))) {
            if (p.path("uuid").asText().equalsIgnoreCase(uuid)) {
                return p;
            }
        }
        http.error(ctx, 404, "Pipeline " + uuid + " not found", null);
        return null;
    }

    /** One stage on (a read); a completed pipeline stays as it is. */
    private static void advance(ObjectNode p) {
        String name = p.path("state").path("name").asText();
        if ("PENDING".equals(name)) {
            p.set("state", state("IN_PROGRESS", null));
        } else if ("IN_PROGRESS".equals(name)) {
            complete(p, "SUCCESSFUL");
        }
    }

    private static ObjectNode state(String name, String result) {
        ObjectNode s = Json.MAPPER.createObjectNode().put("type", "pipeline_state_" + name.toLowerCase()).put("name", name);
        if (result != null) {
            s.putObject("result").put("type", "pipeline_state_completed_" + result.toLowerCase()).put("name", result);
        }
        return s;
    }

    private static void complete(ObjectNode p, String result) {
        p.set("state", state("COMPLETED", result));
        p.put("completed_on", Json.now()).put("build_seconds_used", 42);
    }

    /** Finishes a pipeline by build number with a result (tests); false when there is none. */
    boolean finish(String ws, String repo, long buildNumber, String result) {
        for (ObjectNode p : of(ws + "/" + repo)) {
            if (p.path("build_number").asLong() == buildNumber) {
                complete(p, result);
                return true;
            }
        }
        return false;
    }

    void list(RoutingContext ctx) {
        if (repositories.repo(ctx) != null) {
            List<ObjectNode> all = new ArrayList<>();
            for (ObjectNode p : of(RepositoryHandlers.repoKey(ctx))) {
                advance(p);
                all.add(p.deepCopy());
            }
            // live: oldest first unless sort=-created_on; q is not supported on pipelines
            if ("-created_on".equals(ctx.request().getParam("sort"))) {
                java.util.Collections.reverse(all);
            }
            Paging.page(http, ctx, all, 100, false);
        }
    }

    void get(RoutingContext ctx) {
        ObjectNode p = pipeline(ctx);
        if (p != null) {
            advance(p);
            http.json(ctx, 200, p);
        }
    }

    void run(RoutingContext ctx) {
        if (repositories.repo(ctx) == null) {
            return;
        }
        ObjectNode body = http.body(ctx);
        JsonNode target = body.path("target");
        String type = target.path("type").asText("");
        String hash = target.path("commit").path("hash").asText("");
        String branch = target.path("ref_name").asText("");
        List<ObjectNode> commits = "pipeline_ref_target".equals(type)
                ? store.commits.get(RepositoryHandlers.repoKey(ctx) + "/" + branch) : null;
        if ("pipeline_ref_target".equals(type) && (commits == null || commits.isEmpty())) {
            http.error(ctx, 400, "Branch \"" + branch + "\" does not exist", null);
            return;
        }
        if (!"pipeline_ref_target".equals(type) && !("pipeline_commit_target".equals(type) && !hash.isEmpty())) {
            http.error(ctx, 400, "target: a pipeline_ref_target or a pipeline_commit_target with a commit is required",
                    null);
            return;
        }
        ObjectNode p = create(RepositoryHandlers.repoKey(ctx), type, branch, hash.isEmpty() ? commits.get(0).path("hash").asText() : hash,
                target.path("selector"), body.path("variables"), OAuthProvider.account(ctx).json());
        ctx.response().putHeader("Location", p.path("links").path("self").path("href").asText());
        http.json(ctx, 201, p);
    }

    /** A new PENDING pipeline with one step, its log kept for storage. */
    ObjectNode create(String repoKey, String type, String branch, String hash, JsonNode selector, JsonNode variables,
                      JsonNode creator) {
        List<ObjectNode> ofRepo = of(repoKey);
        ObjectNode p = Json.MAPPER.createObjectNode().put("type", "pipeline").put("uuid", "{" + UUID.randomUUID() + "}")
                .put("build_number", ofRepo.size() + 1);
        p.set("creator", creator);
        ObjectNode t = p.putObject("target").put("type", type);
        if (!branch.isEmpty()) {
            t.put("ref_type", "branch").put("ref_name", branch);
        }
        t.putObject("commit").put("type", "commit").put("hash", hash);
        if (selector.isObject()) {
            t.set("selector", selector.deepCopy());
        }
        p.putObject("trigger").put("type", "pipeline_trigger_manual");
        p.set("state", state("PENDING", null));
        ArrayNode vars = p.putArray("variables");
        for (JsonNode v : variables) {
            boolean secured = v.path("secured").asBoolean(false);
            vars.addObject().put("type", "pipeline_variable").put("key", v.path("key").asText())
                    .put("value", secured ? "" : v.path("value").asText()).put("secured", secured);
        }
        p.put("created_on", Json.now());
        p.putObject("links").putObject("self").put("href", http.baseUrl() + "/repositories/" + repoKey
                                                             + "/pipelines/" + p.path("uuid").asText());
        ofRepo.add(p);
        logs.put(stepUuid(p), "+ ./build.sh\nBuilding " + hash + "\nBuild done.\n");
        return p;
    }

    /** Starts a pipeline on a branch's head (tests); its uuid and its step's uuid. */
    String[] start(String ws, String repo, String branch) {
        List<ObjectNode> commits = store.commits.get(ws + "/" + repo + "/" + branch);
        ObjectNode p = create(ws + "/" + repo, "pipeline_ref_target", branch, commits.get(0).path("hash").asText(),
                Json.MAPPER.missingNode(), Json.MAPPER.createArrayNode(),
                Json.MAPPER.createObjectNode().put("display_name", "Demo User"));
        return new String[] {p.path("uuid").asText(), stepUuid(p)};
    }

    void stop(RoutingContext ctx) {
        ObjectNode p = pipeline(ctx);
        if (p == null) {
            return;
        }
        if ("COMPLETED".equals(p.path("state").path("name").asText())) {
            http.error(ctx, 400, "The pipeline has already completed.", null);
            return;
        }
        complete(p, "STOPPED");
        http.noContent(ctx);
    }

    private static String stepUuid(ObjectNode p) {
        return "{" + UUID.nameUUIDFromBytes(p.path("uuid").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8))
               + "}";
    }

    void steps(RoutingContext ctx) {
        ObjectNode p = pipeline(ctx);
        if (p != null) {
            ObjectNode step = Json.MAPPER.createObjectNode().put("type", "pipeline_step").put("uuid", stepUuid(p))
                    .put("name", "Build").put("started_on", p.path("created_on").asText());
            if (p.hasNonNull("completed_on")) {
                step.put("completed_on", p.path("completed_on").asText());
            }
            step.set("state", p.path("state").deepCopy());
            Paging.page(http, ctx, new ArrayList<>(List.of(step)), 100, false);
        }
    }

    /** Row 9: a completed step's log moved to storage: 307 there; a running step's log answers here. */
    void log(RoutingContext ctx) {
        ObjectNode p = pipeline(ctx);
        if (p == null) {
            return;
        }
        String step = ctx.pathParam("step");
        if (!stepUuid(p).equalsIgnoreCase(step)) {
            http.error(ctx, 404, "Step " + step + " not found", null);
            return;
        }
        if ("COMPLETED".equals(p.path("state").path("name").asText())) {
            http.record(ctx, 307, null);
            ctx.response().setStatusCode(307).putHeader("Location", http.baseUrl().replaceAll("/2\\.0$", "")
                                                                    + "/standin-storage/logs/" + step.replaceAll("[{}]", ""))
                    .end();
            return;
        }
        String text = "+ ./build.sh\n";
        http.record(ctx, 200, text);
        ctx.response().setStatusCode(200).putHeader("Content-Type", "application/octet-stream").end(text);
    }

    /** Where completed logs are kept (no credential needed, as live storage links are signed). */
    void storedLog(RoutingContext ctx) {
        String text = logs.get("{" + ctx.pathParam("id") + "}");
        if (text == null) {
            ctx.response().setStatusCode(404).end();
            return;
        }
        ctx.response().setStatusCode(200).putHeader("Content-Type", "application/octet-stream").end(text);
    }
}
