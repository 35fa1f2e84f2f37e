package io.github.camelbitbucket.webhook;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Decides whether a request to the webhook path is a Bitbucket delivery this endpoint takes, in this order: size (413),
 * content type (415), signature over the raw bytes (401, before anything is parsed), Bitbucket's headers (400), the
 * event key (400), then the JSON (400). Reasons name what was wrong, never the secret or the body.
 */
public final class WebhookCheck {

    public static final String EVENT_KEY = "X-Event-Key";
    public static final String REQUEST_UUID = "X-Request-UUID";
    public static final String HOOK_UUID = "X-Hook-UUID";
    public static final String ATTEMPT = "X-Attempt-Number";

    /** A delivery that passed every check. */
    public record Delivery(String eventKey, String requestUuid, String hookUuid, int attempt, JsonNode payload) {
    }

    /** The outcome: a delivery, or the status and reason of its refusal. */
    public record Verdict(Delivery delivery, int status, String reason) {
        static Verdict refuse(int status, String reason) {
            return new Verdict(null, status, reason);
        }

        public boolean accepted() {
            return delivery != null;
        }
    }

    private final WebhookSignature signature;
    private final int maxBodySize;
    private final Set<String> eventKeys;
    private final ObjectMapper mapper;

    /**
     * @param signature   the secret's signature check; null only when unsigned deliveries were explicitly allowed
     * @param maxBodySize the largest body accepted
     * @param eventKeys   the event keys this endpoint takes; empty: any
     */
    public WebhookCheck(WebhookSignature signature, int maxBodySize, Set<String> eventKeys, ObjectMapper mapper) {
        this.signature = signature;
        this.maxBodySize = maxBodySize;
        this.eventKeys = eventKeys;
        this.mapper = mapper;
    }

    /**
     * @param headers the request headers by name, any case (null when absent)
     * @param body    the raw body bytes as received (may be null)
     */
    public Verdict check(Function<String, String> headers, byte[] body) {
        String length = headers.apply("Content-Length");
        if (body != null && body.length > maxBodySize || length != null && tooLong(length.trim())) {
            return Verdict.refuse(413, "the body is larger than webhookMaxBodySize (" + maxBodySize + " bytes)");
        }
        String contentType = headers.apply("Content-Type");
        String mime = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!mime.equals("application/json")) {
            return Verdict.refuse(415, "the content type is '" + printable(mime) + "', not application/json");
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (signature != null) {
            String given = headers.apply(WebhookSignature.HEADER);
            if (given == null || given.isBlank()) {
                return Verdict.refuse(401, "no " + WebhookSignature.HEADER + " header, and a webhookSecret is set");
            }
            if (!signature.verify(raw, given)) {
                return Verdict.refuse(401, "the " + WebhookSignature.HEADER + " signature does not match the body");
            }
        }
        String eventKey = trimmed(headers.apply(EVENT_KEY));
        String requestUuid = trimmed(headers.apply(REQUEST_UUID));
        if (eventKey == null) {
            return Verdict.refuse(400, "no " + EVENT_KEY + " header");
        }
        if (requestUuid == null) {
            return Verdict.refuse(400, "no " + REQUEST_UUID + " header");
        }
        if (!eventKeys.isEmpty() && !eventKeys.contains(eventKey)) {
            return Verdict.refuse(400, "the event key '" + printable(eventKey) + "' is not one this endpoint takes "
                                       + eventKeys);
        }
        if (raw.length == 0) {
            return Verdict.refuse(400, "the body is empty");
        }
        JsonNode payload;
        try {
            payload = mapper.readTree(raw);
        } catch (IOException e) {
            return Verdict.refuse(400, "the body is not JSON");
        }
        if (payload == null || !payload.isObject()) {
            return Verdict.refuse(400, "the body is not a JSON object");
        }
        int attempt = 1;
        try {
            String a = headers.apply(ATTEMPT);
            attempt = a == null ? 1 : Integer.parseInt(a.trim());
        } catch (NumberFormatException ignored) {
            // informative only
        }
        return new Verdict(new Delivery(eventKey, requestUuid, trimmed(headers.apply(HOOK_UUID)), attempt, payload),
                202, null);
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A header value fit for a log line: short, printable ASCII. */
    public static String printable(String value) {
        String v = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return v.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
