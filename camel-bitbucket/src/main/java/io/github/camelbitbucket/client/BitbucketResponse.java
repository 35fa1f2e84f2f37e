package io.github.camelbitbucket.client;

import org.apache.hc.core5.http.Header;

/**
 * An answer from Bitbucket.
 *
 * @param status  HTTP status
 * @param headers the response headers as received (looked up case-insensitively, on demand)
 * @param body    the body bytes (empty when there was none)
 */
public record BitbucketResponse(int status, Header[] headers, byte[] body) {

    /** The first value of a header, any case, or null. */
    public String header(String name) {
        for (Header h : headers) {
            if (h.getName().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }
}
