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

    /** Leased, available and pending connections of the pool behind it; null when unknown. */
    default PoolStats poolStats() {
        return null;
    }
}
