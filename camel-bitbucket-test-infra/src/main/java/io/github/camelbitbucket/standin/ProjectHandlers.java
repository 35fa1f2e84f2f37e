package io.github.camelbitbucket.standin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/** Projects of a workspace: list, get, create, create-or-update (PUT, renames), delete. */
final class ProjectHandlers {

    private final Store store;
    private final Http http;
    private final LiveBehaviour live;

    ProjectHandlers(Store store, Http http, LiveBehaviour live) {
        this.store = store;
        this.http = http;
        this.live = live;
    }

    Map<String, ObjectNode> projectsOf(RoutingContext ctx) {
        Map<String, ObjectNode> p = store.projects.get(ctx.pathParam("ws"));
        if (p == null) {
            http.error(ctx, 404, "No workspace with identifier '" + ctx.pathParam("ws") + "'.", null);
        }
        return p;
    }

    void listProjects(RoutingContext ctx) {
        Map<String, ObjectNode> p = projectsOf(ctx);
        if (p != null) {
            Paging.page(http, ctx, new ArrayList<>(p.values()), 100, !live.isProjectFilterIgnored());
        }
    }

    void getProject(RoutingContext ctx) {
        Map<String, ObjectNode> p = projectsOf(ctx);
        if (p == null) {
            return;
        }
        ObjectNode project = p.get(ctx.pathParam("key"));
        if (project == null) {
            http.error(ctx, 404, "Project " + ctx.pathParam("key") + " not found", null);
            return;
        }
        http.json(ctx, 200, project);
    }

    synchronized void createProject(RoutingContext ctx) {
        Map<String, ObjectNode> p = projectsOf(ctx);
        if (p == null) {
            return;
        }
        ObjectNode body = http.body(ctx);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        if (!body.hasNonNull("name")) {
            fieldErrors.put("name", "This field is required.");
        }
        if (!body.hasNonNull("key")) {
            fieldErrors.put("key", "This field is required.");
        } else if (!body.get("key").asText().matches("[A-Za-z][A-Za-z0-9_]*")) {
            fieldErrors.put("key", KEY_RULE);
        } else if (p.containsKey(body.get("key").asText())) {
            fieldErrors.put("key", "A project with this key already exists.");
        }
        if (!fieldErrors.isEmpty()) {
            ObjectNode err = http.errorBody("Bad request", null);
            ObjectNode fields = ((ObjectNode) err.get("error")).putObject("fields");
            fieldErrors.forEach((k, v) -> fields.putArray(k).add(v));
            http.json(ctx, 400, err);
            return;
        }
        ObjectNode project = newProject(body);
        link(ctx.pathParam("ws"), project);
        p.put(project.get("key").asText(), project);
        ctx.response().putHeader("Location", location(ctx.pathParam("ws"), project.get("key").asText()));
        http.json(ctx, 201, project);
    }

    /** A project's API URL: where its Location points and its links.self. */
    private String location(String ws, String key) {
        return http.baseUrl() + "/workspaces/" + ws + "/projects/" + key;
    }

    /** Sets a project's links (self, html, avatar) for its current key. */
    void link(String ws, ObjectNode project) {
        String key = project.path("key").asText();
        ObjectNode links = project.putObject("links");
        links.putObject("self").put("href", location(ws, key));
        links.putObject("html").put("href", "https://bitbucket.org/" + ws + "/workspace/projects/" + key);
        links.putObject("avatar").put("href", "https://bitbucket.org/account/user/" + ws + "/projects/" + key
                                              + "/avatar/32");
    }

    private static final String KEY_RULE = "Project keys must start with a letter and may only consist of ASCII"
                                           + " letters, numbers and underscores (A-Z, a-z, 0-9, _).";

    private void keyError(RoutingContext ctx, String message) {
        ObjectNode err = http.errorBody("Bad request", null);
        ((ObjectNode) err.get("error")).putObject("fields").putArray("key").add(message);
        http.json(ctx, 400, err);
    }

    ObjectNode newProject(ObjectNode body) {
        ObjectNode project = Json.MAPPER.createObjectNode().put("type", "project").put("uuid", "{" + UUID.randomUUID() + "}")
                .put("is_private", false).put("description", "");
        body.fields().forEachRemaining(e -> {
            if (!"type".equals(e.getKey()) && !"uuid".equals(e.getKey()) && !"links".equals(e.getKey())) {
                project.set(e.getKey(), e.getValue());
            }
        });
        project.put("created_on", Json.now()).put("updated_on", Json.now());
        return project;
    }

    synchronized void putProject(RoutingContext ctx) {
        Map<String, ObjectNode> p = projectsOf(ctx);
        if (p == null) {
            return;
        }
        String key = ctx.pathParam("key");
        ObjectNode body = http.body(ctx);
        ObjectNode existing = p.get(key);
        if (existing == null) {
            if (!body.hasNonNull("name")) {
                http.error(ctx, 400, "Bad request", "name is required to create a project");
                return;
            }
            if (!body.hasNonNull("key")) {
                body.put("key", key);
            }
            if (!body.get("key").asText().matches("[A-Za-z][A-Za-z0-9_]*")) {
                keyError(ctx, KEY_RULE);
                return;
            }
            ObjectNode project = newProject(body);
            link(ctx.pathParam("ws"), project);
            p.put(project.get("key").asText(), project);
            ctx.response().putHeader("Location", location(ctx.pathParam("ws"), project.get("key").asText()));
            http.json(ctx, 201, project);
            return;
        }
        String newKey = body.hasNonNull("key") ? body.get("key").asText() : key;
        if (!newKey.equals(key)) {
            // a rename: the new key follows the key rules and must be free (live answers 400 either way)
            if (!newKey.matches("[A-Za-z][A-Za-z0-9_]*")) {
                keyError(ctx, KEY_RULE);
                return;
            }
            if (p.containsKey(newKey)) {
                keyError(ctx, "A project with this key already exists.");
                return;
            }
        }
        body.fields().forEachRemaining(e -> {
            if (!"type".equals(e.getKey()) && !"uuid".equals(e.getKey()) && !"links".equals(e.getKey())) {
                existing.set(e.getKey(), e.getValue());
            }
        });
        existing.put("updated_on", Json.now());
        if (!newKey.equals(key)) {
            p.remove(key);
            p.put(newKey, existing);
            link(ctx.pathParam("ws"), existing);
            // as live: the renamed project's new URL
            ctx.response().putHeader("Location", location(ctx.pathParam("ws"), newKey));
        }
        http.json(ctx, 200, existing);
        store.changed(ctx.pathParam("ws"), null, "project:updated", "project", existing);
    }

    synchronized void deleteProject(RoutingContext ctx) {
        Map<String, ObjectNode> p = projectsOf(ctx);
        if (p == null) {
            return;
        }
        String key = ctx.pathParam("key");
        if (!p.containsKey(key)) {
            http.error(ctx, 404, "Project " + key + " not found", null);
            return;
        }
        boolean hasRepos = store.repositories.get(ctx.pathParam("ws")).values().stream()
                .anyMatch(r -> key.equals(r.path("project").path("key").asText()));
        if (hasRepos) {
            http.error(ctx, 403, "You cannot delete a project that contains repositories.", null);
            return;
        }
        p.remove(key);
        http.noContent(ctx);
    }
}
