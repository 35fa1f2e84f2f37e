package io.github.camelbitbucket.standin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/** The issue tracker of a repository: list, get, create, partial update. */
final class IssueHandlers {

    private final Store store;
    private final Http http;
    private final RepositoryHandlers repos;

    IssueHandlers(Store store, Http http, RepositoryHandlers repos) {
        this.store = store;
        this.http = http;
        this.repos = repos;
    }

    List<ObjectNode> tracker(RoutingContext ctx) {
        ObjectNode r = repos.repo(ctx);
        if (r == null) {
            return null;
        }
        if (!r.path("has_issues").asBoolean()) {
            http.error(ctx, 404, "Repository has no issue tracker.", null);
            return null;
        }
        return store.issues.get(ctx.pathParam("ws") + "/" + ctx.pathParam("repo"));
    }

    void listIssues(RoutingContext ctx) {
        List<ObjectNode> list = tracker(ctx);
        if (list != null) {
            Paging.page(http, ctx, new ArrayList<>(list));
        }
    }

    void getIssue(RoutingContext ctx) {
        List<ObjectNode> list = tracker(ctx);
        if (list == null) {
            return;
        }
        ObjectNode issue = findIssue(list, ctx);
        if (issue != null) {
            http.json(ctx, 200, issue);
        }
    }

    ObjectNode findIssue(List<ObjectNode> list, RoutingContext ctx) {
        String id = ctx.pathParam("id");
        ObjectNode issue = list.stream().filter(i -> i.path("id").asText().equals(id)).findFirst().orElse(null);
        if (issue == null) {
            http.error(ctx, 404, "Issue " + id + " not found", null);
        }
        return issue;
    }

    void createIssue(RoutingContext ctx) {
        List<ObjectNode> list = tracker(ctx);
        if (list == null) {
            return;
        }
        ObjectNode body = http.body(ctx);
        if (!body.hasNonNull("title") || body.get("title").asText().isBlank()) {
            ObjectNode err = http.errorBody("Bad request", "title is required");
            ((ObjectNode) err.get("error")).putObject("fields").putArray("title").add("This field is required.");
            http.json(ctx, 400, err);
            return;
        }
        if (invalidChoice(ctx, body)) {
            return;
        }
        ObjectNode issue = store.insertIssue(ctx.pathParam("ws"), ctx.pathParam("repo"), body);
        ctx.response().putHeader("Location", issue.path("links").path("self").path("href").asText());
        http.json(ctx, 201, issue);
    }

    synchronized void updateIssue(RoutingContext ctx) {
        List<ObjectNode> list = tracker(ctx);
        if (list == null) {
            return;
        }
        ObjectNode issue = findIssue(list, ctx);
        if (issue == null) {
            return;
        }
        ObjectNode body = http.body(ctx);
        if (invalidChoice(ctx, body)) {
            return;
        }
        // partial update: absent fields keep their value, null clears; read-only fields are ignored
        body.fields().forEachRemaining(e -> {
            if (!Set.of("type", "id", "created_on", "updated_on", "links", "reporter").contains(e.getKey())) {
                issue.set(e.getKey(), e.getValue());
            }
        });
        issue.put("updated_on", Json.now());
        http.json(ctx, 200, issue);
        store.changed(ctx.pathParam("ws"), ctx.pathParam("repo"), "issue:updated", "issue", issue);
    }

    /** Bitbucket's choices for the enumerated issue fields. */
    private static final java.util.Map<String, List<String>> CHOICES = java.util.Map.of(
            "kind", List.of("bug", "enhancement", "proposal", "task"),
            "priority", List.of("trivial", "minor", "major", "critical", "blocker"),
            "state", List.of("submitted", "new", "open", "resolved", "on hold", "invalid", "duplicate", "wontfix",
                    "closed"));

    /** Answers 400 with the field's error when an enumerated field has a value Bitbucket does not know. */
    private boolean invalidChoice(RoutingContext ctx, ObjectNode body) {
        for (java.util.Map.Entry<String, List<String>> c : CHOICES.entrySet()) {
            if (body.hasNonNull(c.getKey()) && !c.getValue().contains(body.get(c.getKey()).asText())) {
                ObjectNode err = http.errorBody("Bad request", null);
                ((ObjectNode) err.get("error")).putObject("fields").putArray(c.getKey())
                        .add("Select a valid choice. " + body.get(c.getKey()).asText() + " is not one of the available"
                             + " choices.");
                http.json(ctx, 400, err);
                return true;
            }
        }
        return false;
    }
}
