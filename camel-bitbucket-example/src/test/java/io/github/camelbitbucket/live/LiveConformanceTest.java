package io.github.camelbitbucket.live;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live conformance run with the stand-in as its "live" target (its URL and demo credentials): it passes end to
 * end, deletes everything it created, writes both reports and a scrubbed recording; without credentials the command
 * prints how to run it and exits 0.
 */
class LiveConformanceTest {

    static final String RUN_ID = "20261206-090000-c0de";

    @TempDir
    Path dir;

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The run against a stand-in, as a user with credentials would run it against their workspace. */
    static LiveConformance.Settings standInSettings(BitbucketStandIn standIn, Path reports, Path record, int hookPort) {
        return new LiveConformance.Settings(Map.of("baseUrl", standIn.baseUrl(), "tokenUrl", standIn.tokenUrl(),
                "clientId", BitbucketStandIn.DEMO_CLIENT_ID, "clientSecret", BitbucketStandIn.DEMO_CLIENT_SECRET),
                "acme", RUN_ID, hookPort > 0 ? "http://localhost:" + hookPort : null, hookPort, reports, record,
                "stand-in", 20_000, true);
    }

    @Test
    void withoutCredentialsTheCommandSaysHowToRunItAndExitsZero() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = LiveConformance.launch(Map.of("BITBUCKET_WORKSPACE", "acme"), new PrintStream(out, true,
                StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .contains("skipped").contains("mvn -B -q -Plive -DskipTests package").contains("BITBUCKET_WORKSPACE");
        assertThat(LiveConformance.fromEnvironment(Map.of("BITBUCKET_ACCESS_TOKEN", "made-up"))).as("no workspace")
                .isNull();
    }

    @Test
    void againstTheStandInTheRunPassesCleansUpEverythingItCreatedAndWritesItsReports() throws Exception {
        int hookPort = freePort();
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            standIn.live().issueTrackerRetired(true); // as on live Bitbucket Cloud (row 11)
            LiveConformance.Report report = LiveConformance.run(standInSettings(standIn, dir.resolve("report"),
                    dir.resolve("recording"), hookPort));

            assertThat(report.steps()).filteredOn(s -> s.status().equals("FAIL")).isEmpty();
            assertThat(report.passed()).isTrue();
            assertThat(report.steps()).extracting(LiveConformance.Step::name).contains("mergePullRequest (row 14: a 202"
                    + " task is followed)", "trigger pullRequestCreated (webhook)", "trigger commitStatusChanged (webhook)",
                    "trigger tagCreated (webhook)", "trigger commitPushed (webhook)", "trigger pipelineCompleted (poll)",
                    "trigger branchCreated (poll)", "commitFiles (the first commit)");
            assertThat(report.steps().stream().filter(s -> s.status().equals("PASS")).count()).isGreaterThan(50);
            assertThat(report.requests()).isLessThan(LiveConformance.BUDGET);
            // everything created is deleted, and really gone
            assertThat(report.created()).hasSize(3);
            assertThat(report.deleted()).containsExactlyInAnyOrderElementsOf(report.created());
            assertThat(standIn.project("acme", "CBBL20261206090000C0DE")).isNull();
            String token = token(standIn);
            for (String slug : List.of("cbb-live-20261206-090000-c0de", "cbb-live-20261206-090000-c0de-fork")) {
                assertThat(get(standIn, token, "/repositories/acme/" + slug)).as(slug).isEqualTo(404);
            }
            assertThat(standIn.webhooks().hooks("acme", "cbb-live-20261206-090000-c0de")).isEmpty();
            // both reports, and a scrubbed recording
            JsonNode json = new ObjectMapper().readTree(dir.resolve("report/report.json").toFile());
            assertThat(json.path("steps")).hasSize(report.steps().size());
            assertThat(Files.readString(dir.resolve("report/report.md"))).contains("| Step | Status | ms | Note |")
                    .contains("Result: passed").contains("## What differed from the stand-in");
            // the run compared its answers with the same run played on an embedded stand-in: here, the same
            assertThat(report.standInDifferences()).isEmpty();
            assertThat(report.steps()).filteredOn(st -> st.name().startsWith("listIssues")).singleElement()
                    .satisfies(st -> assertThat(st.note()).contains("retired"));
            assertThat(Files.exists(dir.resolve("recording/session.json"))).isTrue();
            String everything = Files.readString(dir.resolve("recording/session.json"));
            assertThat(new Scrubber(List.of(BitbucketStandIn.DEMO_CLIENT_SECRET)).findings(everything)).isEmpty();
            assertThat(everything).doesNotContain(BitbucketStandIn.DEMO_CLIENT_SECRET).doesNotContain("demo-user-token");
        }
    }

    @Test
    void whereAnIssueTrackerIsStillServedTheIssueActionsAndTriggersRunToo() throws Exception {
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            standIn.live().issueTrackerRetired(false);
            LiveConformance.Settings base = standInSettings(standIn, dir.resolve("issues"), null, 0);
            LiveConformance.Report report = LiveConformance.run(new LiveConformance.Settings(base.component(),
                    base.workspace(), "20261206-090500-155e", null, 0, base.reportDir(), null, "stand-in", 20_000,
                    false));

            assertThat(report.passed()).isTrue();
            assertThat(report.steps()).filteredOn(st -> st.name().startsWith("createIssue")
                                                        || st.name().startsWith("trigger issue"))
                    .hasSize(3).allSatisfy(st -> assertThat(st.status()).as(st.name()).isEqualTo("PASS"));
        }
    }

    @Test
    void onlyNamesTheRunCreatedMayBeDeleted() {
        assertThat(LiveConformance.ownedByRun("cbb-live-20261206-090000-c0de", RUN_ID)).isTrue();
        assertThat(LiveConformance.ownedByRun("cbb-live-20261206-090000-c0de-fork", RUN_ID)).isTrue();
        assertThat(LiveConformance.ownedByRun("CBBL20261206090000C0DE", RUN_ID)).isTrue();
        // the user's own repositories and projects, and another run's scratch names
        for (String other : List.of("website", "WEB", "cbb-live-20261205-120000-0001", "cbb-live-", "CBBL",
                "cbb-live-20261206-090000-c0de-other")) {
            assertThat(LiveConformance.ownedByRun(other, RUN_ID)).as(other).isFalse();
        }
    }

    static String token(BitbucketStandIn standIn) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((BitbucketStandIn.DEMO_CLIENT_ID + ":"
                                                                     + BitbucketStandIn.DEMO_CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(standIn.tokenUrl()))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body()).get("access_token").asText();
    }

    static int get(BitbucketStandIn standIn, String token, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(standIn.baseUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
