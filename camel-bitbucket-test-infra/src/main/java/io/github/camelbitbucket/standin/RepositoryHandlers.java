package io.github.camelbitbucket.standin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/** Repositories, their pull requests (OPEN unless {@code state} asks for more, as live) and commits. */
final class RepositoryHandlers {

    private final Store store;
    private final Http http;
    private final LiveBehaviour live;

    RepositoryHandlers(Store store, Http http, LiveBehaviour live) {
        this.store = store;
        this.http = http;
        this.live = live;
    }

    void listRepositories(RoutingContext ctx) {
        Map<String, ObjectNode> r = store.repositories.get(ctx.pathParam("ws"));
        if (r == null) {
            http.error(ctx, 404, "No workspace with identifier '" + ctx.pathParam("ws") + "'.", null);
            return;
        }
        Paging.page(http, ctx, new ArrayList<>(r.values()));
    }

    ObjectNode repo(RoutingContext ctx) {
        ObjectNode r = store.repositories.getOrDefault(ctx.pathParam("ws"), Map.of()).get(ctx.pathParam("repo"));
        if (r == null) {
            http.error(ctx, 404, "Repository " + ctx.pathParam("ws") + "/" + ctx.pathParam("repo") + " not found", null);
        }
        return r;
    }

    void getRepository(RoutingContext ctx) {
        ObjectNode r = repo(ctx);
        if (r != null) {
            http.json(ctx, 200, r);
        }
    }

    void listPullRequests(RoutingContext ctx) {
        ObjectNode r = repo(ctx);
        if (r == null) {
            return;
        }
        // row 2: without state, OPEN only. Reports disagree on state next to q: with the switch on, q alone decides
        // (state and the OPEN default are ignored), so a client must put the states into q as well
        List<String> states = ctx.queryParam("state");
        boolean qDecides = ctx.request().getParam("q") != null && live.isStateIgnoredWithQ();
        List<String> wanted = states.isEmpty() ? List.of("OPEN") : states;
        List<ObjectNode> values = new ArrayList<>();
        for (ObjectNode pr : store.pullRequests.get(ctx.pathParam("ws") + "/" + ctx.pathParam("repo"))) {
            if (qDecides || wanted.contains(pr.path("state").asText())) {
                values.add(pr);
            }
        }
        // row 1: pagelen above 50 answers 400 on pull request lists
        Paging.page(http, ctx, values, 50);
    }

    /** Row 9: the diff of a pull request answers 302 to the diff service (same host here), which serves text. */
    void pullRequestDiff(RoutingContext ctx) {
        if (repo(ctx) == null) {
            return;
        }
        String target = http.baseUrl() + "/repositories/" + ctx.pathParam("ws") + "/" + ctx.pathParam("repo")
                        + "/diff/pr-" + ctx.pathParam("id");
        http.record(ctx, 302, null);
        ctx.response().setStatusCode(302).putHeader("Location", target).end();
    }

    void diff(RoutingContext ctx) {
        if (repo(ctx) == null) {
            return;
        }
        String text = "diff --git a/README.md b/README.md\n--- a/README.md\n+++ b/README.md\n@@ -1 +1 @@\n-old\n+new\n";
        http.record(ctx, 200, text);
        ctx.response().setStatusCode(200).putHeader("Content-Type", "text/plain; charset=utf-8").end(text);
    }

    void listCommits(RoutingContext ctx) {
        ObjectNode r = repo(ctx);
        if (r == null) {
            return;
        }
        List<ObjectNode> list = store.commits.get(ctx.pathParam("ws") + "/" + ctx.pathParam("repo") + "/" + ctx.pathParam("rev"));
        if (list == null) {
            http.error(ctx, 404, "Commit not found", "Unknown revision " + ctx.pathParam("rev"));
            return;
        }
        Paging.page(http, ctx, new ArrayList<>(list));
    }
}
