package io.github.camelbitbucket.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.camelbitbucket.client.Bbql;
import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.client.PathTemplate;
import io.github.camelbitbucket.model.PullRequestState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an operation and its resolved {@link RequestInputs} into a {@link BitbucketRequest}. Every bad value fails
 * here, naming the option and header to fix, before anything is sent. Body precedence, one rule for every action: the
 * route's body first, then the endpoint options, then the field headers (the most specific wins).
 */
public final class RequestFactory {

    /** The name raw calls are reported by. */
    static final String HTTP_REQUEST = "httpRequest";
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static final List<String> PULL_REQUEST_STATES = BodyField.known(PullRequestState.values());

    private static final Logger LOG = LoggerFactory.getLogger(RequestFactory.class);

    private final RequestOptions options;
    private final ObjectMapper mapper;
    /** The fields selector of paged requests (with next), worked out once. */
    private final String pagedFields;
    private volatile boolean cappedLogged;

    public RequestFactory(RequestOptions options, ObjectMapper mapper) {
        this.options = options;
        this.mapper = mapper;
        this.pagedFields = withNext(options.fieldsFilter());
    }

    /** The request of a contract operation (not httpRequest). */
    public BitbucketRequest request(OperationSpec op, RequestInputs in) {
        String path = op.path().expand(placeholder -> targetValue(op, in, Target.ofPlaceholder(placeholder)),
                placeholder -> Target.ofPlaceholder(placeholder).missingFor(op.name()));
        Map<String, Object> query = new LinkedHashMap<>();
        if (op.paged()) {
            query.put("pagelen", pageSize(op.maxPageSize()));
            String q = in.q();
            // every read of the pull request collection (the action and both triggers) takes the state filter:
            // repeated state= parameters, and inside q too, since reports disagree on whether state still applies
            // next to q on live Bitbucket
            if (op.collection() == Collection.PULL_REQUESTS && in.state() != null) {
                List<String> states = pullRequestStates(in.state());
                query.put("state", states);
                if (q != null && !q.isBlank()) {
                    q = Bbql.and(q, Bbql.anyOf("state", states));
                }
            }
            if (op.collection() == Collection.COMMITS) {
                if (q != null && !q.isBlank()) {
                    // live Bitbucket ignores q on commits without a word: refuse it rather than drop it silently
                    throw new IllegalArgumentException(op + ": Bitbucket ignores q on commits (it would return every"
                                                       + " commit); filter in the route, e.g. with filter(simple(...))");
                }
                String branches = in.targets().get(Target.BRANCH);
                if (branches != null) {
                    query.put(Collection.BRANCH_QUERY_PARAMETER, List.of(branches.split("\\s*,\\s*")));
                }
            }
            putIfSet(query, "q", q);
            putIfSet(query, "sort", in.sort());
        }
        putIfSet(query, "fields", op.paged() ? pagedFields : options.fieldsFilter());
        byte[] body = op.body().type() == null ? null : jsonBody(op, in);
        return new BitbucketRequest(op.name(), op.method(), path, query, body);
    }

    /**
     * A fields selector for a page: Bitbucket keeps only the listed paths, the envelope's {@code next} too, so a
     * selector that lists paths gets {@code next} added (paging needs it); one of removals only is sent as it is.
     */
    static String withNext(String fields) {
        if (fields == null || fields.isBlank()) {
            return fields;
        }
        boolean lists = false;
        for (String f : fields.split(",")) {
            String p = f.trim();
            if (p.equals("next") || p.equals("*")) {
                return fields;
            }
            lists |= !p.isEmpty() && !p.startsWith("-") && !p.startsWith("+");
        }
        return lists ? fields + ",next" : fields;
    }

    /** A target's value; a directory listing without filePath lists the root. */
    private static String targetValue(OperationSpec op, RequestInputs in, Target target) {
        String value = in.targets().get(target);
        return value == null && target == Target.FILE_PATH && op.collection() == Collection.DIRECTORY ? "" : value;
    }

    /** The request of commitFiles: a multipart form of the message body's files and the form fields. */
    public BitbucketRequest commitFiles(OperationSpec op, RequestInputs in) {
        String path = op.path().expand(placeholder -> in.targets().get(Target.ofPlaceholder(placeholder)),
                placeholder -> Target.ofPlaceholder(placeholder).missingFor(op.name()));
        return CommitFiles.request(op.name(), path, in);
    }

    /** The request of httpRequest: method, path and query from options/headers, body passed through. */
    public BitbucketRequest rawRequest(RequestInputs in) {
        String method = in.httpMethod() == null ? "GET" : in.httpMethod().trim().toUpperCase(Locale.ROOT);
        if (!HTTP_METHODS.contains(method)) {
            throw new IllegalArgumentException("httpRequest: the HTTP method '" + method + "' (option httpMethod or header "
                                               + Headers.HTTP_METHOD + ") must be one of " + HTTP_METHODS);
        }
        String rawPath = PathTemplate.checkRelativePath(in.path());
        int q = rawPath.indexOf('?');
        String template = q < 0 ? rawPath : rawPath.substring(0, q);
        Map<String, Object> query = new LinkedHashMap<>(PathTemplate.parseQuery(q < 0 ? null : rawPath.substring(q + 1)));
        // placeholders by Bitbucket's name ({repo_slug}) or by option name ({repoSlug}); literal segments are
        // percent-encoded as given by the caller, so only check them
        String path = PathTemplate.expand(template, placeholder -> {
            Target target = Target.ofPlaceholder(placeholder);
            if (target == null) {
                throw new IllegalArgumentException("httpRequest: unknown placeholder {" + placeholder + "} in path; use "
                                                   + Target.placeholderList());
            }
            return in.targets().get(target);
        }, placeholder -> Target.ofPlaceholder(placeholder).missingFor(HTTP_REQUEST));
        if (in.extraQuery() != null) {
            in.extraQuery().forEach((k, v) -> query.put(String.valueOf(k), v));
        }
        if (options.paginate() && !query.containsKey("pagelen")) {
            query.put("pagelen", pageSize(Collection.maxPageSizeOfPath(template)));
        }
        byte[] body = null;
        if (!"GET".equals(method) && !"DELETE".equals(method)) {
            body = rawBody(in.body());
        }
        String contentType = in.requestContentType() == null || in.requestContentType().isBlank()
                || "application/json".equalsIgnoreCase(in.requestContentType().trim()) ? null
                : in.requestContentType().trim();
        if (contentType != null) {
            try {
                org.apache.hc.core5.http.ContentType.parse(contentType);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("httpRequest: '" + contentType + "' (option requestContentType or header "
                                                   + Headers.REQUEST_CONTENT_TYPE + ") is not a content type");
            }
        }
        return new BitbucketRequest(HTTP_REQUEST, method, path, query, body, contentType);
    }

    private byte[] rawBody(Object body) {
        if (body == null) {
            return null;
        }
        try {
            if (body instanceof byte[] bytes) {
                return bytes;
            }
            if (body instanceof String s) {
                return s.getBytes(StandardCharsets.UTF_8);
            }
            if (body instanceof InputStream in) {
                return in.readAllBytes();
            }
            return mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("httpRequest: the message body (" + body.getClass().getName()
                                               + ") cannot be written as JSON: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Body = the route's body, then option fields, then header fields (resolved in {@link RequestInputs}), written in
     * one pass: the route's body is read token by token (or serialised once, for a model or Map) straight into the
     * bytes sent, fields that options or headers set are skipped there and written after; no JSON tree is built.
     */
    private byte[] jsonBody(OperationSpec op, RequestInputs in) {
        ObjectNode set = mapper.createObjectNode();
        in.fields().forEach((field, value) -> field.write(set, value));
        if (op.body() == Body.PIPELINE) {
            PipelineRun.finish(set);
        }
        Set<String> written = new HashSet<>();
        Set<String> withText = new HashSet<>();
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonParser source = bodySource(op, in.body()); JsonGenerator gen = mapper.createGenerator(out)) {
            gen.writeStartObject();
            if (source != null) {
                while (source.nextToken() == JsonToken.FIELD_NAME) {
                    String name = source.currentName();
                    JsonToken value = source.nextToken();
                    if (set.has(name) || !written.add(name)) {
                        source.skipChildren();
                        continue;
                    }
                    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY
                        || value.isScalarValue() && value != JsonToken.VALUE_NULL && !source.getText().isBlank()) {
                        withText.add(name); // an object or list counts as given (source, reviewers)
                    }
                    gen.writeFieldName(name);
                    gen.copyCurrentStructure(source);
                }
            }
            for (Map.Entry<String, JsonNode> field : set.properties()) {
                written.add(field.getKey());
                if (field.getValue().isValueNode() ? !field.getValue().asText().isBlank() : !field.getValue().isEmpty()) {
                    withText.add(field.getKey());
                }
                gen.writeFieldName(field.getKey());
                gen.writeTree(field.getValue());
            }
            // a field that also names a target defaults to it where the path does not use the target (createProject key)
            String key = BodyField.KEY.json();
            if (!withText.contains(key) && op.body().fields().contains(BodyField.KEY)
                && !op.pathTargets().contains(Target.PROJECT_KEY) && in.targets().get(Target.PROJECT_KEY) != null) {
                if (written.add(key)) {
                    gen.writeStringField(key, in.targets().get(Target.PROJECT_KEY));
                    withText.add(key);
                }
            }
            if (op.body() == Body.REPOSITORY && in.targets().get(Target.PROJECT_KEY) != null && written.add("project")) {
                // a repository's project, named by the projectKey option (the path does not use it)
                gen.writeObjectFieldStart("project");
                gen.writeStringField("key", in.targets().get(Target.PROJECT_KEY));
                gen.writeEndObject();
                withText.add("project");
            }
            checkFields(op, in, written, withText);
            if (written.add("type")) {
                // Bitbucket's object discriminator; the official contract marks it required
                gen.writeStringField("type", op.body().type());
            }
            gen.writeEndObject();
        } catch (IOException e) {
            throw new IllegalArgumentException(op + ": the message body is not valid JSON: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void checkFields(OperationSpec op, RequestInputs in, Set<String> written, Set<String> withText) {
        List<BodyField> missing = op.requiredFields().stream().filter(f -> !withText.contains(f.json()))
                .sorted().collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(op + " needs " + missing.stream().map(f -> "a " + f.option())
                    .collect(Collectors.joining(" and ")) + ": set " + (missing.size() == 1 ? "it" : "them")
                                               + " in the body, the option(s) "
                                               + missing.stream().map(f -> "'" + f.option() + "'")
                                                       .collect(Collectors.joining(", "))
                                               + (missing.contains(BodyField.KEY) ? " (or projectKey)" : "")
                                               + (missing.contains(BodyField.PIPELINE_BRANCH) ? " (or pipelineCommit)" : "")
                                               + " or the header(s) "
                                               + missing.stream().map(BodyField::header).collect(Collectors.joining(", "))
                                               + ignored(in));
        }
        if (written.isEmpty() && !op.body().mayBeEmpty()) {
            throw new IllegalArgumentException(op + " has nothing to send: give a body (model object, Map or JSON), or"
                                               + " set fields with options or headers ("
                                               + op.body().fields().stream().map(BodyField::option)
                                                       .collect(Collectors.joining(", "))
                                               + ")" + ignored(in));
        }
    }

    private static String ignored(RequestInputs in) {
        return in.ignoredBody() == null ? "" : "; " + in.ignoredBody();
    }

    /**
     * The route's body as JSON tokens, positioned inside its top-level object; null when there is no body (null,
     * blank text, JSON null). JSON text is parsed as it is copied; a model, Map or tree is serialised once.
     */
    private JsonParser bodySource(OperationSpec op, Object body) throws IOException {
        if (body == null) {
            return null;
        }
        JsonParser parser;
        if (body instanceof String s) {
            if (s.isBlank()) {
                return null;
            }
            parser = mapper.createParser(s);
        } else if (body instanceof byte[] bytes) {
            parser = mapper.createParser(bytes);
        } else if (body instanceof InputStream stream) {
            parser = mapper.createParser(stream);
        } else if (body instanceof Map<?, ?> || op.itemType().isInstance(body) || body instanceof JsonNode) {
            TokenBuffer tokens = new TokenBuffer(mapper, false);
            mapper.writeValue(tokens, body);
            parser = tokens.asParser(mapper);
        } else {
            throw new IllegalArgumentException(op + " cannot use a message body of type " + body.getClass().getName()
                                               + ": give a " + op.itemType().getSimpleName()
                                               + ", a Map or a JSON string");
        }
        JsonToken first = parser.nextToken();
        if (first == null || first == JsonToken.VALUE_NULL) {
            parser.close();
            return null;
        }
        if (first != JsonToken.START_OBJECT) {
            parser.close();
            throw new IllegalArgumentException(op + ": the message body must be a JSON object, was a JSON "
                                               + switch (first) {
                                                   case START_ARRAY -> "array";
                                                   case VALUE_STRING -> "string";
                                                   case VALUE_TRUE, VALUE_FALSE -> "boolean";
                                                   default -> "number";
                                               });
        }
        return parser;
    }

    /** The pageSize option, capped at what the collection accepts (logged once at DEBUG). */
    private int pageSize(int max) {
        if (options.pageSize() <= max) {
            return options.pageSize();
        }
        if (!cappedLogged) {
            cappedLogged = true;
            LOG.debug("pageSize {} is above what this collection accepts on live Bitbucket; using {}",
                    options.pageSize(), max);
        }
        return max;
    }

    /** The state option as a list: comma separated, any case, each one of Bitbucket's pull request states. */
    static List<String> pullRequestStates(String option) {
        List<String> states = new ArrayList<>();
        for (String s : option.split(",")) {
            String state = s.trim().toUpperCase(Locale.ROOT);
            if (state.isEmpty()) {
                continue;
            }
            if (!PULL_REQUEST_STATES.contains(state)) {
                throw new IllegalArgumentException("The value '" + state + "' of the option state (header "
                                                   + Headers.STATE + ") is not one of " + PULL_REQUEST_STATES);
            }
            if (!states.contains(state)) {
                states.add(state);
            }
        }
        return states;
    }

    private static void putIfSet(Map<String, Object> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value);
        }
    }
}
