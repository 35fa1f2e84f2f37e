package io.github.camelbitbucket.request;

import java.util.Map;

/**
 * An endpoint's options as requests read them, resolved once: the targets and body fields its options name, the
 * list parameters, httpRequest's method, path and content type, the {@code fields} filter, the page size and
 * whether to page raw calls and send a previous step's result. A message's headers override some of them
 * ({@link MessageInputs}).
 */
public record RequestOptions(Map<Target, String> targets, Map<BodyField, String> fields, String q, String sort,
                             String state, String httpMethod, String path, String requestContentType,
                             String fieldsFilter, int pageSize, boolean paginate, boolean useResultBody) {

    public RequestOptions {
        targets = Map.copyOf(targets);
        fields = Map.copyOf(fields);
    }
}
