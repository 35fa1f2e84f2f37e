package io.github.camelbitbucket.client;

import java.io.Closeable;
import java.io.IOException;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.pool.PoolStats;

/** Sends one HTTP exchange and reads the whole answer: {@link HttpTransport} over Apache HttpClient 5. */
public interface Transport extends Closeable {

    /** Sends with the given Authorization and Accept headers; the body (may be null) with its content type. */
    BitbucketResponse send(String method, String url, String authorization, String accept, byte[] body,
                           ContentType contentType)
            throws IOException;

    /**
     * As {@link #send(String, String, String, String, byte[], ContentType)}, and a non-empty 2xx body goes through
     * {@code reader} into {@link BitbucketResponse#value()}. This default reads the bytes first; {@link HttpTransport}
     * reads from the entity stream.
     */
    default BitbucketResponse send(String method, String url, String authorization, String accept, byte[] body,
                                   ContentType contentType, BodyReader<?> reader)
            throws IOException {
        BitbucketResponse response = send(method, url, authorization, accept, body, contentType);
        if (reader == null || response.status() / 100 != 2 || response.body().length == 0) {
            return response;
        }
        Object value = reader.read(new java.io.ByteArrayInputStream(response.body()), response.header("Content-Type"));
        return new BitbucketResponse(response.status(), response.headers(), new byte[0], value);
    }

    /** Leased, available and pending connections of the pool behind it; null when unknown. */
    default PoolStats poolStats() {
        return null;
    }
}
