package io.github.camelbitbucket;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads bitbucket.json and the service files from the packaged jar: every operation, option and header is there with a
 * description, and secrets are flagged.
 */
class ComponentMetadataIT {

    static JsonNode json;
    static List<String> entries = new ArrayList<>();

    @BeforeAll
    static void readJar() throws Exception {
        Path jar = Paths.get(System.getProperty("bitbucket.jar", "target/camel-bitbucket-0.1.0-SNAPSHOT.jar"));
        assertThat(Files.exists(jar)).as("packaged jar " + jar).isTrue();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(entries::add);
            ZipEntry e = zip.getEntry("META-INF/io/github/camelbitbucket/bitbucket.json");
            assertThat(e).as("bitbucket.json in the jar").isNotNull();
            json = new ObjectMapper().readTree(zip.getInputStream(e));
        }
    }

    @Test
    void jarHoldsTheGeneratedCamelFiles() {
        assertThat(entries).contains("META-INF/services/org/apache/camel/component/bitbucket",
                "META-INF/services/org/apache/camel/configurer/bitbucket-component",
                "META-INF/services/org/apache/camel/configurer/bitbucket-endpoint",
                "META-INF/services/org/apache/camel/urifactory/bitbucket-endpoint",
                "io/github/camelbitbucket/BitbucketEndpointUriFactory.class",
                "io/github/camelbitbucket/BitbucketComponentConfigurer.class",
                "io/github/camelbitbucket/model/Issue.class");
        assertThat(json.path("component").path("scheme").asText()).isEqualTo("bitbucket");
        assertThat(json.path("component").path("syntax").asText()).isEqualTo("bitbucket:operation");
    }

    @Test
    void theComponentJarHoldsNoSpringClasses() {
        // Spring Boot support lives in camel-bitbucket-starter
        assertThat(entries).noneMatch(e -> e.startsWith("io/github/camelbitbucket/springboot/")
                                           || e.startsWith("META-INF/spring/") || e.startsWith("org/springframework/"));
    }

    @Test
    void everyOperationIsListed() {
        List<String> listed = new ArrayList<>();
        json.path("properties").path("operation").path("enum").forEach(n -> listed.add(n.asText()));
        for (BitbucketOperation op : BitbucketOperation.values()) {
            assertThat(listed).contains(op.name());
        }
    }

    @Test
    void everyOptionIsThereWithADescription() {
        for (Field f : BitbucketConfiguration.class.getDeclaredFields()) {
            if (!f.isAnnotationPresent(UriParam.class)) {
                continue;
            }
            JsonNode endpointOption = json.path("properties").path(f.getName());
            JsonNode componentOption = json.path("componentProperties").path(f.getName());
            assertThat(endpointOption.path("description").asText()).as("endpoint option " + f.getName()).isNotBlank();
            assertThat(componentOption.path("description").asText()).as("component option " + f.getName()).isNotBlank();
        }
        json.path("properties").fields().forEachRemaining(e -> assertThat(e.getValue().path("description").asText())
                .as("description of " + e.getKey()).isNotBlank());
    }

    @Test
    void secretsAreFlagged() {
        for (String secret : List.of("clientSecret", "refreshToken", "accessToken", "apiToken")) {
            assertThat(json.path("properties").path(secret).path("secret").asBoolean()).as(secret).isTrue();
            assertThat(json.path("componentProperties").path(secret).path("secret").asBoolean()).as(secret).isTrue();
        }
    }

    @Test
    void everyHeaderIsDocumented() throws Exception {
        for (Field f : BitbucketConstants.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) {
                continue;
            }
            String name = (String) f.get(null);
            assertThat(json.path("headers").path(name).path("description").asText()).as(name).isNotBlank();
        }
    }
}
