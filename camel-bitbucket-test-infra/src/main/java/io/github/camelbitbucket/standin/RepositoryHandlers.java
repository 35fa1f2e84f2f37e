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
        String role = ctx.request().getParam("role");
        if (role != null && !List.of("member", "contributor", "admin", "owner").contains(role)) {
            throw new IllegalArgumentException("Invalid role " + role);
        }
        Map<String, ObjectNode> r = store.repositories.get(ctx.pathParam("ws"));
        if (r == null) {
            http.error(ctx, 404, "No workspace with identifier '" + ctx.pathParam("ws") + "'.", null);
            return;
        }
        // the demo account administers every workspace but acme-labs (as /user/workspaces says): role=admin and
        // role=owner list only the repositories it administers there, member and contributor every one
        boolean admin = !"acme-labs".equals(ctx.pathParam("ws"));
        boolean adminOnly = "admin".equals(role) || "owner".equals(role);
        Paging.page(http, ctx, adminOnly && !admin ? new ArrayList<>() : new ArrayList<>(r.values()));
    }

    /** The key of the path's repository in the store's maps: {@code ws/repo}. */
    static String repoKey(RoutingContext ctx) {
        return ctx.pathParam("ws") + "/" + ctx.pathParam("repo");
    }

    ObjectNode repo(RoutingContext ctx) {
        ObjectNode r = store.repositories.getOrDefault(ctx.pathParam("ws"), Map.of()).get(ctx.pathParam("repo"));
        if (r == null) {
            http.error(ctx, 404, "Repository " + ctx.pathParam("ws") + "/" + ctx.pathParam("repo") + " not found", null);
        }
        return r;
    }

    /** POST a repository: 400 when the slug is taken; its project from the body, else the workspace's first. */
    void createRepository(RoutingContext ctx) {
        String ws = ctx.pathParam("ws");
        String slug = ctx.pathParam("repo");
        if (store.workspaces.get(ws) == null) {
            http.error(ctx, 404, "Workspace " + ws + " not found", null);
            return;
        }
        if (store.repositories.getOrDefault(ws, Map.of()).containsKey(slug)) {
            http.error(ctx, 400, "Repository with this Slug and Owner already exists.", null);
            return;
        }
        ObjectNode body = http.body(ctx);
        String key = body.path("project").path("key").asText("");
        Map<String, ObjectNode> projects = store.projects.getOrDefault(ws, Map.of());
        if (key.isEmpty() && !projects.isEmpty()) {
            key = projects.keySet().iterator().next();
        }
        if (!projects.containsKey(key)) {
            http.error(ctx, 400, "project: no project with key '" + key + "'", null);
            return;
        }
        store.repositories.computeIfAbsent(ws, k -> new java.util.concurrent.ConcurrentHashMap<>());
        store.repository(ws, slug, key, body.path("language").asText(""));
        ObjectNode r = store.repositories.get(ws).get(slug);
        apply(r, body);
        store.events.fire(ws, slug, "repo:created", r, Map.of());
        http.json(ctx, 200, r);
    }

    private static void apply(ObjectNode r, ObjectNode body) {
        if (body.hasNonNull("name")) {
            r.put("name", body.get("name").asText());
        }
        if (body.hasNonNull("description")) {
            r.put("description", body.get("description").asText());
        }
        if (body.has("is_private")) {
            r.put("is_private", body.get("is_private").asBoolean());
        }
        r.put("updated_on", Json.now());
    }

    void updateRepository(RoutingContext ctx) {
        ObjectNode r = repo(ctx);
        if (r != null) {
            apply(r, http.body(ctx));
            http.json(ctx, 200, r);
        }
    }

    void deleteRepository(RoutingContext ctx) {
        if (repo(ctx) != null) {
            store.repositories.get(ctx.pathParam("ws")).remove(ctx.pathParam("repo"));
            http.noContent(ctx);
        }
    }

    /** A fork into the body's workspace (default: the same), named by the body's name (default: the same slug). */
    void forkRepository(RoutingContext ctx) {
        ObjectNode parent = repo(ctx);
        if (parent == null) {
            return;
        }
        ObjectNode body = http.body(ctx);
        String ws = body.path("workspace").path("slug").asText(ctx.pathParam("ws"));
        String slug = body.path("name").asText(ctx.pathParam("repo")).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-");
        if (store.workspaces.get(ws) == null || store.projects.getOrDefault(ws, Map.of()).isEmpty()) {
            http.error(ctx, 400, "workspace: cannot fork into " + ws, null);
            return;
        }
        if (store.repositories.getOrDefault(ws, Map.of()).containsKey(slug)) {
            http.error(ctx, 400, "Repository with this Slug and Owner already exists.", null);
            return;
        }
        store.repository(ws, slug, store.projects.get(ws).keySet().iterator().next(),
                parent.path("language").asText(""));
        ObjectNode fork = store.repositories.get(ws).get(slug);
        apply(fork, body);
        fork.putObject("parent").put("type", "repository").put("full_name", parent.path("full_name").asText())
                .put("uuid", parent.path("uuid").asText());
        http.json(ctx, 201, fork);
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

    /** Row 9: a pull request's diffstat redirects (302) to the repository's diffstat of its commits, query kept. */
    void pullRequestDiffstat(RoutingContext ctx) {
        if (repo(ctx) == null) {
            return;
        }
        String query = ctx.request().query();
        String target = http.baseUrl() + "/repositories/" + ctx.pathParam("ws") + "/" + ctx.pathParam("repo")
                        + "/diffstat/pr-" + ctx.pathParam("id") + (query == null ? "" : "?" + query);
        http.record(ctx, 302, null);
        ctx.response().setStatusCode(302).putHeader("Location", target).end();
    }

    /** The changed files of a diff spec: one changed README and one added file, as the stand-in's diff shows. */
    void diffstat(RoutingContext ctx) {
        if (repo(ctx) == null) {
            return;
        }
        java.util.List<ObjectNode> files = new ArrayList<>();
        ObjectNode changed = Json.MAPPER.createObjectNode().put("type", "diffstat").put("status", "modified")
                .put("lines_added", 1).put("lines_removed", 1);
        changed.putObject("old").put("type", "commit_file").put("path", "README.md");
        changed.putObject("new").put("type", "commit_file").put("path", "README.md");
        files.add(changed);
        ObjectNode added = Json.MAPPER.createObjectNode().put("type", "diffstat").put("status", "added")
                .put("lines_added", 12).put("lines_removed", 0);
        added.putNull("old");
        added.putObject("new").put("type", "commit_file").put("path", "src/Login.java");
        files.add(added);
        Paging.page(http, ctx, files);
    }

    void diff(RoutingContext ctx) {
        if (repo(ctx) == null) {
            return;
        }
        String text = "diff --git a/README.md b/README.md\n--- a/README.md\n+++ b/README.md\n@@ -1 +1 @@\n-old\n+new\n";
        http.record(ctx, 200, text);
        ctx.response().setStatusCode(200).putHeader("Content-Type", "text/plain; charset=utf-8").end(text);
    }

    /**
     * {@code /commits[/{revision}]?include=..&exclude=..}, as git log: the commits reachable from the revision or the
     * include refs and not from the exclude refs, newest first. Live rows: {@code q} is ignored on commits (3), a
     * revision with {@code /} in the path answers 404 (4); the answer pages by an opaque {@code next}, without
     * {@code page} or {@code size}.
     */
    /** Where a commits page token (base64url of "after:N") starts, or -1 for a token the stand-in did not make. */
    static int commitPageStart(String token) {
        try {
            String text = new String(java.util.Base64.getUrlDecoder().decode(token), java.nio.charset.StandardCharsets.UTF_8);
            if (!text.matches("after:[0-9]{1,9}")) {
                return -1;
            }
            return Integer.parseInt(text.substring("after:".length()));
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    void listCommits(RoutingContext ctx) {
        ObjectNode r = repo(ctx);
        if (r == null) {
            return;
        }
        String key = ctx.pathParam("ws") + "/" + ctx.pathParam("repo");
        String rev = ctx.pathParam("rev");
        if (rev != null && rev.contains("/")) {
            http.error(ctx, 404, "Commit not found", "Unknown revision " + rev);
            return;
        }
        List<String> include = new ArrayList<>(ctx.queryParam("include"));
        if (rev != null) {
            include.add(0, rev);
        }
        if (include.isEmpty()) {
            // no revision and no include: every branch ("git log --all"), as the description says
            store.commits.keySet().stream().filter(k -> k.startsWith(key + "/"))
                    .forEach(k -> include.add(k.substring(key.length() + 1)));
        }
        java.util.LinkedHashMap<String, ObjectNode> reachable = new java.util.LinkedHashMap<>();
        for (String ref : include) {
            List<ObjectNode> from = reachableFrom(key, ref);
            if (from == null) {
                http.error(ctx, 404, "Commit not found", "Unknown revision " + ref);
                return;
            }
            from.forEach(c -> reachable.putIfAbsent(c.path("hash").asText(), c));
        }
        for (String ref : ctx.queryParam("exclude")) {
            List<ObjectNode> from = reachableFrom(key, ref);
            if (from == null) {
                // a commit a force push left behind and the repository collected
                http.error(ctx, 404, "Commit not found", "Unknown revision " + ref);
                return;
            }
            from.forEach(c -> reachable.remove(c.path("hash").asText()));
        }
        // topological order, newest first (as Bitbucket lists them), not by date: merged old work is near the top
        List<ObjectNode> values = new ArrayList<>(reachable.values());
        String pagelenParam = ctx.request().getParam("pagelen");
        int pagelen;
        try {
            pagelen = pagelenParam == null ? 30 : Integer.parseInt(pagelenParam);
        } catch (NumberFormatException e) {
            pagelen = -1;
        }
        if (pagelen < 10 || pagelen > 100) {
            // refused, not capped, as on every other collection
            http.error(ctx, 400, "Invalid pagelen", null);
            return;
        }
        String token = ctx.request().getParam("page");
        int from = token == null ? 0 : commitPageStart(token);
        if (from < 0) {
            // an opaque token the stand-in did not hand out: one plain 400, whatever is wrong with it
            http.error(ctx, 400, "Invalid page", null);
            return;
        }
        int to = Math.min(values.size(), from + pagelen);
        ObjectNode body = Json.MAPPER.createObjectNode().put("pagelen", pagelen);
        com.fasterxml.jackson.databind.node.ArrayNode page = body.putArray("values");
        values.subList(Math.min(from, values.size()), to).forEach(page::add);
        if (to < values.size()) {
            String next = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + to).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            String query = ctx.request().query() == null ? "" : ctx.request().query().replaceAll("(^|&)page=[^&]*", "");
            body.put("next", http.baseUrl().replace("/2.0", "") + ctx.request().path() + "?"
                             + (query.isEmpty() || query.equals("&") ? "" : query.replaceFirst("^&", "") + "&")
                             + "page=" + next);
        }
        http.json(ctx, 200, body);
    }

    /** The commits reachable from a branch name or a hash, newest first; null when the ref is unknown. */
    private List<ObjectNode> reachableFrom(String repoKey, String ref) {
        List<ObjectNode> branch = store.commits.get(repoKey + "/" + ref);
        if (branch != null) {
            return branch;
        }
        for (java.util.Map.Entry<String, List<ObjectNode>> e : store.commits.entrySet()) {
            if (!e.getKey().startsWith(repoKey + "/")) {
                continue;
            }
            List<ObjectNode> list = e.getValue();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).path("hash").asText().equals(ref)) {
                    return list.subList(i, list.size());
                }
            }
        }
        return null;
    }
}
