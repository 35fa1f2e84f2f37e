package io.github.camelbitbucket.standin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/** Answers in Bitbucket's shapes (JSON, error bodies, OAuth errors), request bodies, and the record of every REST exchange. */
final class Http {

    private final Supplier<String> baseUrl;
    private final LiveBehaviour live;
    private volatile Consumer<BitbucketStandIn.Recorded> listener = r -> {
    };
    private volatile Consumer<String> beforeRequest = r -> {
    };

    Http(Supplier<String> baseUrl, LiveBehaviour live) {
        this.baseUrl = baseUrl;
        this.live = live;
    }

    LiveBehaviour live() {
        return live;
    }

    String baseUrl() {
        return baseUrl.get();
    }

    void onExchange(Consumer<BitbucketStandIn.Recorded> listener) {
        this.listener = listener;
    }

    void beforeRequest(Consumer<String> hook) {
        this.beforeRequest = hook;
    }

    /** Runs the test hook for a REST request, then lets it through. */
    void beforeRequest(RoutingContext ctx) {
        beforeRequest.accept(ctx.request().path() + (ctx.request().query() == null ? "" : "?" + ctx.request().query()));
        ctx.next();
    }

    ObjectNode body(RoutingContext ctx) {
        try {
            String text = ctx.body() == null ? null : ctx.body().asString();
            JsonNode node = text == null || text.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(text);
            if (!node.isObject()) {
                throw new IllegalArgumentException("The body must be a JSON object");
            }
            return (ObjectNode) node;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("The body is not valid JSON");
        }
    }

    ObjectNode errorBody(String message, String detail) {
        ObjectNode err = Json.MAPPER.createObjectNode().put("type", "error");
        ObjectNode e = err.putObject("error").put("message", message);
        if (detail != null) {
            e.put("detail", detail);
        }
        return err;
    }

    void error(RoutingContext ctx, int status, String message, String detail) {
        json(ctx, status, errorBody(message, detail));
    }

    void oauthError(RoutingContext ctx, int status, String error, String description) {
        json(ctx, status, Json.MAPPER.createObjectNode().put("error", error).put("error_description", description));
    }

    /**
     * A 204 answer. Live Bitbucket (a Django application) labels even an empty answer with its default content type,
     * {@code text/html; charset=utf-8}; a client library that requires a Content-Type gets one.
     */
    void noContent(RoutingContext ctx) {
        record(ctx, 204, null);
        ctx.response().setStatusCode(204).putHeader("Content-Type", "text/html; charset=utf-8").end();
    }

    void json(RoutingContext ctx, int status, JsonNode body) {
        if (ctx.response().ended()) {
            return;
        }
        String fields = ctx.request().getParam("fields");
        if (status / 100 == 2 && fields != null && body.isObject() && !body.has("values")) {
            body = Fields.apply((com.fasterxml.jackson.databind.node.ObjectNode) body, fields); // single objects too
        }
        record(ctx, status, body.toString());
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)))
                .end(body.toString());
    }

    void record(RoutingContext ctx, int status, String responseBody) {
        if (!ctx.request().path().startsWith("/2.0/")) {
            return;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        ctx.queryParams().names().forEach(n -> query.put(n, ctx.queryParams().getAll(n)));
        Map<String, String> headers = new LinkedHashMap<>();
        ctx.request().headers().forEach(h -> headers.putIfAbsent(h.getKey(), h.getValue()));
        String requestBody = ctx.body() == null || ctx.body().length() == 0 ? null : ctx.body().asString();
        String type = ctx.request().getHeader("Content-Type");
        if (type != null && type.startsWith("multipart/form-data")) {
            // a form is recorded as a JSON object of its fields (a file part: its size)
            com.fasterxml.jackson.databind.node.ObjectNode form = Json.MAPPER.createObjectNode();
            ctx.request().formAttributes().forEach((k, v) -> form.put(k, v));
            ctx.fileUploads().forEach(u -> form.put(u.name(), "<" + u.size() + " bytes>"));
            requestBody = form.toString();
        }
        listener.accept(new BitbucketStandIn.Recorded(ctx.request().method().name(), ctx.request().path(), query, headers, requestBody,
                status, responseBody));
    }
}
