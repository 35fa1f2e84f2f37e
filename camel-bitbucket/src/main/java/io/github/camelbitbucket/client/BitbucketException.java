package io.github.camelbitbucket.client;

import java.util.Collections;
import java.util.Map;

import org.apache.camel.RuntimeCamelException;

/**
 * A request to Bitbucket failed: an error answer, a transport failure after the retries, or a response that could not
 * be read. Carries what a route needs to react (status, Bitbucket's own message, detail and field errors, the
 * operation and the request path) and never a credential.
 */
public class BitbucketException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String operation;
    private final String method;
    private final String path;
    private final String errorMessage;
    private final String errorDetail;
    private final Map<String, Object> fields;
    private final int attempts;

    public BitbucketException(String message, int statusCode, String operation, String method, String path,
                              String errorMessage, String errorDetail, Map<String, Object> fields, int attempts,
                              Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.operation = operation;
        this.method = method;
        this.path = path;
        this.errorMessage = errorMessage;
        this.errorDetail = errorDetail;
        this.fields = fields == null ? Collections.emptyMap() : Collections.unmodifiableMap(fields);
        this.attempts = attempts;
    }

    /** A failure with no HTTP answer behind it (bad input, a transport failure). */
    public BitbucketException(String message, Throwable cause) {
        this(message, 0, null, null, null, null, null, null, 0, cause);
    }

    /** HTTP status of the answer, 0 when there was none. */
    public int getStatusCode() {
        return statusCode;
    }

    /** The component operation (action or trigger) that sent the request. */
    public String getOperation() {
        return operation;
    }

    public String getMethod() {
        return method;
    }

    /** The request path relative to the API base URL (no query string, no credential). */
    public String getPath() {
        return path;
    }

    /** Bitbucket's {@code error.message}, if the answer had one. */
    public String getErrorMessage() {
        return errorMessage;
    }

    /** Bitbucket's {@code error.detail}, if the answer had one. */
    public String getErrorDetail() {
        return errorDetail;
    }

    /** Bitbucket's {@code error.fields} (validation errors per field on a 400). */
    public Map<String, Object> getFields() {
        return fields;
    }

    /** How many times the request was sent. */
    public int getAttempts() {
        return attempts;
    }
}
