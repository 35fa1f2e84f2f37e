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

    RepositoryHandlers(Store store, Http http) {
        this.store = store;
        this.http = http;
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
        List<String> states = ctx.queryParam("state");
        List<String> wanted = states.isEmpty() ? List.of("OPEN") : states;
        List<ObjectNode> values = new ArrayList<>();
        for (ObjectNode pr : store.pullRequests.get(ctx.pathParam("ws") + "/" + ctx.pathParam("repo"))) {
            if (wanted.contains(pr.path("state").asText())) {
                values.add(pr);
            }
        }
        Paging.page(http, ctx, values);
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
