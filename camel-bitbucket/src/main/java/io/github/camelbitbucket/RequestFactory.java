package io.github.camelbitbucket;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.client.PathTemplate;
import io.github.camelbitbucket.model.IssueKind;
import io.github.camelbitbucket.model.IssuePriority;
import io.github.camelbitbucket.model.IssueState;
import io.github.camelbitbucket.model.PullRequest;
import io.github.camelbitbucket.model.PullRequestState;
import org.apache.camel.Message;

/**
 * Turns an operation, the endpoint options and a message (headers, body) into a {@link BitbucketRequest}. Headers win
 * over options; every bad value fails here, with the option and header to fix, before anything is sent.
 */
final class RequestFactory {

    /** Option name to the header that overrides it (target options). */
    private static final Map<String, String> HEADER_OF_OPTION = Map.of(
            "workspace", BitbucketConstants.WORKSPACE,
            "repoSlug", BitbucketConstants.REPO_SLUG,
            "issueId", BitbucketConstants.ISSUE_ID,
            "projectKey", BitbucketConstants.PROJECT_KEY,
            "branch", BitbucketConstants.BRANCH);

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    /** A body field an option or header can set: option name, header, JSON name, allowed values (null = any). */
    private record Field(String option, String header, String json, Function<BitbucketConfiguration, Object> getter,
                         List<String> allowed) {
    }

    private static final List<Field> ISSUE_FIELDS = List.of(
            new Field("title", BitbucketConstants.TITLE, "title", BitbucketConfiguration::getTitle, null),
            new Field("content", BitbucketConstants.CONTENT, "content", BitbucketConfiguration::getContent, null),
            new Field("kind", BitbucketConstants.KIND, "kind", BitbucketConfiguration::getKind, known(IssueKind.values())),
            new Field("priority", BitbucketConstants.PRIORITY, "priority", BitbucketConfiguration::getPriority,
                    known(IssuePriority.values())),
            new Field("state", BitbucketConstants.STATE, "state", BitbucketConfiguration::getState,
                    known(IssueState.values())),
            new Field("assignee", BitbucketConstants.ASSIGNEE, "assignee", BitbucketConfiguration::getAssignee, null));

    private static final List<Field> PROJECT_FIELDS = List.of(
            new Field("name", BitbucketConstants.NAME, "name", BitbucketConfiguration::getName, null),
            new Field("key", BitbucketConstants.KEY, "key", BitbucketConfiguration::getKey, null),
            new Field("description", BitbucketConstants.DESCRIPTION, "description",
                    BitbucketConfiguration::getDescription, null),
            new Field("isPrivate", BitbucketConstants.IS_PRIVATE, "is_private", BitbucketConfiguration::getIsPrivate,
                    List.of("true", "false")));

    private static final List<String> PULL_REQUEST_STATES = known(PullRequestState.values());

    private final BitbucketConfiguration cfg;
    private final ObjectMapper mapper;

    RequestFactory(BitbucketConfiguration cfg, ObjectMapper mapper) {
        this.cfg = cfg;
        this.mapper = mapper;
    }

    private static List<String> known(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).filter(v -> !v.startsWith("unknown_default"))
                .collect(Collectors.toList());
    }

    /** The request of a contract operation (not httpRequest). */
    BitbucketRequest request(BitbucketOperation op, Message message) {
        String path = op.getCompiledPath().expand(placeholder -> targetValue(placeholder, message),
                placeholder -> missing(op, BitbucketOperation.OPTION_OF_PLACEHOLDER.get(placeholder)));
        Map<String, Object> query = new LinkedHashMap<>();
        if (op.isPaged()) {
            query.put("pagelen", cfg.getPageSize());
            putIfSet(query, "q", value(message, BitbucketConstants.QUERY, cfg.getQ()));
            putIfSet(query, "sort", value(message, BitbucketConstants.SORT, cfg.getSort()));
            // every read of the pull request collection (the action and both triggers) takes the state filter
            if (op.getItemType() == PullRequest.class) {
                String state = value(message, BitbucketConstants.STATE, cfg.getState());
                if (state != null) {
                    putIfSet(query, "state", checkAllowed("state", BitbucketConstants.STATE,
                            state.toUpperCase(Locale.ROOT), PULL_REQUEST_STATES));
                }
            }
        }
        putIfSet(query, "fields", cfg.getFields());
        byte[] body = switch (op.getBody()) {
            case ISSUE -> json(op, jsonBody(op, message, ISSUE_FIELDS, "issue"));
            case PROJECT -> json(op, jsonBody(op, message, PROJECT_FIELDS, "project"));
            default -> null;
        };
        return new BitbucketRequest(op.name(), op.getMethod(), path, query, body);
    }

    /** The request of httpRequest: method, path and query from options/headers, body passed through. */
    BitbucketRequest rawRequest(Message message) {
        String method = value(message, BitbucketConstants.HTTP_METHOD, cfg.getHttpMethod());
        method = method == null ? "GET" : method.trim().toUpperCase(Locale.ROOT);
        if (!HTTP_METHODS.contains(method)) {
            throw new IllegalArgumentException("httpRequest: the HTTP method '" + method + "' (option httpMethod or header "
                                               + BitbucketConstants.HTTP_METHOD + ") must be one of " + HTTP_METHODS);
        }
        String rawPath = PathTemplate.checkRelativePath(value(message, BitbucketConstants.PATH, cfg.getPath()));
        int q = rawPath.indexOf('?');
        String template = q < 0 ? rawPath : rawPath.substring(0, q);
        Map<String, Object> query = new LinkedHashMap<>(PathTemplate.parseQuery(q < 0 ? null : rawPath.substring(q + 1)));
        // placeholders by Bitbucket's name ({repo_slug}) or by option name ({repoSlug}); literal segments are
        // percent-encoded as given by the caller, so only check them
        String path = PathTemplate.expand(template, placeholder -> {
            String option = BitbucketOperation.OPTION_OF_PLACEHOLDER.getOrDefault(placeholder, placeholder);
            if (!HEADER_OF_OPTION.containsKey(option)) {
                throw new IllegalArgumentException("httpRequest: unknown placeholder {" + placeholder + "} in path; use "
                                                   + "{workspace}, {repoSlug}, {issueId}, {projectKey} or {branch}");
            }
            return option(option, message);
        }, placeholder -> missing(BitbucketOperation.httpRequest,
                BitbucketOperation.OPTION_OF_PLACEHOLDER.getOrDefault(placeholder, placeholder)));
        Object extra = message.getHeader(BitbucketConstants.QUERY_PARAMETERS);
        if (extra != null) {
            if (!(extra instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("httpRequest: the header " + BitbucketConstants.QUERY_PARAMETERS
                                                   + " must be a Map of query parameters, was "
                                                   + extra.getClass().getName());
            }
            map.forEach((k, v) -> query.put(String.valueOf(k), v));
        }
        if (cfg.isPaginate() && !query.containsKey("pagelen")) {
            query.put("pagelen", cfg.getPageSize());
        }
        byte[] body = null;
        if (!"GET".equals(method) && !"DELETE".equals(method)) {
            body = rawBody(message.getBody());
        }
        return new BitbucketRequest(BitbucketOperation.httpRequest.name(), method, path, query, body);
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

    /** Body = option fields, then the message body, then header fields (the most specific wins). */
    private ObjectNode jsonBody(BitbucketOperation op, Message message, List<Field> fields, String type) {
        ObjectNode node = mapper.createObjectNode();
        for (Field f : fields) {
            Object v = f.getter().apply(cfg);
            if (v != null) {
                setField(op, node, f, String.valueOf(v), "option " + f.option());
            }
        }
        ObjectNode fromBody = bodyAsObject(op, message.getBody());
        if (fromBody != null) {
            node.setAll(fromBody);
        }
        for (Field f : fields) {
            Object v = message.getHeader(f.header());
            if (v != null) {
                setField(op, node, f, String.valueOf(v), "header " + f.header());
            }
        }
        if (op == BitbucketOperation.createProject && !node.hasNonNull("key")) {
            String projectKey = option("projectKey", message);
            if (projectKey != null) {
                node.put("key", projectKey);
            }
        }
        if (op == BitbucketOperation.createIssue && !hasText(node, "title")) {
            throw new IllegalArgumentException("createIssue needs a title: set it in the body, the option 'title' or"
                                               + " the header " + BitbucketConstants.TITLE);
        }
        if (op == BitbucketOperation.createProject && (!hasText(node, "name") || !hasText(node, "key"))) {
            throw new IllegalArgumentException("createProject needs a name and a key: set them in the body, the options"
                                               + " 'name' and 'key' (or projectKey), or the headers "
                                               + BitbucketConstants.NAME + " and " + BitbucketConstants.KEY);
        }
        if (node.isEmpty()) {
            throw new IllegalArgumentException(op + " has nothing to send: give a body (model object, Map or JSON), or"
                                               + " set fields with options or headers ("
                                               + fields.stream().map(Field::option).collect(Collectors.joining(", "))
                                               + ")");
        }
        if (!node.has("type")) {
            // Bitbucket's object discriminator; the official contract marks it required
            node.put("type", type);
        }
        return node;
    }

    private static boolean hasText(ObjectNode node, String field) {
        return node.hasNonNull(field) && !node.get(field).asText().isBlank();
    }

    private void setField(BitbucketOperation op, ObjectNode node, Field f, String value, String source) {
        if (f.allowed() != null) {
            String normalized = value.trim().toLowerCase(Locale.ROOT);
            if (!f.allowed().contains(normalized)) {
                throw new IllegalArgumentException(op + ": the " + source + " has the value '" + value + "'; valid values"
                                                   + " of " + f.option() + " are " + f.allowed());
            }
            value = normalized;
        }
        switch (f.json()) {
            case "content" -> node.putObject("content").put("raw", value);
            case "assignee" -> node.putObject("assignee").put(value.startsWith("{") ? "uuid" : "account_id", value);
            case "is_private" -> node.put("is_private", Boolean.parseBoolean(value));
            default -> node.put(f.json(), value);
        }
    }

    private ObjectNode bodyAsObject(BitbucketOperation op, Object body) {
        if (body == null) {
            return null;
        }
        JsonNode node;
        try {
            if (body instanceof String s) {
                if (s.isBlank()) {
                    return null;
                }
                node = mapper.readTree(s);
            } else if (body instanceof byte[] bytes) {
                node = mapper.readTree(bytes);
            } else if (body instanceof InputStream in) {
                node = mapper.readTree(in);
            } else if (body instanceof Map<?, ?> || op.getItemType().isInstance(body) || body instanceof JsonNode) {
                node = mapper.valueToTree(body);
            } else {
                throw new IllegalArgumentException(op + " cannot use a message body of type " + body.getClass().getName()
                                                   + ": give a " + op.getItemType().getSimpleName()
                                                   + ", a Map or a JSON string");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(op + ": the message body is not valid JSON: " + e.getMessage(), e);
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(op + ": the message body must be a JSON object, was a JSON "
                                               + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return (ObjectNode) node;
    }

    private byte[] json(BitbucketOperation op, ObjectNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalArgumentException(op + ": cannot write the body as JSON: " + e.getMessage(), e);
        }
    }

    /** The value of a path placeholder of a contract operation. */
    private String targetValue(String placeholder, Message message) {
        return option(BitbucketOperation.OPTION_OF_PLACEHOLDER.get(placeholder), message);
    }

    /** A target option's value: its header if present, else the endpoint option. */
    String option(String option, Message message) {
        String configured = switch (option) {
            case "workspace" -> cfg.getWorkspace();
            case "repoSlug" -> cfg.getRepoSlug();
            case "issueId" -> cfg.getIssueId();
            case "projectKey" -> cfg.getProjectKey();
            case "branch" -> cfg.getBranch();
            default -> throw new IllegalStateException("not a target option: " + option);
        };
        return value(message, HEADER_OF_OPTION.get(option), configured);
    }

    private static String value(Message message, String header, String configured) {
        Object v = message == null ? null : message.getHeader(header);
        if (v != null && !String.valueOf(v).isBlank()) {
            return String.valueOf(v);
        }
        return configured;
    }

    private static IllegalArgumentException missing(BitbucketOperation op, String option) {
        return new IllegalArgumentException(op + " needs " + option + ": set the endpoint option '" + option
                                            + "' or the header " + HEADER_OF_OPTION.get(option));
    }

    private static String checkAllowed(String option, String header, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("The value '" + value + "' of the option " + option + " (header " + header
                                               + ") is not one of " + allowed);
        }
        return value;
    }

    private static void putIfSet(Map<String, Object> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value);
        }
    }
}
