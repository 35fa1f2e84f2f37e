package io.github.camelbitbucket.client;

import java.util.Map;

/**
 * One request to the Bitbucket API, before credentials are added.
 *
 * @param operation the component operation sending it (for errors and logs)
 * @param method    GET, POST, PUT, DELETE or PATCH
 * @param path      the encoded path relative to the API base (from {@link PathTemplate})
 * @param query     raw query parameters (encoded when sent), may be empty
 * @param body        the body or null
 * @param contentType the body's content type; null for JSON
 */
public record BitbucketRequest(String operation, String method, String path, Map<String, ?> query, byte[] body,
                               String contentType) {

    /** A request with a JSON body (or none). */
    public BitbucketRequest(String operation, String method, String path, Map<String, ?> query, byte[] body) {
        this(operation, method, path, query, body, null);
    }

    /** The path with its query string, relative to the API base. */
    public String pathAndQuery() {
        return PathTemplate.withQuery(path, query);
    }

    /** POST and PATCH are not idempotent: once possibly received by the server they are never sent again. */
    public boolean idempotent() {
        return !"POST".equals(method) && !"PATCH".equals(method);
    }
}
