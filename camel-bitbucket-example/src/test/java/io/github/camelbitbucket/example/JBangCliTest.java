package io.github.camelbitbucket.example;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel JBang 4.17 (the CLI, without the jbang launcher) runs a YAML route with {@code --dep} on this component (built
 * on Camel 4.22) against the stand-in. Needs the component in the local Maven repository, which {@code mvn install}
 * (the project's test command) puts there before this module's tests run.
 */
class JBangCliTest {

    @TempDir
    Path work;

    static Path localRepoArtifact() {
        String repo = System.getProperty("maven.repo.local",
                Paths.get(System.getProperty("user.home"), ".m2", "repository").toString());
        return Paths.get(repo, "io", "github", "camelbitbucket", "camel-bitbucket", "0.1.0-SNAPSHOT",
                "camel-bitbucket-0.1.0-SNAPSHOT.jar");
    }

    /** The CLI's classpath, resolved by Maven from src/jbang/pom.xml (once per test). */
    private String cliClasspath() throws Exception {
        Assumptions.assumeTrue(Files.exists(localRepoArtifact()),
                "camel-bitbucket is not installed in the local Maven repository (run mvn install)");
        Path cpFile = Paths.get("target", "jbang-cli", "classpath.txt").toAbsolutePath();
        run(List.of("mvn", "-B", "-q", "-f", "src/jbang/pom.xml", "compile", "dependency:build-classpath",
                "-Dmdep.outputFile=" + cpFile), Paths.get("").toAbsolutePath(), 600);
        return Paths.get("target", "jbang-cli", "classes").toAbsolutePath() + File.pathSeparator
               + Files.readString(cpFile).trim();
    }

    /** camel run ROUTE application.properties --dep=<the component>, against the stand-in; the CLI's output. */
    private String camelRun(BitbucketStandIn standIn, String routeResource, int maxMessages) throws Exception {
        String route = routeResource.substring(routeResource.lastIndexOf('/') + 1);
        Files.copy(getClass().getResourceAsStream(routeResource), work.resolve(route));
        return camelRunFile(standIn, route, maxMessages);
    }

    private String camelRunFile(BitbucketStandIn standIn, String route, int maxMessages) throws Exception {
        return camelRunFile(standIn, route, "--max-messages=" + maxMessages);
    }

    /**
     * camel run with the given stop option. The Kamelet runs stop when idle: JBang's message count also counts the
     * Kamelets' inner exchanges, by a number that varies between runs, so a count could stop a run before the last
     * pull request (seen in a full build).
     */
    private String camelRunFile(BitbucketStandIn standIn, String route, String stopOption) throws Exception {
        String cp = cliClasspath();
        Files.writeString(work.resolve("application.properties"), String.join("\n",
                "camel.component.bitbucket.base-url = " + standIn.baseUrl(),
                "camel.component.bitbucket.token-url = " + standIn.tokenUrl(),
                "camel.component.bitbucket.client-id = " + BitbucketStandIn.DEMO_CLIENT_ID,
                "camel.component.bitbucket.client-secret = " + BitbucketStandIn.DEMO_CLIENT_SECRET, ""));
        return run(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                "io.github.camelbitbucket.jbang.Camel", "run", route, "application.properties",
                "--dep=io.github.camelbitbucket:camel-bitbucket:0.1.0-SNAPSHOT", stopOption),
                work, 300);
    }

    @Test
    void camelRunWithDepOnTheComponentListsTheWorkspaces() throws Exception {
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            String out = camelRun(standIn, "/jbang/workspaces.camel.yaml", 2);

            assertThat(out).contains("workspace acme: Acme Robotics").contains("workspace acme-labs: Acme Labs");
            assertThat(standIn.tokenRequests()).isEqualTo(1);
        }
    }

    /** The Kamelets shipped in the component jar, used from a YAML route by the Camel 4.17 JBang runtime. */
    @Test
    void aYamlRouteRunsTheSourceAndSinkKamelets() throws Exception {
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            // 2 repositories, 3 pull requests (open and merged), 2 commits on main
            Files.copy(getClass().getResourceAsStream("/jbang/kamelets.camel.yaml"), work.resolve("kamelets.camel.yaml"));
            String out = camelRunFile(standIn, "kamelets.camel.yaml", "--max-idle-seconds=5");

            assertThat(out).contains("new repository").contains("\"full_name\":\"acme/website\"")
                    .contains("sink answered").contains("Acme Robotics")
                    .contains("new pull request").contains("\"state\":\"MERGED\"")
                    .contains("new commit").contains("Add login page");
        }
    }

    /** README's Kamelet block, as written. */
    @Test
    void theReadmeKameletBlockRuns() throws Exception {
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            Files.writeString(work.resolve("kamelets.camel.yaml"), ReadmeTest.snippet("kamelets.camel.yaml"));
            // 3 pull requests, each followed by the sink's getRepository
            String out = camelRunFile(standIn, "kamelets.camel.yaml", "--max-idle-seconds=5");

            assertThat(out).contains("pull request {").contains("\"state\":\"MERGED\"")
                    .contains("repository {").contains("\"full_name\":\"acme/website\"");
        }
    }

    /**
     * An instant trigger under Camel JBang: the embedded HTTP server ({@code --port}) is platform-http on Vert.x; the
     * route registers its webhook on the stand-in, whose signed delivery of a new pull request fires it.
     */
    @Test
    void anInstantTriggerRunsOnJBangsHttpServer() throws Exception {
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            int port;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Files.copy(getClass().getResourceAsStream("/jbang/instant.camel.yaml"), work.resolve("instant.camel.yaml"));
            String cp = cliClasspath();
            Files.writeString(work.resolve("application.properties"), String.join("\n",
                    "camel.component.bitbucket.base-url = " + standIn.baseUrl(),
                    "camel.component.bitbucket.token-url = " + standIn.tokenUrl(),
                    "camel.component.bitbucket.client-id = " + BitbucketStandIn.DEMO_CLIENT_ID,
                    "camel.component.bitbucket.client-secret = " + BitbucketStandIn.DEMO_CLIENT_SECRET,
                    "camel.component.bitbucket.webhook-secret = made-up-jbang-webhook-secret",
                    "webhook.url = http://localhost:" + port + "/hooks/pull-requests", ""));
            Process p = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", cp, "io.github.camelbitbucket.jbang.Camel", "run", "instant.camel.yaml",
                    "application.properties", "--dep=io.github.camelbitbucket:camel-bitbucket:0.1.0-SNAPSHOT",
                    "--port=" + port, "--max-messages=1", "--max-seconds=240")).directory(work.toFile())
                    .redirectErrorStream(true).redirectOutput(work.resolve("out.txt").toFile()).start();
            try {
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(240))
                        .until(() -> !standIn.webhooks().hooks("acme", "website").isEmpty() || !p.isAlive());
                assertThat(p.isAlive()).as(Files.readString(work.resolve("out.txt"))).isTrue();
                standIn.openPullRequest("acme", "website", "Opened under JBang");
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(Files.readString(work.resolve("out.txt"))).isTrue();
            } finally {
                p.destroyForcibly();
            }
            String out = Files.readString(work.resolve("out.txt"));
            assertThat(out).contains("instant pull request #4 Opened under JBang (webhook, pullrequest:created)");
            // the route created the hook, and removed it when it stopped
            assertThat(standIn.webhooks().hooks("acme", "website")).isEmpty();
        }
    }

    private static String run(List<String> command, Path dir, int seconds) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as("finished: " + command).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(command + "\n" + text).isZero();
        return text;
    }
}
