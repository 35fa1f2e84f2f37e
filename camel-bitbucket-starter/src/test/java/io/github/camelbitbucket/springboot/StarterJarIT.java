package io.github.camelbitbucket.springboot;

import java.io.InputStream;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged starter: its auto-configuration is registered and its metadata lists every component option. */
class StarterJarIT {

    @Test
    void theJarCarriesTheAutoConfigurationAndTheMetadataOfEveryOption() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode component;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/camelbitbucket/bitbucket.json")) {
            component = json.readTree(in);
        }
        try (JarFile jar = new JarFile(Paths.get(System.getProperty("starter.jar")).toFile())) {
            String imports = new String(jar.getInputStream(jar.getJarEntry(
                    "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")).readAllBytes());
            assertThat(imports).contains(BitbucketComponentAutoConfiguration.class.getName());
            JsonNode metadata = json.readTree(jar.getInputStream(jar.getJarEntry(
                    "META-INF/spring-configuration-metadata.json")));
            Set<String> listed = new HashSet<>();
            metadata.path("properties").forEach(p -> {
                assertThat(p.path("description").asText()).as(p.path("name").asText()).isNotBlank();
                listed.add(p.path("name").asText());
            });
            component.path("componentProperties").fieldNames().forEachRemaining(option -> {
                if (!"configuration".equals(option)) {
                    assertThat(listed).contains("camel.component.bitbucket."
                                                + SpringConfigurationMetadataTest.kebab(option));
                }
            });
            assertThat(listed).contains("camel.component.bitbucket.enabled", "camel.component.bitbucket.client-secret");
        }
    }
}
