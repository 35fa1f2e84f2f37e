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
        for (String field : Bbql.fields(q)) {
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
        selected.subList(from, to).forEach(item -> values.add(partial(item, ctx.request().getParam("fields"))));
        if (to < selected.size()) {
            String uri = http.baseUrl().replace("/2.0", "") + ctx.request().path() + "?" + replacePage(ctx.request().query(),
                    pageNo + 1);
            body.put("next", uri);
        }
        http.json(ctx, 200, body);
    }

    /**
     * Bitbucket's partial responses on collections: {@code fields=values.slug,values.name} keeps only those fields of
     * each item, {@code -values.links} removes one; other entries are left to the envelope.
     */
    private static ObjectNode partial(ObjectNode item, String fields) {
        if (fields == null || fields.isBlank()) {
            return item;
        }
        ObjectNode result = item.deepCopy();
        List<String> keep = new ArrayList<>();
        for (String f : fields.split(",")) {
            String field = f.trim();
            if (field.startsWith("-values.")) {
                result.remove(field.substring("-values.".length()));
            } else if (field.startsWith("values.") && !field.equals("values.*")) {
                keep.add(field.substring("values.".length()));
            }
        }
        if (!keep.isEmpty()) {
            result.retain(keep);
        }
        return result;
    }

    private static String sortKey(ObjectNode item, String field) {
        JsonNode v = item;
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
