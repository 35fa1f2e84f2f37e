package io.github.camelbitbucket.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.standin.BitbucketStandIn;

/**
 * How far the stand-in is from a session: the conformance run played against a fresh stand-in with the session's run
 * id and workspace, then each kind of exchange (method and path, ids masked) compared: status, media type, JSON shape
 * (top-level fields; a page's item fields) and whether a Location came back.
 */
final class Fidelity {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fidelity() {
    }

    /** The run played against a fresh stand-in (the session's workspace added when it is not the demo's). */
    static JsonNode playOnStandIn(String workspace, String runId, Path dir) throws Exception {
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            standIn.live().issueTrackerRetired(true); // as on live Bitbucket Cloud (row 11)
            if (!"acme".equals(workspace) && !"acme-labs".equals(workspace)) {
                standIn.addWorkspace(workspace, workspace);
                standIn.addProject(workspace, "BASE", "Base");
            }
            LiveConformance.run(new LiveConformance.Settings(Map.of("baseUrl", standIn.baseUrl(), "tokenUrl",
                    standIn.tokenUrl(), "clientId", BitbucketStandIn.DEMO_CLIENT_ID, "clientSecret",
                    BitbucketStandIn.DEMO_CLIENT_SECRET), workspace, runId, null, 0, dir.resolve("report"),
                    dir.resolve("played"), "stand-in", 20_000, false));
        }
        return Recording.session(dir.resolve("played"));
    }

    /** Where the stand-in's session differs from the recorded one, one line per difference. */
    static List<String> compare(JsonNode recorded, JsonNode played) {
        Map<String, JsonNode> theirs = byKind(recorded);
        Map<String, JsonNode> ours = byKind(played);
        List<String> differences = new ArrayList<>();
        theirs.forEach((kind, x) -> {
            JsonNode y = ours.get(kind);
            if (y == null) {
                differences.add(kind + ": not sent when played against the stand-in");
                return;
            }
            if (x.path("status").asInt() != y.path("status").asInt()) {
                differences.add(kind + ": status " + x.path("status").asInt() + " recorded, " + y.path("status").asInt()
                                + " from the stand-in");
            }
            String tx = mediaType(x);
            String ty = mediaType(y);
            if (!tx.equals(ty)) {
                differences.add(kind + ": content type " + tx + " recorded, " + ty + " from the stand-in");
            }
            if (x.path("responseHeaders").has("Location") != y.path("responseHeaders").has("Location")) {
                differences.add(kind + ": Location " + (x.path("responseHeaders").has("Location") ? "recorded" : "absent")
                                + ", " + (y.path("responseHeaders").has("Location") ? "sent" : "absent")
                                + " from the stand-in");
            }
            TreeSet<String> sx = shape(x);
            TreeSet<String> sy = shape(y);
            if (!sx.equals(sy)) {
                TreeSet<String> missing = new TreeSet<>(sx);
                missing.removeAll(sy);
                TreeSet<String> extra = new TreeSet<>(sy);
                extra.removeAll(sx);
                differences.add(kind + ": fields " + (missing.isEmpty() ? "" : "missing from the stand-in " + missing)
                                + (extra.isEmpty() ? "" : (missing.isEmpty() ? "" : ", ") + "only from the stand-in "
                                                          + extra));
            }
        });
        return differences;
    }

    /** How many kinds of exchange a session holds. */
    static int kinds(JsonNode session) {
        return byKind(session).size();
    }

    /** The first exchange of each kind: method and path with hashes, uuids and numbers masked, the query's names. */
    static Map<String, JsonNode> byKind(JsonNode session) {
        Map<String, JsonNode> kinds = new LinkedHashMap<>();
        for (JsonNode x : session.path("exchanges")) {
            String url = x.path("url").asText();
            if (!url.startsWith("/2.0/")) {
                continue; // the token endpoint, a log in storage
            }
            kinds.putIfAbsent(x.path("method").asText() + " " + mask(url), x);
        }
        return kinds;
    }

    static String mask(String url) {
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        path = path.replaceAll("(%7B|\\{)?[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}(%7D|})?", "{uuid}")
                .replaceAll("/[0-9a-f]{12,40}(?=/|$)",
                "/{hash}").replaceAll("/[0-9]+(?=/|$)", "/{n}");
        if (q < 0) {
            return path;
        }
        TreeSet<String> names = new TreeSet<>();
        for (String pair : url.substring(q + 1).split("&")) {
            names.add(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
        }
        return path + "?" + String.join("&", names);
    }

    private static String mediaType(JsonNode x) {
        String t = x.path("responseHeaders").path("Content-Type").asText("");
        return t.contains(";") ? t.substring(0, t.indexOf(';')).trim() : t.trim();
    }

    /** Top-level fields of a JSON answer; for a page, its envelope's and its first item's ("values[].x"). */
    private static TreeSet<String> shape(JsonNode x) {
        TreeSet<String> fields = new TreeSet<>();
        if (x.path("responseBase64").asBoolean() || !mediaType(x).contains("json") || x.path("responseBody").isNull()) {
            return fields;
        }
        try {
            JsonNode body = JSON.readTree(x.path("responseBody").asText());
            body.fieldNames().forEachRemaining(f -> {
                if (!List.of("next", "previous", "size", "page", "pagelen").contains(f)) {
                    fields.add(f); // the envelope's counts and links depend on the data, not the shape
                }
            });
            if (body.path("values").isArray() && !body.path("values").isEmpty()) {
                body.path("values").get(0).fieldNames().forEachRemaining(f -> fields.add("values[]." + f));
            }
        } catch (Exception notJson) {
            fields.add("(not JSON)");
        }
        return fields;
    }
}
