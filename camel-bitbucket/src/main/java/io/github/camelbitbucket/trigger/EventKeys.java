package io.github.camelbitbucket.trigger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The keys the component stores in a Camel {@code IdempotentRepository}: at most {@link #MAX_LENGTH} characters, so
 * any repository takes them (camel-sql's {@code JdbcMessageIdRepository} creates {@code messageId VARCHAR(100)}, and
 * an event's identity is often longer: an approval's is about 150 characters, a commit on a long branch name about
 * 120). A key that fits is kept as it is (readable in the store, and unchanged from earlier releases); a longer one
 * becomes a readable prefix, {@code ~}, and the URL-safe Base64 of the SHA-256 of the whole identity, so two
 * identities never share a key.
 */
public final class EventKeys {

    /** The longest key stored. */
    public static final int MAX_LENGTH = 64;
    /** SHA-256 in URL-safe Base64 without padding. */
    private static final int DIGEST_LENGTH = 43;
    private static final int PREFIX_LENGTH = MAX_LENGTH - DIGEST_LENGTH - 1;

    private EventKeys() {
    }

    /** The key of an identity: itself when it fits, else prefix~digest (exactly {@link #MAX_LENGTH} characters). */
    public static String bounded(String identity) {
        if (identity.length() <= MAX_LENGTH) {
            return identity;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return identity.substring(0, PREFIX_LENGTH) + "~"
                   + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
