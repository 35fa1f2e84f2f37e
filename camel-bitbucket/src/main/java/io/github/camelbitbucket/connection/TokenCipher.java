package io.github.camelbitbucket.connection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts tokens at rest with AES-256-GCM under the key of the {@code connectionEncryptionKey} option (Base64 of 32
 * bytes): a fresh 12-byte nonce per value, the connection id as associated data (a token copied to another
 * connection's row does not decrypt), the result in Base64. Never logs, never prints the key.
 */
public final class TokenCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** @param base64Key the connectionEncryptionKey option: Base64 of a 32-byte key */
    public TokenCipher(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The connectionEncryptionKey option is not Base64 (it must be the Base64"
                                               + " of 32 random bytes, e.g. openssl rand -base64 32)");
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException("The connectionEncryptionKey option must be the Base64 of 32 bytes"
                                               + " (AES-256), was " + raw.length + " bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** The value encrypted for one connection. */
    public String encrypt(String connectionId, String value) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(connectionId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The value of one connection; fails when it was not encrypted under this key for this connection. */
    public String decrypt(String connectionId, String encrypted) {
        try {
            byte[] all = Base64.getDecoder().decode(encrypted);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(connectionId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The stored token of connection " + connectionId + " cannot be decrypted"
                                            + " with the connectionEncryptionKey (another key, or a value moved from"
                                            + " another connection)");
        }
    }

    @Override
    public String toString() {
        return "TokenCipher[AES-256-GCM]";
    }
}
