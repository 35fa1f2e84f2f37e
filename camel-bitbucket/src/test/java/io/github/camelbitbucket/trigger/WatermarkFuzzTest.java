package io.github.camelbitbucket.trigger;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored watermark can be anything a StateRepository hands back (a file edited by hand, another version's form):
 * it is read, or refused with an IllegalStateException naming it, and what is read is written back the same. Regression
 * seeds in {@code src/test/resources/io/github/camelbitbucket/trigger/WatermarkFuzzTestInputs/}; to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -B -pl camel-bitbucket test -Dtest='WatermarkFuzzTest'}.
 */
class WatermarkFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "2m")
    void aStoredWatermarkIsReadOrRefusedNeverMisread(byte[] data) {
        String stored = new String(data, StandardCharsets.UTF_8);
        Watermark mark;
        try {
            mark = Watermark.fromJson(JSON, stored);
        } catch (IllegalStateException refused) {
            assertThat(refused).hasMessageStartingWith("The stored watermark is not readable");
            return;
        }
        Watermark again = Watermark.fromJson(JSON, mark.toJson(JSON));
        assertThat(again.toJson(JSON)).isEqualTo(mark.toJson(JSON));
        assertThat(again.hash()).isEqualTo(mark.hash());
        assertThat(again.timestamp()).isEqualTo(mark.timestamp());
    }
}
