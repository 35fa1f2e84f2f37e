package io.github.camelbitbucket.live;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        URI base = URI.create(baseUrl);
        String origin = base.getScheme() + "://" + base.getRawAuthority();
        ObjectNode session = meta.deepCopy();
        ArrayNode list = session.putArray("exchanges");
        List<ObjectNode> mappings = new ArrayList<>();
        Map<String, Integer> repeats = new HashMap<>();
        int n = 0;
        for (SessionRecorder.Exchange e : exchanges) {
            n++;
            String url = relative(e.url(), origin);
            ObjectNode x = list.addObject().put("method", e.method()).put("url", url);
            x.put("requestContentType", e.requestContentType());
            x.put("requestBody", e.requestBase64() ? e.requestBody() : rewrite(scrubber.scrub(e.requestBody()), origin));
            x.put("requestBase64", e.requestBase64());
            x.put("status", e.status());
            ObjectNode headers = x.putObject("responseHeaders");
            e.responseHeaders().forEach((k, v) -> headers.put(k, k.equalsIgnoreCase("Location") && v.matches("(?i)https?://.*")
                    ? BASE + scrubber.scrub(relative(v, origin)) : rewrite(scrubber.scrub(v), origin)));
            String body = e.responseBase64() ? e.responseBody() : rewrite(scrubber.scrub(e.responseBody()), origin);
            x.put("responseBody", body);
            x.put("responseBase64", e.responseBase64());

            String key = e.method() + " " + url;
            int seen = repeats.merge(key, 1, Integer::sum);
            ObjectNode mapping = JSON.createObjectNode();
            mapping.putObject("request").put("method", e.method()).put("url", url); // path and query, exactly
            ObjectNode response = mapping.putObject("response").put("status", e.status());
            ObjectNode rh = response.putObject("headers");
            headers.fields().forEachRemaining(h -> rh.set(h.getKey(), h.getValue()));
            if (body != null) {
                response.put(e.responseBase64() ? "base64Body" : "body", body);
            }
            long total = exchanges.stream().filter(o -> (o.method() + " " + relative(o.url(), origin)).equals(key))
                    .count();
            if (total > 1) {
                mapping.put("scenarioName", key);
                mapping.put("requiredScenarioState", seen == 1 ? "Started" : "call-" + seen);
                mapping.put("newScenarioState", "call-" + (seen + 1));
            }
            mapping.put("name", String.format("%03d %s", n, key));
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
        URI base = URI.create(baseUrl);
        String origin = base.getScheme() + "://" + base.getRawAuthority();
        ObjectNode session = JSON.createObjectNode();
        ArrayNode list = session.putArray("exchanges");
        for (SessionRecorder.Exchange e : exchanges) {
            ObjectNode x = list.addObject().put("method", e.method()).put("url", relative(e.url(), origin))
                    .put("status", e.status()).put("responseBody", e.responseBody())
                    .put("responseBase64", e.responseBase64());
            ObjectNode headers = x.putObject("responseHeaders");
            e.responseHeaders().forEach(headers::put);
        }
        return session;
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
