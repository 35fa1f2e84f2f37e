package io.github.camelbitbucket.connection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelbitbucket.client.BitbucketException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tokens are encrypted per connection (AES-256-GCM, the connection id as associated data), and the install flow's
 * state is signed, expires and works once: a forged, expired or replayed state is refused with a typed exception.
 */
class TokenCipherAndStateTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
            31, 32 });
    private static final String SECRET = "made-up-state-secret-for-tests";

    @Test
    void aTokenDecryptsOnlyForItsConnectionUnderItsKey() {
        TokenCipher cipher = new TokenCipher(KEY);
        String sealed = cipher.encrypt("customer-1", "made-up-refresh-token");
        assertThat(sealed).doesNotContain("made-up-refresh-token");
        assertThat(cipher.encrypt("customer-1", "made-up-refresh-token")).as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        assertThat(cipher.decrypt("customer-1", sealed)).isEqualTo("made-up-refresh-token");
        assertThatThrownBy(() -> cipher.decrypt("customer-2", sealed)).hasMessageContaining("customer-2")
                .hasMessageNotContaining("made-up-refresh-token");
        assertThatThrownBy(() -> new TokenCipher(OTHER_KEY).decrypt("customer-1", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThat(cipher.toString()).doesNotContain(KEY);
    }

    @Test
    void aBadKeyNamesTheOption() {
        assertThatThrownBy(() -> new TokenCipher("not base64!")).hasMessageContaining("connectionEncryptionKey");
        assertThatThrownBy(() -> new TokenCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes").hasMessageContaining("was 16");
        assertThatThrownBy(() -> new TokenCipher(null)).hasMessageContaining("connectionEncryptionKey");
    }

    @Test
    void aStateNamesItsConnectionOnceAndIsRefusedWhenForgedExpiredOrReplayed() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        MemoryConnectionStore nonces = new MemoryConnectionStore(clock);
        InstallState states = new InstallState(SECRET, Duration.ofMinutes(10), clock);

        String state = states.issue("customer-1");
        assertThat(state).doesNotContain(SECRET);
        assertThat(states.verify(state, nonces)).isEqualTo("customer-1");
        assertRefused(() -> states.verify(state, nonces), "used before");

        String other = states.issue("customer-2");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("customer-3\n" + now.get().plusSeconds(600).getEpochSecond() + "\nnonce").getBytes())
                               + other.substring(other.indexOf('.'));
        assertRefused(() -> states.verify(forgedPayload, nonces), "signature does not match");
        String signedElsewhere = new InstallState("another-made-up-secret", Duration.ofMinutes(10), clock)
                .issue("customer-2");
        assertRefused(() -> states.verify(signedElsewhere, nonces), "signature does not match");
        assertRefused(() -> states.verify("garbage", nonces), "not a state this application issued");
        assertRefused(() -> states.verify(null, nonces), "not a state this application issued");

        now.set(now.get().plus(Duration.ofMinutes(11)));
        assertRefused(() -> states.verify(other, nonces), "expired");
        assertThatThrownBy(() -> states.issue("../etc")).hasMessageContaining("connection id");
        assertThatThrownBy(() -> new InstallState("short", Duration.ofMinutes(1), clock))
                .hasMessageContaining("stateSecret");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String why) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BitbucketException.class,
                e -> assertThat(e.getReason()).isEqualTo(BitbucketException.Reason.BAD_REQUEST))
                .hasMessageContaining("code was not exchanged").hasMessageContaining(why)
                .hasMessageNotContaining(SECRET);
    }
}
