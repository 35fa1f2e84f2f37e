package io.github.camelbitbucket.request;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Reads what an action's message asks for: the endpoint options, then the input headers (override headers for
 * targets, field headers for bodies), then the body, unless the body is the result a previous Bitbucket step left.
 * Output headers of earlier steps ({@code CamelBitbucketWorkspace}, {@code CamelBitbucketProjectKey}, ...) are never
 * read. The input headers apply to one action: {@link #consume(Message)} removes them once it succeeded.
 */
public final class MessageInputs {

    /**
     * Every header the producer reads: the override header of each target, the header of each body field, and the
     * request headers below.
     */
    public static final List<String> INPUT_HEADERS = java.util.stream.Stream.of(
            Arrays.stream(Target.values()).map(Target::overrideHeader),
            Arrays.stream(BodyField.values()).map(BodyField::header),
            java.util.stream.Stream.of(Headers.OPERATION, Headers.QUERY, Headers.SORT,
                    Headers.STATE, Headers.HTTP_METHOD, Headers.PATH,
                    Headers.QUERY_PARAMETERS, Headers.AUTHORIZATION_CODE, Headers.AUTHORIZATION_STATE,
                    Headers.OVERRIDE_CONNECTION,
                    Headers.REQUEST_CONTENT_TYPE))
            .flatMap(h -> h).distinct().toList();
    private static final java.util.Set<String> INPUT_HEADERS_LOWER_CASE = INPUT_HEADERS.stream()
            .map(h -> h.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final String PREFIX = "CamelBitbucket";

    private MessageInputs() {
    }

    /** What the message asks of {@code op}: the options, overridden by the message's input headers, and its body. */
    public static RequestInputs resolve(OperationSpec op, RequestOptions options, Exchange exchange) {
        Message original = exchange.getMessage();
        // most messages carry no CamelBitbucket* header: then the options alone decide, without a lookup per header
        Message message = hasBitbucketHeaders(original) ? original : null;
        Map<Target, String> targets = new EnumMap<>(Target.class);
        for (Target t : Target.values()) {
            String v = value(message, t.overrideHeader(), options.targets().get(t));
            if (v != null) {
                targets.put(t, v);
            }
        }
        Map<BodyField, String> fields = new EnumMap<>(BodyField.class);
        for (BodyField f : op.body().fields()) {
            Object header = message == null ? null : message.getHeader(f.header());
            if (header != null) {
                fields.put(f, f.check(op.name(), String.valueOf(header), "header " + f.header()));
            } else if (options.fields().get(f) != null) {
                fields.put(f, f.check(op.name(), options.fields().get(f), "option " + f.option()));
            }
        }
        Object body = original.getBody();
        String ignoredBody = null;
        if (body != null && body == exchange.getProperty(Headers.RESULT_BODY) && !options.useResultBody()) {
            ignoredBody = "the message body (a " + body.getClass().getSimpleName() + ") is the result of a previous"
                          + " Bitbucket step and is not sent again (set useResultBody=true to send it on purpose)";
            body = null;
        }
        return new RequestInputs(targets, fields, body, ignoredBody,
                value(message, Headers.QUERY, options.q()),
                value(message, Headers.SORT, options.sort()),
                value(message, Headers.STATE, options.state()),
                value(message, Headers.HTTP_METHOD, options.httpMethod()),
                value(message, Headers.PATH, options.path()),
                queryParameters(message == null ? null : message.getHeader(Headers.QUERY_PARAMETERS)),
                value(message, Headers.REQUEST_CONTENT_TYPE, options.requestContentType()));
    }

    /** Removes the input headers: they applied to the action that just succeeded, not to the next one. */
    public static void consume(Message message) {
        if (!hasBitbucketHeaders(message)) {
            return;
        }
        for (String h : List.copyOf(message.getHeaders().keySet())) {
            if (INPUT_HEADERS_LOWER_CASE.contains(h.toLowerCase(java.util.Locale.ROOT))) {
                message.removeHeader(h);
            }
        }
    }

    /** Whether any header's name starts with CamelBitbucket (any case): one pass over the few headers a message has. */
    private static boolean hasBitbucketHeaders(Message message) {
        if (!message.hasHeaders()) {
            return false;
        }
        for (String name : message.getHeaders().keySet()) {
            if (name.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                return true;
            }
        }
        return false;
    }

    private static Map<?, ?> queryParameters(Object extra) {
        if (extra == null) {
            return null;
        }
        if (!(extra instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("httpRequest: the header " + Headers.QUERY_PARAMETERS
                                               + " must be a Map of query parameters, was " + extra.getClass().getName());
        }
        return map;
    }

    private static String value(Message message, String header, String configured) {
        Object v = message == null ? null : message.getHeader(header);
        if (v != null && !String.valueOf(v).isBlank()) {
            return String.valueOf(v);
        }
        return configured == null || configured.isBlank() ? null : configured;
    }
}
