package io.github.camelbitbucket.connection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The workspace webhooks the component registered for one connection: the secret they sign deliveries with (the
 * connection's own, never another's), the events they subscribe to, and each hook's UUID by workspace. Stored with the
 * connection, the secret encrypted like a refresh token.
 */
public record Hooks(String secret, List<String> events, Map<String, String> uuids) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Hooks {
        events = List.copyOf(events);
        uuids = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(uuids));
    }

    /** As a store keeps it: JSON with the secret encrypted for this connection. */
    String seal(TokenCipher cipher, String id) {
        ObjectNode n = JSON.createObjectNode().put("secret", cipher == null ? secret : cipher.encrypt(id + "#hooks", secret));
        events.forEach(n.putArray("events")::add);
        ObjectNode u = n.putObject("uuids");
        uuids.forEach(u::put);
        return n.toString();
    }

    /** What {@link #seal} wrote, the secret decrypted. */
    static Hooks open(TokenCipher cipher, String id, String sealed) {
        try {
            JsonNode n = JSON.readTree(sealed);
            List<String> events = new ArrayList<>();
            n.path("events").forEach(e -> events.add(e.asText()));
            Map<String, String> uuids = new LinkedHashMap<>();
            n.path("uuids").fields().forEachRemaining(e -> uuids.put(e.getKey(), e.getValue().asText()));
            String secret = n.path("secret").asText();
            return new Hooks(cipher == null ? secret : cipher.decrypt(id + "#hooks", secret), events, uuids);
        } catch (IOException e) {
            throw new UncheckedIOException("The webhooks of connection " + id + " cannot be read", e);
        }
    }

    @Override
    public String toString() {
        return "Hooks[" + events + ", " + uuids + "]"; // never the secret
    }
}
