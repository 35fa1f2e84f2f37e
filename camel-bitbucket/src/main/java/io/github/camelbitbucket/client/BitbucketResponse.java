package io.github.camelbitbucket.client;

import java.util.Map;

/**
 * An answer from Bitbucket.
 *
 * @param status  HTTP status
 * @param headers response headers, names in lower case (first value of each)
 * @param body    the body bytes (empty when there was none)
 */
public record BitbucketResponse(int status, Map<String, String> headers, byte[] body) {

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
