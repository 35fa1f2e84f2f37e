package io.github.camelbitbucket.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.hc.core5.http.Header;

/**
 * An answer from Bitbucket.
 *
 * @param status  HTTP status
 * @param headers the response headers as received (looked up case-insensitively, on demand)
 * @param body    the body bytes (empty when there was none, or when a {@link BodyReader} read it)
 * @param value   what the {@link BodyReader} of the request made of a 2xx body; null without one
 */
public record BitbucketResponse(int status, Header[] headers, byte[] body, Object value) {

    /** An answer read as bytes. */
    public BitbucketResponse(int status, Header[] headers, byte[] body) {
        this(status, headers, body, null);
    }

    /** Bitbucket's rate-limit headers. */
    public static final String RATE_LIMIT_LIMIT = "X-RateLimit-Limit";
    public static final String RATE_LIMIT_RESOURCE = "X-RateLimit-Resource";
    public static final String RATE_LIMIT_NEAR_LIMIT = "X-RateLimit-NearLimit";
    private static final String[] RATE_LIMIT_HEADERS = { RATE_LIMIT_LIMIT, RATE_LIMIT_RESOURCE, RATE_LIMIT_NEAR_LIMIT,
                                                         "Retry-After" };

    /** The first value of a header, any case, or null. */
    public String header(String name) {
        for (Header h : headers) {
            if (h.getName().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    /** Bitbucket's rate-limit headers of the answer (X-RateLimit-*, Retry-After), as sent; empty when none. */
    public Map<String, String> rateLimitHeaders() {
        Map<String, String> found = new LinkedHashMap<>();
        for (String name : RATE_LIMIT_HEADERS) {
            if (header(name) != null) {
                found.put(name, header(name));
            }
        }
        return found;
    }
}
