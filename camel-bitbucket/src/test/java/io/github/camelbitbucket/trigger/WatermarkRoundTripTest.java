package io.github.camelbitbucket.trigger;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watermark reader accepts everything its writer can write: watermarks built from arbitrary items (any id or
 * hash, empty or holding '@', any timestamp and offset, with and without an overlap window, commits and collections)
 * are written, read back and written again unchanged. A seeded random walk runs in every build; to fuzz the same
 * property: {@code JAZZER_FUZZ=1 mvn -B -pl camel-bitbucket test -Dtest='WatermarkRoundTripTest'}.
 */
class WatermarkRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ODD = {"", "@", "a@b", "@2026-01-01T00:00Z", "{uuid}", "ü", " ", "\"", "\\", "7"};

    @Test
    void watermarksBuiltFromArbitraryItemsAreReadBackAsWritten() {
        Random random = new Random(20261206);
        for (int run = 0; run < 1000; run++) {
            Watermark mark = Watermark.beginning();
            boolean commits = random.nextBoolean();
            Duration lookback = random.nextBoolean() ? Duration.ZERO : Duration.ofSeconds(random.nextInt(100_000) + 1);
            for (int step = random.nextInt(12); step >= 0; step--) {
                String id = random.nextInt(3) == 0 ? ODD[random.nextInt(ODD.length)] : Long.toHexString(random.nextLong());
                OffsetDateTime time = random.nextInt(8) == 0 && commits ? null : time(random.nextLong(), random.nextInt());
                mark = commits ? mark.afterCommit(id, time) : mark.after(time, id, lookback);
                assertRoundTrip(mark);
            }
        }
    }

    @FuzzTest(maxDuration = "2m")
    void fuzzedItemsMakeReadableWatermarks(FuzzedDataProvider data) {
        Watermark mark = Watermark.beginning();
        boolean commits = data.consumeBoolean();
        Duration lookback = Duration.ofSeconds(data.consumeInt(0, 1_000_000));
        while (data.remainingBytes() > 0) {
            OffsetDateTime time = time(data.consumeLong(), data.consumeInt());
            String id = data.consumeString(60);
            mark = commits ? mark.afterCommit(id, data.consumeBoolean() ? null : time) : mark.after(time, id, lookback);
            assertRoundTrip(mark);
        }
    }

    /** Any instant between years 0 and 9999 (what Bitbucket can send), at any offset up to 18 hours, to the nano. */
    private static OffsetDateTime time(long seconds, int nanosAndOffset) {
        long min = OffsetDateTime.of(0, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
        long max = OffsetDateTime.of(9999, 12, 30, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
        long s = min + Math.floorMod(seconds, max - min);
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(Math.floorMod(nanosAndOffset, 36 * 3600) - 18 * 3600);
        return Instant.ofEpochSecond(s, Math.floorMod(nanosAndOffset, 1_000_000_000)).atOffset(offset);
    }

    private static void assertRoundTrip(Watermark mark) {
        String written = mark.toJson(JSON);
        Watermark read = Watermark.fromJson(JSON, written);
        assertThat(read.toJson(JSON)).isEqualTo(written);
        assertThat(read.hash()).isEqualTo(mark.hash());
        assertThat(read.timestamp() == null ? null : read.timestamp().toInstant())
                .isEqualTo(mark.timestamp() == null ? null : mark.timestamp().toInstant());
        assertThat(read.idsAtTimestamp()).isEqualTo(mark.idsAtTimestamp());
        assertThat(read.earlierHashes()).isEqualTo(mark.earlierHashes());
    }
}
