package io.github.camelbitbucket.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-in measured against each committed recording: the conformance run is played against a fresh stand-in
 * with the recording's run id and workspace, and each kind of exchange (method and path, ids masked) is compared with
 * the recorded one: status, media type, JSON shape (top-level fields; a page's item fields) and whether a Location
 * came back. The differences are written to {@code target/stand-in-fidelity/<recording>.md}. A recording made against
 * the stand-in itself must show none; a live one shows where the stand-in still differs from Bitbucket Cloud.
 */
class StandInFidelityTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.camelbitbucket.live.RecordedSessionsTest#recordings")
    void theStandInsAnswersAreComparedWithTheRecordedOnes(Path recording) throws Exception {
        JsonNode recorded = Recording.session(recording);
        JsonNode played = Fidelity.playOnStandIn(recorded.path("workspace").asText(), recorded.path("runId").asText(),
                dir);
        List<String> differences = Fidelity.compare(recorded, played);

        Path report = Paths.get("target/stand-in-fidelity").resolve(recording.getFileName() + ".md");
        Files.createDirectories(report.getParent());
        StringBuilder md = new StringBuilder("# The stand-in against the recording '" + recording.getFileName() + "'\n\n"
                                             + "Recorded against: " + recorded.path("target").asText() + "; kinds of"
                                             + " exchange compared: " + Fidelity.kinds(recorded) + "; differences: "
                                             + differences.size() + "\n\n");
        differences.forEach(d -> md.append("- ").append(d).append('\n'));
        Files.writeString(report, md.toString());

        assertThat(Fidelity.kinds(recorded)).isGreaterThan(40);
        if (recorded.path("target").asText().equals("stand-in")) {
            assertThat(differences).as("a recording made against the stand-in").isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void aChangedAnswerIsListedAsADifference() throws Exception {
        JsonNode recorded = Recording.session(RecordedSessionsTest.RECORDINGS.resolve("stand-in"));
        com.fasterxml.jackson.databind.node.ObjectNode changed = recorded.deepCopy();
        for (JsonNode x : changed.path("exchanges")) {
            if (x.path("url").asText().equals("/2.0/user")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) x).put("status", 203).put("responseBody",
                        "{\"type\":\"user\",\"uuid\":\"{u}\",\"has_2fa_enabled\":true}");
            }
        }
        assertThat(Fidelity.compare(changed, recorded)).anySatisfy(d -> assertThat(d).startsWith("GET /2.0/user: status"))
                .anySatisfy(d -> assertThat(d).contains("missing from the stand-in [has_2fa_enabled]"));
    }
}
