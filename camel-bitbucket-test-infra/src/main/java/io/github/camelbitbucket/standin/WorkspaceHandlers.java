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

    /**
     * The workspaces of the account the credential acts as. The demo user sees every one and administers every one but
     * acme-labs (so that administrator=false has an answer).
     */
    void listWorkspaces(RoutingContext ctx) {
        String administrator = ctx.request().getParam("administrator");
        if (administrator != null && !"true".equals(administrator) && !"false".equals(administrator)) {
            throw new IllegalArgumentException("Invalid administrator " + administrator);
        }
        List<ObjectNode> values = new ArrayList<>();
        Accounts.Account account = OAuthProvider.account(ctx);
        store.workspaces.values().stream().filter(w -> account == null || account.sees(w.path("slug").asText()))
                .sorted(Comparator.comparing(w -> w.path("slug").asText())).forEach(w -> {
            boolean admin = !"acme-labs".equals(w.path("slug").asText());
            if (administrator == null || Boolean.parseBoolean(administrator) == admin) {
                ObjectNode access = Json.MAPPER.createObjectNode().put("type", "workspace_access")
                        .put("administrator", admin);
                access.set("workspace", w.deepCopy());
                values.add(access);
            }
        });
        Paging.page(http, ctx, values);
    }

    void getWorkspace(RoutingContext ctx) {
        // a workspace is named by its slug or its UUID in braces
        ObjectNode w = store.workspaces.get(ctx.pathParam("ws"));
        if (w == null) {
            w = store.workspaces.values().stream().filter(x -> x.path("uuid").asText().equals(ctx.pathParam("ws")))
                    .findFirst().orElse(null);
        }
        if (w == null) {
            http.error(ctx, 404, "No workspace with identifier '" + ctx.pathParam("ws") + "'.", null);
            return;
        }
        http.json(ctx, 200, w);
    }

    /** The members of a workspace: the accounts that see it. */
    void listMembers(RoutingContext ctx, Accounts accounts) {
        ObjectNode ws = store.workspaces.get(ctx.pathParam("ws"));
        if (ws == null) {
            http.error(ctx, 404, "Workspace " + ctx.pathParam("ws") + " not found", null);
            return;
        }
        java.util.List<ObjectNode> members = new java.util.ArrayList<>();
        for (String id : accounts.ids()) {
            Accounts.Account a = accounts.get(id);
            if (a.sees(ctx.pathParam("ws"))) {
                ObjectNode m = Json.MAPPER.createObjectNode().put("type", "workspace_membership");
                m.set("user", a.json());
                m.putObject("workspace").put("type", "workspace").put("slug", ws.path("slug").asText())
                        .put("name", ws.path("name").asText());
                members.add(m);
            }
        }
        Paging.page(http, ctx, members);
    }
}
