package io.github.camelbitbucket.standin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/**
 * Branches and tags: a branch is the stand-in's list of commits of that name (newest first), its target the newest;
 * creating one at a commit copies the history from that commit; tags are kept by name.
 */
final class RefHandlers {

    private final Store store;
    private final Http http;
    private final RepositoryHandlers repositories;
    private final Map<String, Map<String, ObjectNode>> tags = new ConcurrentHashMap<>();

    RefHandlers(Store store, Http http, RepositoryHandlers repositories) {
        this.store = store;
        this.http = http;
        this.repositories = repositories;
    }

    private ObjectNode branch(String name, List<ObjectNode> commits) {
        ObjectNode b = Json.MAPPER.createObjectNode().put("type", "branch").put("name", name);
        b.putObject("target").put("type", "commit").put("hash", commits.get(0).path("hash").asText());
        return b;
    }

    private Map<String, List<ObjectNode>> branches(RoutingContext ctx) {
        String prefix = RepositoryHandlers.repoKey(ctx) + "/";
        Map<String, List<ObjectNode>> found = new LinkedHashMap<>();
        store.commits.forEach((k, v) -> {
            if (k.startsWith(prefix) && !v.isEmpty()) {
                found.put(k.substring(prefix.length()), v);
            }
        });
        return found;
    }

    /** The history a new ref starts from: the commits of any branch from that commit on (newest first), or null. */
    private List<ObjectNode> from(RoutingContext ctx, String hash) {
        for (List<ObjectNode> commits : branches(ctx).values()) {
            for (int i = 0; i < commits.size(); i++) {
                if (!hash.isEmpty() && commits.get(i).path("hash").asText().startsWith(hash)) {
                    return commits.subList(i, commits.size());
                }
            }
        }
        return null;
    }

    /** The body of a new branch or tag when its repository, name and target commit exist; else answered 4xx, null. */
    private ObjectNode newRef(RoutingContext ctx, String kind) {
        if (repositories.repo(ctx) == null) {
            return null;
        }
        ObjectNode body = http.body(ctx);
        String name = body.path("name").asText("");
        if (name.isBlank() || from(ctx, body.path("target").path("hash").asText("")) == null) {
            http.error(ctx, 400, name.isBlank() ? kind + " name is required" : "target.hash: no such commit", null);
            return null;
        }
        return body;
    }

    void listBranches(RoutingContext ctx) {
        if (repositories.repo(ctx) != null) {
            List<ObjectNode> values = new ArrayList<>();
            branches(ctx).forEach((name, commits) -> values.add(branch(name, commits)));
            Paging.page(http, ctx, values);
        }
    }

    void getBranch(RoutingContext ctx) {
        if (repositories.repo(ctx) != null) {
            List<ObjectNode> commits = branches(ctx).get(ctx.pathParam("name"));
            if (commits == null) {
                http.error(ctx, 404, "Branch \"" + ctx.pathParam("name") + "\" does not exist", null);
                return;
            }
            http.json(ctx, 200, branch(ctx.pathParam("name"), commits));
        }
    }

    void createBranch(RoutingContext ctx) {
        ObjectNode body = newRef(ctx, "Branch");
        if (body == null) {
            return;
        }
        String name = body.path("name").asText();
        List<ObjectNode> history = from(ctx, body.path("target").path("hash").asText(""));
        if (branches(ctx).containsKey(name)) {
            http.error(ctx, 400, "BRANCH_ALREADY_EXISTS", "Branch \"" + name + "\" already exists");
            return;
        }
        List<ObjectNode> commits = new CopyOnWriteArrayList<>(history);
        store.commits.put(RepositoryHandlers.repoKey(ctx) + "/" + name, commits);
        store.refCreated(ctx.pathParam("ws"), ctx.pathParam("repo"), "branch", name, commits.get(0).path("hash").asText());
        http.json(ctx, 201, branch(name, commits));
    }

    void deleteBranch(RoutingContext ctx) {
        ObjectNode repo = repositories.repo(ctx);
        if (repo == null) {
            return;
        }
        String name = ctx.pathParam("name");
        if (name.equals(repo.path("mainbranch").path("name").asText())) {
            http.error(ctx, 400, "You can't delete the main branch", null);
            return;
        }
        if (store.commits.remove(RepositoryHandlers.repoKey(ctx) + "/" + name) == null) {
            http.error(ctx, 404, "Branch \"" + name + "\" does not exist", null);
            return;
        }
        http.noContent(ctx);
    }

    /** Adds a tag (tests). */
    void addTag(String ws, String repo, String name, String hash) {
        ObjectNode tag = Json.MAPPER.createObjectNode().put("type", "tag").put("name", name).put("message", "")
                .put("date", Json.now());
        tag.putObject("target").put("type", "commit").put("hash", hash);
        tags.computeIfAbsent(ws + "/" + repo, k -> new ConcurrentHashMap<>()).put(name, tag);
    }

    void listTags(RoutingContext ctx) {
        if (repositories.repo(ctx) != null) {
            Paging.page(http, ctx, new ArrayList<>(tags.getOrDefault(RepositoryHandlers.repoKey(ctx), Map.of()).values()));
        }
    }

    void createTag(RoutingContext ctx) {
        ObjectNode body = newRef(ctx, "Tag");
        if (body == null) {
            return;
        }
        String name = body.path("name").asText();
        List<ObjectNode> history = from(ctx, body.path("target").path("hash").asText(""));
        Map<String, ObjectNode> ofRepo = tags.computeIfAbsent(RepositoryHandlers.repoKey(ctx), k -> new ConcurrentHashMap<>());
        if (ofRepo.containsKey(name)) {
            http.error(ctx, 400, "tag \"" + name + "\" already exists", null);
            return;
        }
        ObjectNode tag = Json.MAPPER.createObjectNode().put("type", "tag").put("name", name)
                .put("message", body.path("message").asText("")).put("date", Json.now());
        tag.putObject("target").put("type", "commit").put("hash", history.get(0).path("hash").asText());
        ofRepo.put(name, tag);
        store.refCreated(ctx.pathParam("ws"), ctx.pathParam("repo"), "tag", name, tag.path("target").path("hash").asText());
        http.json(ctx, 201, tag);
    }

    void deleteTag(RoutingContext ctx) {
        if (repositories.repo(ctx) == null) {
            return;
        }
        if (tags.getOrDefault(RepositoryHandlers.repoKey(ctx), Map.of()).remove(ctx.pathParam("name")) == null) {
            http.error(ctx, 404, "Tag \"" + ctx.pathParam("name") + "\" does not exist", null);
            return;
        }
        http.noContent(ctx);
    }
}
