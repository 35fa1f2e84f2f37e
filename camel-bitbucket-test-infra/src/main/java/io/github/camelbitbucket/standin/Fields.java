package io.github.camelbitbucket.standin;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bitbucket's partial responses ({@code fields}): a list of dotted paths. A path without a sign keeps only what the
 * listed paths name (nested ones too: {@code values.project.key}); {@code -path} removes one; {@code +path} adds to the
 * default (the stand-in sends everything already). On a collection the paths name the envelope ({@code next},
 * {@code size}...) and the items ({@code values.*}): with any plain path the envelope keeps only what is listed.
 */
final class Fields {

    private Fields() {
    }

    /** The node as {@code fields} asks; the node itself when fields is absent. */
    static ObjectNode apply(ObjectNode node, String fields) {
        if (fields == null || fields.isBlank()) {
            return node;
        }
        List<String> keep = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        for (String f : fields.split(",")) {
            String p = f.trim();
            if (p.startsWith("-")) {
                drop.add(p.substring(1));
            } else if (!p.isEmpty() && !p.startsWith("+")) {
                keep.add(p);
            }
        }
        ObjectNode result = node.deepCopy();
        if (!keep.isEmpty()) {
            result = retain(result, keep);
        }
        for (String p : drop) {
            remove(result, p.split("\\."), 0);
        }
        return result;
    }

    /** Only the listed paths of the node ({@code *} keeps a whole level). */
    private static ObjectNode retain(ObjectNode node, List<String> paths) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        for (String path : paths) {
            copy(node, out, path.split("\\."), 0);
        }
        return out;
    }

    private static void copy(JsonNode from, ObjectNode to, String[] parts, int i) {
        String name = parts[i];
        List<String> names = new ArrayList<>();
        if ("*".equals(name)) {
            from.fieldNames().forEachRemaining(names::add);
        } else if (from.has(name)) {
            names.add(name);
        }
        for (String n : names) {
            JsonNode value = from.get(n);
            if (i == parts.length - 1 || value == null || value.isValueNode()) {
                to.set(n, value == null ? null : value.deepCopy());
            } else if (value.isArray()) {
                com.fasterxml.jackson.databind.node.ArrayNode arr = to.has(n) && to.get(n).isArray()
                        ? (com.fasterxml.jackson.databind.node.ArrayNode) to.get(n) : to.putArray(n);
                for (int k = 0; k < value.size(); k++) {
                    ObjectNode target = k < arr.size() && arr.get(k).isObject() ? (ObjectNode) arr.get(k)
                            : arr.addObject();
                    if (value.get(k).isObject()) {
                        copy(value.get(k), target, parts, i + 1);
                    }
                }
            } else if (value.isObject()) {
                ObjectNode target = to.has(n) && to.get(n).isObject() ? (ObjectNode) to.get(n) : to.putObject(n);
                copy(value, target, parts, i + 1);
            }
        }
    }

    private static void remove(JsonNode node, String[] parts, int i) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> remove(n, parts, i));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (i == parts.length - 1) {
            ((ObjectNode) node).remove(parts[i]);
        } else {
            remove(node.get(parts[i]), parts, i + 1);
        }
    }
}
