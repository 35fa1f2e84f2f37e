package io.github.camelbitbucket.example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a repository manager requires of a release, checked on every build: the parent POM's metadata (name,
 * description, URL, licence, SCM, developers), reproducible archive timestamps, the Java and Maven enforcer rule, the
 * release profile (sources, javadoc, CycloneDX SBOM), the API compatibility check of the component, and a changelog in
 * keep-a-changelog form. {@code mvn -B -Prelease -DskipTests verify} (RELEASING.md) builds the artifacts themselves.
 */
class ReleaseBuildTest {

    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();

    private static Document pom(String module) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(ROOT.resolve(module).resolve("pom.xml").toFile());
    }

    private static String text(Document doc, String path) {
        Element e = doc.getDocumentElement();
        for (String part : path.split("/")) {
            NodeList children = e.getChildNodes();
            Element next = null;
            for (int i = 0; i < children.getLength() && next == null; i++) {
                if (children.item(i) instanceof Element c && c.getTagName().equals(part)) {
                    next = c;
                }
            }
            if (next == null) {
                return null;
            }
            e = next;
        }
        return e.getTextContent().trim();
    }

    private static List<String> all(Document doc, String tag) {
        List<String> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }

    @Test
    void theParentPomCarriesWhatARepositoryManagerRequires() throws Exception {
        Document parent = pom(".");
        assertThat(text(parent, "name")).isNotBlank();
        assertThat(text(parent, "description")).contains("Bitbucket");
        assertThat(text(parent, "url")).startsWith("https://");
        assertThat(text(parent, "licenses/license/name")).isEqualTo("Apache License, Version 2.0");
        assertThat(text(parent, "scm/connection")).startsWith("scm:git:");
        assertThat(text(parent, "scm/url")).startsWith("https://");
        assertThat(text(parent, "developers/developer/name")).isNotBlank();
        assertThat(text(parent, "properties/project.build.outputTimestamp")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void everyBuildEnforcesJavaAndMavenAndTheReleaseProfileAttachesSourcesJavadocAndAnSbom() throws Exception {
        Document parent = pom(".");
        List<String> artifacts = all(parent, "artifactId");
        assertThat(artifacts).contains("maven-enforcer-plugin", "maven-source-plugin", "maven-javadoc-plugin",
                "cyclonedx-maven-plugin");
        assertThat(all(parent, "requireJavaVersion")).singleElement().asString().contains("[17,)");
        assertThat(all(parent, "requireMavenVersion")).singleElement().asString().contains("[3.8.1,)");
        assertThat(all(parent, "id")).contains("release");
        assertThat(all(parent, "goal")).contains("jar-no-fork", "jar", "makeBom", "enforce");
    }

    @Test
    void theComponentsApiIsComparedWithThePreviousReleaseOnceOneIsNamed() throws Exception {
        Document component = pom("camel-bitbucket");
        assertThat(all(component, "artifactId")).contains("japicmp-maven-plugin");
        assertThat(all(component, "name")).contains("japicmp.oldVersion");
        assertThat(all(component, "breakBuildOnBinaryIncompatibleModifications")).containsExactly("true");
        for (String unpublished : List.of("camel-bitbucket-example", "camel-bitbucket-benchmark")) {
            assertThat(text(pom(unpublished), "properties/maven.deploy.skip")).as(unpublished).isEqualTo("true");
        }
    }

    @Test
    void theChangelogFollowsKeepAChangelogFromTheFirstVersionOn() throws Exception {
        String changelog = Files.readString(ROOT.resolve("CHANGELOG.md"));
        assertThat(changelog).startsWith("# Changelog").contains("keepachangelog.com").contains("## [Unreleased]")
                .contains("## [0.1.0] - ").contains("[0.1.0]: ");
        assertThat(changelog.indexOf("## [Unreleased]")).isLessThan(changelog.indexOf("## [0.1.0]"));
        assertThat(changelog.lines().filter(l -> l.startsWith("### ")).map(String::trim).distinct())
                .allMatch(l -> List.of("### Added", "### Changed", "### Deprecated", "### Removed", "### Fixed",
                        "### Security").contains(l));
        assertThat(Files.readString(ROOT.resolve("RELEASING.md"))).contains("mvn -B -Prelease -DskipTests verify")
                .contains("japicmp.oldVersion");
    }
}
