package io.github.camelbitbucket.client;

import java.io.IOException;
import java.io.InputStream;

/**
 * Turns a successful (2xx) answer's body into a value while it streams in from the connection, so every byte is read
 * once and no copy of the body is kept. Failures to read the content are thrown as {@link BitbucketException}
 * ({@code INVALID_RESPONSE}); an {@link IOException} means the connection failed.
 *
 * @param <T> the value read
 */
@FunctionalInterface
public interface BodyReader<T> {

    /**
     * @param body        the body as it arrives (empty only when the server sent no length and no bytes)
     * @param contentType the answer's {@code Content-Type}, null when absent
     */
    T read(InputStream body, String contentType) throws IOException;
}
