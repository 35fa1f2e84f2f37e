package io.github.camelbitbucket.live;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A recorded session on disk: {@code session.json} (the run's identity, its steps and every exchange in order) and
 * {@code mappings/NNN-*.json}, the same exchanges as WireMock stub mappings a replay loads. URLs of the recorded
 * service are written as {@code {{base}}} (the host before {@code /2.0}); another host's (a log in storage) as
 * {@code {{base}}/__external/<host>}, so a replay serves both. Repeated identical requests become a WireMock scenario,
 * answered in the recorded order. Everything passes the {@link Scrubber} and is checked by it before it is written.
 */
final class Recording {

    static final String BASE = "{{base}}";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Recording() {
    }

    /**
     * Writes a session to {@code dir}; refuses (writing nothing) when the scrubbed result still holds anything the
     * scrubber's check finds.
     */
    static void write(Path dir, ObjectNode meta, List<SessionRecorder.Exchange> exchanges, String baseUrl,
                      Scrubber scrubber) throws IOException {
        String origin = origin(baseUrl);
        ObjectNode session = meta.deepCopy();
        ArrayNode list = session.putArray("exchanges");
        exchanges.forEach(e -> list.add(exchange(e, origin, scrubber::scrub)));
        // repeated identical requests are answered in the recorded order: a WireMock scenario per request
        Map<String, Integer> totals = new HashMap<>();
        list.forEach(x -> totals.merge(key(x), 1, Integer::sum));
        Map<String, Integer> repeats = new HashMap<>();
        List<ObjectNode> mappings = new ArrayList<>();
        for (JsonNode x : list) {
            String key = key(x);
            int seen = repeats.merge(key, 1, Integer::sum);
            ObjectNode mapping = JSON.createObjectNode();
            mapping.putObject("request").put("method", x.path("method").asText()).put("url", x.path("url").asText());
            ObjectNode response = mapping.putObject("response").put("status", x.path("status").asInt());
            response.set("headers", x.path("responseHeaders").deepCopy());
            if (!x.path("responseBody").isNull()) {
                response.set(x.path("responseBase64").asBoolean() ? "base64Body" : "body", x.path("responseBody"));
            }
            if (totals.get(key) > 1) {
                mapping.put("scenarioName", key);
                mapping.put("requiredScenarioState", seen == 1 ? "Started" : "call-" + seen);
                mapping.put("newScenarioState", "call-" + (seen + 1));
            }
            mapping.put("name", String.format("%03d %s", mappings.size() + 1, key));
            mappings.add(mapping);
        }
        List<String> problems = new ArrayList<>(scrubber.findings(session.toString()));
        mappings.forEach(m -> problems.addAll(scrubber.findings(m.toString())));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The recording was not written: the scrubber's check found "
                                            + problems.stream().distinct().toList());
        }
        Files.createDirectories(dir.resolve("mappings"));
        JSON.writeValue(dir.resolve("session.json").toFile(), session);
        for (int i = 0; i < mappings.size(); i++) {
            JSON.writeValue(dir.resolve("mappings").resolve(String.format("%03d.json", i + 1)).toFile(),
                    mappings.get(i));
        }
    }

    /** A session of exchanges as {@link #write} keeps them, in memory and unscrubbed (for a comparison, never written). */
    static ObjectNode sessionOf(List<SessionRecorder.Exchange> exchanges, String baseUrl) {
        String origin = origin(baseUrl);
        ObjectNode session = JSON.createObjectNode();
        ArrayNode list = session.putArray("exchanges");
        exchanges.forEach(e -> list.add(exchange(e, origin, text -> text)));
        return session;
    }

    /** One exchange as a session holds it: URLs of the recorded service as {@code {{base}}}, texts through scrub. */
    private static ObjectNode exchange(SessionRecorder.Exchange e, String origin, UnaryOperator<String> scrub) {
        ObjectNode x = JSON.createObjectNode().put("method", e.method()).put("url", relative(e.url(), origin));
        x.put("requestContentType", e.requestContentType());
        x.put("requestBody", e.requestBase64() ? e.requestBody() : rewrite(scrub.apply(e.requestBody()), origin));
        x.put("requestBase64", e.requestBase64());
        x.put("status", e.status());
        ObjectNode headers = x.putObject("responseHeaders");
        e.responseHeaders().forEach((k, v) -> headers.put(k, k.equalsIgnoreCase("Location")
                                                             && v.matches("(?i)https?://.*")
                ? BASE + scrub.apply(relative(v, origin)) : rewrite(scrub.apply(v), origin)));
        x.put("responseBody", e.responseBase64() ? e.responseBody() : rewrite(scrub.apply(e.responseBody()), origin));
        x.put("responseBase64", e.responseBase64());
        return x;
    }

    private static String key(JsonNode exchange) {
        return exchange.path("method").asText() + " " + exchange.path("url").asText();
    }

    private static String origin(String baseUrl) {
        URI base = URI.create(baseUrl);
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    /** The session's recorded exchanges and meta data. */
    static JsonNode session(Path dir) throws IOException {
        return JSON.readTree(dir.resolve("session.json").toFile());
    }

    /** The mappings of a recording, {@code {{base}}} replaced by the replaying server's origin. */
    static List<String> mappings(Path dir, String origin) throws IOException {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(dir.resolve("mappings"))) {
            for (Path p : files.sorted().toList()) {
                out.add(Files.readString(p).replace(BASE, origin));
            }
        }
        return out;
    }

    /** A URL of the recorded service as {@code {{base}}...}, another host's under {@code {{base}}/__external/host}. */
    static String relative(String url, String origin) {
        if (url.startsWith(origin)) {
            return url.substring(origin.length());
        }
        URI u = URI.create(url);
        return "/__external/" + u.getRawAuthority() + u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static String rewrite(String text, String origin) {
        if (text == null) {
            return null;
        }
        return text.replace(origin, BASE);
    }
}
