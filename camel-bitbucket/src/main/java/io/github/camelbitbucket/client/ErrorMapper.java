package io.github.camelbitbucket.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns a non-2xx answer into a {@link BitbucketException}: the one place where error bodies are read. */
public final class ErrorMapper {

    /** Issue tracker endpoints: Bitbucket Cloud answers 404/410 there since the tracker was retired. */
    private static final Pattern ISSUE_PATH = Pattern.compile("^/repositories/[^/]+/[^/]+/issues(/.*)?$");

    static final String ISSUE_TRACKER_GONE = "the repository has no issue tracker (or does not exist). Bitbucket Cloud"
            + " retired the issue tracker and its API on 2026-08-20 (new trackers could not be enabled from April 2026), so issue"
            + " actions only work on repositories and Bitbucket-compatible servers that still have one";

    private final ObjectMapper mapper;

    public ErrorMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public BitbucketException toException(BitbucketRequest request, BitbucketResponse response, int attempts) {
        String errorMessage = null;
        String errorDetail = null;
        Map<String, Object> fields = null;
        String contentType = response.header("content-type");
        byte[] body = response.body();
        if (body.length > 0) {
            try {
                JsonNode root = mapper.readTree(body);
                JsonNode error = root == null ? null : root.path("error");
                if (error != null && error.isObject()) {
                    errorMessage = text(error.get("message"));
                    errorDetail = detail(error.get("detail"));
                    if (error.get("fields") != null && error.get("fields").isObject()) {
                        fields = mapper.convertValue(error.get("fields"), LinkedHashMap.class);
                    }
                } else if (root != null && root.has("error_description")) {
                    // OAuth token endpoint errors
                    errorMessage = text(root.get("error")) + ": " + text(root.get("error_description"));
                }
            } catch (Exception notJson) {
                errorMessage = plainText(contentType, body);
                if (errorMessage == null) {
                    errorMessage = "the answer is not Bitbucket's JSON error body (" + (contentType == null
                            ? "no content type" : contentType) + ", " + body.length + " bytes)";
                }
            }
        }
        String pathOnly = request.path().contains("?")
                ? request.path().substring(0, request.path().indexOf('?')) : request.path();
        int status = response.status();
        StringBuilder msg = new StringBuilder("Bitbucket answered HTTP ").append(status)
                .append(" to ").append(request.operation()).append(" (").append(request.method()).append(' ')
                .append(pathOnly).append(')');
        if ((status == 404 || status == 410) && ISSUE_PATH.matcher(pathOnly).matches()) {
            msg.append(": ").append(ISSUE_TRACKER_GONE);
            if (errorMessage != null) {
                msg.append(" (Bitbucket said: ").append(errorMessage).append(')');
            }
        } else {
            if (errorMessage != null) {
                msg.append(": ").append(errorMessage);
            }
            if (errorDetail != null) {
                msg.append(" - ").append(errorDetail);
            }
            if (fields != null && !fields.isEmpty()) {
                msg.append(" fields: ").append(fields);
            }
            if (status == 410 && errorMessage != null && errorMessage.startsWith("CHANGE-2770")) {
                msg.append(" (list workspaces with the listWorkspaces action: GET /user/workspaces)");
            }
            if (status == 429) {
                msg.append(". Bitbucket counts requests per rolling hour");
                if (response.header(BitbucketResponse.RATE_LIMIT_LIMIT) != null) {
                    msg.append(" (limit ").append(response.header(BitbucketResponse.RATE_LIMIT_LIMIT)).append(" for ")
                            .append(response.header(BitbucketResponse.RATE_LIMIT_RESOURCE)).append(')');
                }
                msg.append(": retry later (e.g. the route's redelivery with a delay of minutes) or lower the rate"
                           + " with maxRequestsPerHour");
            }
        }
        if (attempts > 1) {
            msg.append(" after ").append(attempts).append(" attempts");
        }
        BitbucketException e = new BitbucketException(msg.toString(), reason(status, pathOnly, errorMessage, errorDetail),
                status, request.operation(), request.method(), pathOnly,
                errorMessage, errorDetail, fields, attempts, null);
        e.setRateLimitHeaders(response.rateLimitHeaders());
        return e;
    }

    /**
     * Bitbucket's {@code error.detail}: a string, or on a 403 for a missing scope an object {@code {required,
     * granted}} (live row 7), told as "required scopes [..], granted [..]".
     */
    private static String detail(JsonNode detail) {
        if (detail == null || detail.isNull()) {
            return null;
        }
        if (detail.isObject() && (detail.has("required") || detail.has("granted"))) {
            return "required scopes " + list(detail.get("required")) + ", granted " + list(detail.get("granted"));
        }
        return detail.isValueNode() ? detail.asText() : detail.toString();
    }

    private static String list(JsonNode node) {
        java.util.List<String> values = new java.util.ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        } else if (node != null && !node.isNull()) {
            values.add(node.asText());
        }
        return values.toString();
    }

    /** A short plain-text answer (a 429 is "Rate limit for this resource has been exceeded"), kept as it is. */
    private static String plainText(String contentType, byte[] body) {
        if (contentType != null && !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain")
            || body.length > 500) {
            return null;
        }
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).trim();
        if (text.isEmpty() || text.chars().anyMatch(c -> c == 0xFFFD)) {
            return null;
        }
        return text.replaceAll("[\\p{Cntrl}]+", " ");
    }

    /** The kind of failure a status means (with the path and Bitbucket's words where the status alone is ambiguous). */
    static BitbucketException.Reason reason(int status, String path, String errorMessage, String errorDetail) {
        if (status == 401) {
            return BitbucketException.Reason.AUTHENTICATION;
        }
        if (status == 403) {
            String words = (errorMessage + " " + errorDetail).toLowerCase(java.util.Locale.ROOT);
            return words.contains("scope") ? BitbucketException.Reason.SCOPE : BitbucketException.Reason.PERMISSION;
        }
        if (status == 429) {
            return BitbucketException.Reason.RATE_LIMIT;
        }
        if (status == 410 || status == 404 && ISSUE_PATH.matcher(path).matches()) {
            return BitbucketException.Reason.RETIRED_API;
        }
        if (status == 404) {
            return BitbucketException.Reason.NOT_FOUND;
        }
        if (status >= 500) {
            return BitbucketException.Reason.SERVER;
        }
        return status >= 400 ? BitbucketException.Reason.BAD_REQUEST : BitbucketException.Reason.OTHER;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
