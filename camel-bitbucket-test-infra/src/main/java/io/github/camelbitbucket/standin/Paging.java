package io.github.camelbitbucket.standin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/** BBQL {@code q}, {@code sort}, then paging with {@code page}/{@code pagelen} and an absolute {@code next} link. */
final class Paging {

    private Paging() {
    }

    /** The fields of a collection's objects, by the path's last segment: what q may name when the list is empty. */
    private static final java.util.Map<String, java.util.Set<String>> KNOWN = java.util.Map.of(
            "issues", java.util.Set.of("type", "id", "title", "content", "kind", "priority", "state", "reporter",
                    "assignee", "votes", "created_on", "updated_on", "edited_on", "links", "component", "milestone",
                    "version", "repository"),
            "pullrequests", java.util.Set.of("type", "id", "title", "description", "state", "author", "source",
                    "destination", "comment_count", "task_count", "created_on", "updated_on", "links", "reviewers",
                    "participants", "close_source_branch", "merge_commit", "draft"),
            "projects", java.util.Set.of("type", "uuid", "key", "name", "description", "is_private", "created_on",
                    "updated_on", "links", "has_publicly_visible_repos"),
            "comments", java.util.Set.of("type", "id", "content", "user", "inline", "parent", "deleted", "created_on",
                    "updated_on", "links"));

    private static String lastSegment(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** BBQL q, sort, then paging with page/pagelen (10..100) and an absolute next link. */
    static void page(Http http, RoutingContext ctx, List<ObjectNode> items) {
        page(http, ctx, items, 100);
    }

    /** The same with a collection's own pagelen maximum (pull requests: 50 on live Bitbucket, row 1). */
    static void page(Http http, RoutingContext ctx, List<ObjectNode> items, int maxPagelen) {
        page(http, ctx, items, maxPagelen, true);
    }

    /** The same, optionally ignoring {@code q} and {@code sort} (where Bitbucket does not support them, row 5). */
    static void page(Http http, RoutingContext ctx, List<ObjectNode> items, int maxPagelen, boolean filters) {
        String q = filters ? ctx.request().getParam("q") : null;
        Predicate<JsonNode> filter = Bbql.parse(q);
        java.util.Set<String> known = KNOWN.get(lastSegment(ctx.request().path()));
        for (String field : Bbql.fields(q)) {
            if (items.isEmpty() && known != null && !known.contains(field.split("\\.")[0])) {
                throw new IllegalArgumentException("Invalid field name: " + field); // an empty list still knows its fields
            }
            if (!items.isEmpty() && items.stream().noneMatch(i -> Bbql.has(i, field))) {
                // Bitbucket refuses a filter on a field its objects do not have, instead of matching nothing
                throw new IllegalArgumentException("Invalid field name: " + field);
            }
        }
        List<ObjectNode> selected = new ArrayList<>(items.stream().filter(filter::test).toList());
        String sort = filters ? ctx.request().getParam("sort") : null;
        if (sort != null && !sort.isBlank()) {
            boolean desc = sort.startsWith("-");
            String field = desc ? sort.substring(1) : sort;
            Comparator<ObjectNode> cmp = Comparator.comparing(i -> sortKey(i, field));
            selected.sort(desc ? cmp.reversed() : cmp);
        }
        int pagelen = intParam(ctx, "pagelen", 10);
        if (pagelen < 10 || pagelen > maxPagelen) {
            // live Bitbucket's words, without the range
            throw new IllegalArgumentException("Invalid pagelen");
        }
        int pageNo = intParam(ctx, "page", 1);
        if (pageNo < 1) {
            throw new IllegalArgumentException("Invalid page");
        }
        int from = Math.min(selected.size(), (pageNo - 1) * pagelen);
        if (from > 0 && http.live().isDuplicatedPages()) {
            from--; // the last item of the previous page, once more
        }
        int to = Math.min(selected.size(), from + pagelen);
        ObjectNode body = Json.MAPPER.createObjectNode().put("size", selected.size()).put("page", pageNo)
                .put("pagelen", pagelen);
        ArrayNode values = body.putArray("values");
        selected.subList(from, to).forEach(values::add);
        if (to < selected.size()) {
            String uri = http.baseUrl().replace("/2.0", "") + ctx.request().path() + "?" + replacePage(ctx.request().query(),
                    pageNo + 1);
            body.put("next", uri);
        }
        http.json(ctx, 200, Fields.apply(body, ctx.request().getParam("fields")));
    }

    private static String sortKey(ObjectNode item, String field) {
        // /user/workspaces lists workspace_access items: their sort fields (slug, name) are the workspace's
        JsonNode v = !item.has(field.split("\\.")[0]) && item.path("workspace").isObject() ? item.get("workspace") : item;
        for (String part : field.split("\\.")) {
            v = v.path(part);
        }
        if (v.isNumber()) {
            return String.format("%020d", v.asLong());
        }
        try {
            // datetimes sort by instant whatever their offset or precision, as Bitbucket sorts them
            java.time.Instant t = java.time.OffsetDateTime.parse(v.asText()).toInstant();
            return String.format("%020d%09d", t.getEpochSecond(), t.getNano());
        } catch (java.time.format.DateTimeParseException notATime) {
            // a plain string
        }
        return v.asText("");
    }

    private static String replacePage(String query, int page) {
        String q = query == null ? "" : query.replaceAll("(^|&)page=\\d+", "");
        q = q.startsWith("&") ? q.substring(1) : q;
        return (q.isEmpty() ? "" : q + "&") + "page=" + page;
    }

    private static int intParam(RoutingContext ctx, String name, int def) {
        String v = ctx.request().getParam(name);
        try {
            return v == null ? def : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid " + name + " " + v);
        }
    }
}
