package io.github.camelbitbucket.connection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.camelbitbucket.client.BitbucketException;

/**
 * The {@code state} of the install flow: which connection a consent was asked for, signed with HMAC-SHA256 under the
 * {@code stateSecret} option, valid for {@code stateTimeout}, with a nonce that works once. The callback trusts the
 * connection a verified state names; a forged, expired or replayed state is refused before the code is sent anywhere.
 * Form: {@code base64url(connectionId \n expiresAt \n nonce) . base64url(hmac)}.
 */
public final class InstallState {

    /** Remembers used nonces until they expire (the connection store does, so that every node refuses a replay). */
    @FunctionalInterface
    public interface Nonces {
        /** Whether the nonce was unused (and is now used until {@code expiresAt}); false for a replay. */
        boolean useOnce(String nonce, Instant expiresAt);
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;
    private final Duration timeout;
    private final Clock clock;

    /** @param secret the stateSecret option; @param timeout how long a state is valid (stateTimeout) */
    public InstallState(String secret, Duration timeout, Clock clock) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The stateSecret option must be set, at least 16 characters: it signs"
                                               + " the state of the install flow");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.timeout = timeout;
        this.clock = clock;
    }

    /** A state for the consent of one connection. */
    public String issue(String connectionId) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = Connection.checkId(connectionId) + "\n" + clock.instant().plus(timeout).getEpochSecond() + "\n"
                         + B64.encodeToString(nonce);
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
    }

    /** The connection a state was issued for; a BitbucketException (BAD_REQUEST) when it is forged, expired or used. */
    public String verify(String state, Nonces nonces) {
        int dot = state == null ? -1 : state.indexOf('.');
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(state.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(state.substring(dot + 1));
        } catch (RuntimeException e) {
            throw refused("it is not a state this application issued");
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw refused("its signature does not match (forged, or signed with another stateSecret)");
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
        if (parts.length != 3) {
            throw refused("it is not a state this application issued");
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (!clock.instant().isBefore(expiresAt)) {
            throw refused("it expired at " + expiresAt + " (stateTimeout); ask for a new authorization URL");
        }
        if (!nonces.useOnce(parts[2], expiresAt)) {
            throw refused("it was used before (a replayed callback)");
        }
        return parts[0];
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static BitbucketException refused(String why) {
        return new BitbucketException("The install callback's state was refused, and its code was not exchanged: " + why,
                BitbucketException.Reason.BAD_REQUEST, null);
    }

    @Override
    public String toString() {
        return "InstallState[timeout=" + timeout + "]";
    }
}
