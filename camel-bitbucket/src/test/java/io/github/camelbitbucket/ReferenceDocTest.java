package io.github.camelbitbucket;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The option and header tables of src/main/docs/bitbucket-component.adoc are generated from the component's
 * bitbucket.json (Camel's own doc tooling writes Antora includes that only render on camel.apache.org). When they are
 * stale this test rewrites them and fails once, so a changed option cannot leave the docs behind.
 */
class ReferenceDocTest {

    static final String START = "// bitbucket generated tables: START\n";
    static final String END = "// bitbucket generated tables: END";

    @Test
    void optionTablesMatchTheComponentMetadata() throws Exception {
        JsonNode json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/camelbitbucket/bitbucket.json")) {
            json = new ObjectMapper().readTree(in);
        }
        Path adoc = Paths.get("src/main/docs/bitbucket-component.adoc");
        String text = Files.readString(adoc, StandardCharsets.UTF_8);
        int s = text.indexOf(START);
        int e = text.indexOf(END);
        assertThat(s).as("generated-tables markers in " + adoc).isGreaterThanOrEqualTo(0);
        String generated = tables(json);
        String updated = text.substring(0, s + START.length()) + generated + text.substring(e);
        if (!updated.equals(text)) {
            Files.writeString(adoc, updated, StandardCharsets.UTF_8);
        }
        assertThat(updated).as("the option tables were stale and have been regenerated: commit " + adoc).isEqualTo(text);
    }

    static String tables(JsonNode json) {
        StringBuilder sb = new StringBuilder();
        sb.append("== Component options\n\n").append("Set on the component (`camel.component.bitbucket.<option>`); they are the defaults of every endpoint.\n\n");
        table(sb, json.path("componentProperties"), false);
        sb.append("== Endpoint options\n\n").append("Path parameter `operation` plus query parameters.\n\n");
        table(sb, json.path("properties"), true);
        sb.append("== Message headers\n\n[cols=\"2,1,4\",options=\"header\"]\n|===\n| Header | Type | Description\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = json.path("headers").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> h = it.next();
            sb.append("| `").append(h.getKey()).append("` | `").append(simpleType(h.getValue().path("javaType").asText()))
                    .append("` | ").append(escape(h.getValue().path("description").asText())).append('\n');
        }
        sb.append("|===\n\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, JsonNode props, boolean endpoint) {
        sb.append("[cols=\"2,1,1,1,4\",options=\"header\"]\n|===\n| Name | Group | Default | Type | Description\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode v = p.getValue();
            String desc = v.path("description").asText();
            if (v.path("secret").asBoolean()) {
                desc = "*Secret.* " + desc;
            }
            if (v.has("enum")) {
                StringBuilder values = new StringBuilder();
                v.get("enum").forEach(n -> values.append(values.length() == 0 ? "" : ", ").append(n.asText()));
                desc += " Values: " + values + ".";
            }
            sb.append("| `").append(p.getKey()).append(endpoint && "path".equals(v.path("kind").asText()) ? "` (path)" : "`")
                    .append(" | ").append(v.path("group").asText())
                    .append(" | ").append(v.has("defaultValue") ? "`" + v.get("defaultValue").asText() + "`" : "")
                    .append(" | ").append(v.path("type").asText())
                    .append(" | ").append(escape(desc)).append('\n');
        }
        sb.append("|===\n\n");
    }

    private static String simpleType(String javaType) {
        return javaType.replace("java.lang.", "").replace("java.util.", "");
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
