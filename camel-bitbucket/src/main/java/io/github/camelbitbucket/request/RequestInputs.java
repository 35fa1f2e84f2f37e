package io.github.camelbitbucket.request;

import java.util.Map;

/**
 * What one request is built from, already resolved (override header, else endpoint option) and checked: the targets,
 * the body fields, the body the route gave, list parameters and, for httpRequest, method, path and extra query
 * parameters. Built by {@link MessageInputs} for an action's message, or from the configuration alone for a trigger.
 *
 * @param ignoredBody when the message body was a previous step's result and was therefore not used: what it was, for
 *                    the error message; otherwise null
 */
public record RequestInputs(Map<Target, String> targets, Map<BodyField, String> fields, Object body, String ignoredBody,
                     String q, String sort, String state, String httpMethod, String path,
                     Map<?, ?> extraQuery, String requestContentType) {

    /** The inputs of a trigger: endpoint options only. */
    public static RequestInputs of(RequestOptions options) {
        Map<Target, String> targets = new java.util.EnumMap<>(Target.class);
        options.targets().forEach((t, v) -> {
            if (v != null && !v.isBlank()) {
                targets.put(t, v);
            }
        });
        return new RequestInputs(targets, Map.of(), null, null, options.q(), options.sort(), options.state(), null,
                null, null, null);
    }

    /** The same inputs with another pull request state filter. */
    public RequestInputs withState(String newState) {
        return new RequestInputs(targets, fields, body, ignoredBody, q, sort, newState, httpMethod, path, extraQuery,
                requestContentType);
    }

    /** The same inputs with another value for one target (a trigger's branch). */
    public RequestInputs with(Target target, String value) {
        Map<Target, String> copy = new java.util.EnumMap<>(Target.class);
        copy.putAll(targets);
        copy.put(target, value);
        return new RequestInputs(copy, fields, body, ignoredBody, q, sort, state, httpMethod, path, extraQuery,
                requestContentType);
    }
}
