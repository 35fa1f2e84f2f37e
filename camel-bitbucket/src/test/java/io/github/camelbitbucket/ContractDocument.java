package io.github.camelbitbucket;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** A read-only view of an OpenAPI 3 document (ours in YAML, Atlassian's in JSON) for the contract checks. */
final class ContractDocument {

    static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    record Operation(String method, String path, JsonNode node, JsonNode pathItem) {
    }

    private final JsonNode root;

    private ContractDocument(JsonNode root) {
        this.root = root;
    }

    static ContractDocument load(Path file) throws IOException {
        ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        return new ContractDocument(mapper.readTree(file.toFile()));
    }

    List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(p -> METHODS.forEach(m -> {
            if (p.getValue().has(m)) {
                ops.add(new Operation(m.toUpperCase(), p.getKey(), p.getValue().get(m), p.getValue()));
            }
        }));
        return ops;
    }

    Operation find(String method, String path) {
        JsonNode item = root.path("paths").get(path);
        if (item == null || !item.has(method.toLowerCase())) {
            return null;
        }
        return new Operation(method, path, item.get(method.toLowerCase()), item);
    }

    /** OAuth scopes of an operation (first oauth2 security requirement). */
    Set<String> scopes(Operation op) {
        Set<String> scopes = new TreeSet<>();
        JsonNode security = op.node().has("security") ? op.node().get("security") : root.path("security");
        for (JsonNode req : security) {
            if (req.has("oauth2")) {
                req.get("oauth2").forEach(s -> scopes.add(s.asText()));
            }
        }
        return scopes;
    }

    /** Parameter name to its location ("in"), path-level and operation-level, refs resolved. */
    Map<String, String> parameters(Operation op) {
        Map<String, String> params = new LinkedHashMap<>();
        for (JsonNode list : List.of(op.pathItem().path("parameters"), op.node().path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode resolved = resolve(p);
                params.put(resolved.path("name").asText(), resolved.path("in").asText());
            }
        }
        return params;
    }

    /** Required top-level fields of the JSON request body, through $ref and allOf. */
    Set<String> requiredBodyFields(Operation op) {
        JsonNode body = resolve(op.node().path("requestBody"));
        JsonNode schema = body.path("content").path("application/json").path("schema");
        Set<String> required = new TreeSet<>();
        collectRequired(schema, required, new LinkedHashSet<>());
        return required;
    }

    boolean hasBody(Operation op) {
        return op.node().has("requestBody");
    }

    private void collectRequired(JsonNode schema, Set<String> required, Set<String> seen) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (seen.add(ref)) {
                collectRequired(resolve(schema), required, seen);
            }
            return;
        }
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("allOf").forEach(s -> collectRequired(s, required, seen));
    }

    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        int guard = 0;
        while (current != null && current.has("$ref") && guard++ < 20) {
            String ref = current.get("$ref").asText();
            JsonNode target = root;
            Iterator<String> parts = List.of(ref.substring(2).split("/")).iterator();
            while (parts.hasNext()) {
                target = target.path(parts.next().replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    JsonNode root() {
        return root;
    }
}
