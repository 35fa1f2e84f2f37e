package io.github.camelbitbucket.trigger;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden test of the stored watermark: the key and the JSON that 0.1.0 wrote must be read the same way by every later
 * release, or an upgrade would replay or skip events.
 */
class WatermarkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theStateKeyKeepsThe010Form() {
        assertThat(new TriggerSpec("issueCreated", "acme", "web", null, TriggerEvents.NONE, null).stateKey(null)).isEqualTo("bitbucket:issueCreated:acme/web");
        assertThat(new TriggerSpec("projectUpdated", "acme", null, null, TriggerEvents.NONE, null).stateKey(null)).isEqualTo("bitbucket:projectUpdated:acme/");
        assertThat(new TriggerSpec("commitPushed", "acme", "web", null, TriggerEvents.NONE, null).stateKey("main"))
                .isEqualTo("bitbucket:commitPushed:acme/web:main");
        assertThat(new TriggerSpec("pullRequestUpdated", "acme", "web", "MERGED", TriggerEvents.NONE, null).stateKey(null))
                .isEqualTo("bitbucket:pullRequestUpdated:acme/web:MERGED");
    }

    @Test
    void aTimestampWatermarkWrittenBy010IsReadAndWrittenTheSame() {
        String written010 = "{\"ts\":\"2026-01-31T10:00:00.123456Z\",\"ids\":[\"7\",\"8\"]}";

        Watermark mark = Watermark.fromJson(JSON, written010);

        assertThat(mark.timestamp()).isEqualTo(OffsetDateTime.parse("2026-01-31T10:00:00.123456Z"));
        assertThat(mark.idsAtTimestamp()).containsExactly("7", "8");
        assertThat(mark.toJson(JSON)).isEqualTo(written010);
        assertThat(mark.covers(OffsetDateTime.parse("2026-01-31T10:00:00.123456Z"), "8")).isTrue();
        assertThat(mark.covers(OffsetDateTime.parse("2026-01-31T10:00:00.123456Z"), "9")).isFalse();
    }

    @Test
    void commitAndBeginningWatermarksWrittenBy010AreReadTheSame() {
        assertThat(Watermark.fromJson(JSON, "{\"hash\":\"abc123\"}").hash()).isEqualTo("abc123");
        assertThat(Watermark.beginning().afterCommit("abc123", null).toJson(JSON)).isEqualTo("{\"hash\":\"abc123\"}");
        assertThat(Watermark.fromJson(JSON, "{}").timestamp()).isNull();
        assertThat(Watermark.beginning().toJson(JSON)).isEqualTo("{}");
    }
}
