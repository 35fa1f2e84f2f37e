package io.github.camelbitbucket.springboot;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's configuration metadata (IDE completion of camel.component.bitbucket.*) is derived from the component's
 * own metadata, bitbucket.json, so every option comes with its description and default. The committed file is
 * regenerated here; the test fails when it was stale (commit the regenerated one).
 */
class SpringConfigurationMetadataTest {

    static final String PREFIX = "camel.component.bitbucket";
    static final String SOURCE = BitbucketComponentProperties.class.getName();
    static final Path COMMITTED = Paths.get("src/main/resources/META-INF/spring-configuration-metadata.json");

    static String kebab(String option) {
        return option.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    static String generate() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode component;
        try (InputStream in = SpringConfigurationMetadataTest.class
                .getResourceAsStream("/META-INF/io/github/camelbitbucket/bitbucket.json")) {
            component = json.readTree(in);
        }
        ObjectNode root = json.createObjectNode();
        ObjectNode group = root.putArray("groups").addObject();
        group.put("name", PREFIX).put("type", SOURCE).put("sourceType", SOURCE);
        ArrayNode properties = root.putArray("properties");
        properties.addObject().put("name", PREFIX + ".enabled").put("type", "java.lang.Boolean")
                .put("description", "Whether to enable auto configuration of the bitbucket component.")
                .put("sourceType", SOURCE).put("defaultValue", true);
        properties.addObject().put("name", PREFIX + ".connections-in-data-source").put("type", "java.lang.Boolean")
                .put("description", "Keep the connections (the accounts that installed the app) in the application's"
                                    + " DataSource: the JDBC connection store on the one DataSource bean of the context"
                                    + " (connectionEncryptionKey required).")
                .put("sourceType", SOURCE).put("defaultValue", false);
        for (Iterator<Map.Entry<String, JsonNode>> it = component.path("componentProperties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode option = e.getValue();
            if ("configuration".equals(e.getKey())) {
                continue; // the nested object itself: its options are listed one by one
            }
            ObjectNode p = properties.addObject();
            p.put("name", PREFIX + "." + kebab(e.getKey()));
            p.put("type", option.path("javaType").asText());
            p.put("description", option.path("description").asText());
            p.put("sourceType", SOURCE);
            if (option.has("defaultValue")) {
                p.set("defaultValue", option.get("defaultValue"));
            }
        }
        return json.writeValueAsString(root) + "\n";
    }

    @Test
    void theCommittedMetadataListsEveryOptionOfTheComponent() throws Exception {
        String generated = generate();
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!generated.equals(committed)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("spring-configuration-metadata.json was stale and has been regenerated: commit it")
                .isEqualTo(generated);
    }
}
