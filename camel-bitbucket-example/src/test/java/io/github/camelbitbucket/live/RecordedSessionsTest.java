package io.github.camelbitbucket.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every session committed under {@code src/test/resources/recordings/<name>/} (README, "Contribute a recording") is a
 * permanent test: it holds nothing the scrubber's check finds, and the conformance run replayed against it (WireMock
 * serving the recorded answers, in order) passes every step that passed when it was recorded.
 */
class RecordedSessionsTest {

    static final Path RECORDINGS = Paths.get("src/test/resources/recordings");

    @TempDir
    Path dir;

    static Stream<Path> recordings() throws IOException {
        try (Stream<Path> dirs = Files.list(RECORDINGS)) {
            return dirs.filter(d -> Files.exists(d.resolve("session.json"))).sorted().toList().stream();
        }
    }

    @Test
    void atLeastTheStandInsRecordingIsCommitted() throws Exception {
        assertThat(recordings().map(p -> p.getFileName().toString())).contains("stand-in");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void aCommittedRecordingHoldsNothingTheScrubbersCheckFinds(Path recording) throws Exception {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(recording)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                new Scrubber(List.of()).findings(Files.readString(f)).forEach(x -> findings.add(f + ": " + x));
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void aPlantedSecretFailsTheCheckAndIsNeverWritten() throws Exception {
        Path copy = dir.resolve("planted");
        Files.createDirectories(copy.resolve("mappings"));
        Path stub = RECORDINGS.resolve("stand-in/mappings/002.json");
        String planted = Files.readString(stub).replace("Demo User", "Demo User <jane.doe@corp.example.io>");
        Files.writeString(copy.resolve("mappings/002.json"), planted);
        assertThat(new Scrubber(List.of()).findings(planted)).contains("an e-mail address");
        for (String secret : List.of("\"access_token\":\"4f1c0ffee\"", "Authorization: Bearer abcdefghijklmnop",
                "\"account_id\":\"557058:0f0e0d0c-0b0a-0908-0706-050403020100\"",
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqYW5lIn0.c2lnbmF0dXJl")) {
            assertThat(new Scrubber(List.of()).findings("{" + secret + "}")).as(secret).isNotEmpty();
        }
        assertThat(new Scrubber(List.of("made-up-client-secret")).findings("x made-up-client-secret y")).isNotEmpty();

        // the recorder scrubs them, and refuses to write what its check still finds
        Scrubber scrubber = new Scrubber(List.of("made-up-client-secret"));
        SessionRecorder.Exchange leaky = new SessionRecorder.Exchange("GET", "http://localhost:1/2.0/user", null, null,
                false, 200, Map.of("Content-Type", "application/json"), "{\"display_name\":\"made-up-client-secret\","
                + "\"email\":\"jane.doe@corp.example.io\",\"account_id\":\"557058:0f0e0d0c-0b0a-0908-0706-050403020100\"}",
                false);
        Recording.write(dir.resolve("scrubbed"), new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode(),
                List.of(leaky), "http://localhost:1/2.0", scrubber);
        String written = Files.readString(dir.resolve("scrubbed/mappings/001.json"));
        assertThat(written).doesNotContain("made-up-client-secret").doesNotContain("jane.doe").doesNotContain("557058")
                .contains(Scrubber.SECRET).contains("@example.com").contains("000000:account-");
        SessionRecorder.Exchange header = new SessionRecorder.Exchange("GET", "http://localhost:1/2.0/y", null, null,
                false, 200, Map.of("Location", "http://localhost:1/2.0/z?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqYW5lIn0"
                                               + ".c2lnbmF0dXJl"), null, false);
        Recording.write(dir.resolve("header"), new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode(),
                List.of(header), "http://localhost:1/2.0", scrubber);
        assertThat(Files.readString(dir.resolve("header/mappings/001.json"))).doesNotContain("eyJhbGciOiJIUzI1NiJ9");

        // a URL is kept as sent (a replay matches on it): a token in one means no recording at all
        SessionRecorder.Exchange inUrl = new SessionRecorder.Exchange("GET", "http://localhost:1/2.0/user?access_token="
                + "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqYW5lIn0.c2lnbmF0dXJl", null, null, false, 200, Map.of(), "{}", false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Recording.write(dir.resolve("refused"),
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode(), List.of(inUrl),
                "http://localhost:1/2.0", scrubber)).hasMessageContaining("not written").hasMessageContaining("JWT");
        assertThat(dir.resolve("refused")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void theConformanceRunReplayedAgainstARecordingPassesWhatPassedWhenItWasRecorded(Path recording) throws Exception {
        JsonNode session = Recording.session(recording);
        WireMockServer wm = new WireMockServer(options().dynamicPort());
        wm.start();
        try {
            for (String mapping : Recording.mappings(recording, "http://localhost:" + wm.port())) {
                wm.addStubMapping(StubMapping.buildFrom(mapping));
            }
            LiveConformance.Report report = LiveConformance.run(new LiveConformance.Settings(Map.of("baseUrl",
                    "http://localhost:" + wm.port() + "/2.0", "accessToken", "made-up-replay-token"),
                    session.path("workspace").asText(), session.path("runId").asText(), null, 0, dir.resolve("report"),
                    null, "replay of " + recording.getFileName(), 10_000, false));

            List<String> passedThen = new ArrayList<>();
            session.path("steps").forEach(st -> {
                if (st.path("status").asText().equals("PASS")) {
                    passedThen.add(st.path("name").asText());
                }
            });
            assertThat(passedThen).isNotEmpty();
            assertThat(report.steps()).filteredOn(st -> passedThen.contains(st.name()))
                    .allSatisfy(st -> assertThat(st.status()).as(st.name() + ": " + st.note()).isEqualTo("PASS"));
            assertThat(report.steps().stream().filter(st -> passedThen.contains(st.name()) && st.status().equals("PASS")))
                    .hasSize(passedThen.size());
        } finally {
            wm.stop();
        }
    }
}
