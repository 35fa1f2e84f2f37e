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

    /** What kind of failure this is, for routes ({@code onException} with a predicate) and health checks. */
    public enum Reason {
        /** 401, or the OAuth token endpoint refused the credential. */
        AUTHENTICATION(true),
        /** 403 because the token lacks an OAuth scope (or the scope check before sending found one missing). */
        SCOPE(true),
        /** 403 for another reason (no access to the workspace or repository, a project that still holds repos). */
        PERMISSION(true),
        /** 429: the hourly budget is spent. */
        RATE_LIMIT(false),
        /** 404. */
        NOT_FOUND(false),
        /** An API Bitbucket removed: 410 CHANGE-2770 (GET /workspaces), the retired issue tracker (404/410). */
        RETIRED_API(false),
        /** 400, 409, 422 and other 4xx: Bitbucket refused the request itself. */
        BAD_REQUEST(false),
        /** 5xx after the retries. */
        SERVER(true),
        /** No answer: connection refused, timeout, DNS, TLS, after the retries. */
        NETWORK(true),
        /** An answer that cannot be read (not JSON, not a page, a next link outside baseUrl). */
        INVALID_RESPONSE(true),
        /** Anything else (e.g. interrupted while waiting). */
        OTHER(false);

        private final boolean serviceProblem;

        Reason(boolean serviceProblem) {
            this.serviceProblem = serviceProblem;
        }

        /** Whether it says the connection to Bitbucket is unhealthy (credentials, reachability), not the request. */
        public boolean isServiceProblem() {
            return serviceProblem;
        }
    }

    private final Reason reason;

    private final int statusCode;
    private final String operation;
    private final String method;
    private final String path;
    private final String errorMessage;
    private final String errorDetail;
    private final Map<String, Object> fields;
    private final int attempts;

    public BitbucketException(String message, Reason reason, int statusCode, String operation, String method,
                              String path, String errorMessage, String errorDetail, Map<String, Object> fields,
                              int attempts, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.statusCode = statusCode;
        this.operation = operation;
        this.method = method;
        this.path = path;
        this.errorMessage = errorMessage;
        this.errorDetail = errorDetail;
        this.fields = fields == null ? Collections.emptyMap() : Collections.unmodifiableMap(fields);
        this.attempts = attempts;
    }

    /** A failure with no HTTP answer behind it (a transport failure, an unreadable answer). */
    public BitbucketException(String message, Reason reason, Throwable cause) {
        this(message, reason, 0, null, null, null, null, null, null, 0, cause);
    }

    private Map<String, String> rateLimitHeaders = Collections.emptyMap();

    void setRateLimitHeaders(Map<String, String> headers) {
        this.rateLimitHeaders = Collections.unmodifiableMap(headers);
    }

    /**
     * Bitbucket's rate-limit headers of the answer ({@code X-RateLimit-Limit}, {@code X-RateLimit-Resource},
     * {@code X-RateLimit-NearLimit}, {@code Retry-After}), those it sent; empty when none.
     */
    public Map<String, String> getRateLimitHeaders() {
        return rateLimitHeaders;
    }

    /** What kind of failure this is. */
    public Reason getReason() {
        return reason;
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
