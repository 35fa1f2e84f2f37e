package io.github.camelbitbucket.standin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /user/workspaces} and {@code GET /workspaces/{workspace}}. */
final class WorkspaceHandlers {

    private final Store store;
    private final Http http;

    WorkspaceHandlers(Store store, Http http) {
        this.store = store;
        this.http = http;
    }

    void listWorkspaces(RoutingContext ctx) {
        List<ObjectNode> values = new ArrayList<>();
        store.workspaces.values().stream().sorted(Comparator.comparing(w -> w.path("slug").asText())).forEach(w -> {
            ObjectNode access = Json.MAPPER.createObjectNode().put("type", "workspace_access").put("administrator", true);
            access.set("workspace", w.deepCopy());
            values.add(access);
        });
        Paging.page(http, ctx, values);
    }

    void getWorkspace(RoutingContext ctx) {
        ObjectNode w = store.workspaces.get(ctx.pathParam("ws"));
        if (w == null) {
            http.error(ctx, 404, "No workspace with identifier '" + ctx.pathParam("ws") + "'.", null);
            return;
        }
        http.json(ctx, 200, w);
    }
}
