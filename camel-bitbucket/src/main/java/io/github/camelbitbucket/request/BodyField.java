package io.github.camelbitbucket.request;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitbucket.model.IssueKind;
import io.github.camelbitbucket.model.IssuePriority;
import io.github.camelbitbucket.model.IssueState;

/**
 * A body field that an option or header can set on the issue and project actions: the option, its header, the JSON
 * name, the allowed values (null = any) and, for a field that names a target too, the target it defaults to.
 */
public enum BodyField {

    TITLE("title", Headers.TITLE, "title", null),
    CONTENT("content", Headers.CONTENT, "content", null),
    KIND("kind", Headers.KIND, "kind", known(IssueKind.values())),
    PRIORITY("priority", Headers.PRIORITY, "priority", known(IssuePriority.values())),
    ISSUE_STATE("state", Headers.STATE, "state", known(IssueState.values())),
    ASSIGNEE("assignee", Headers.ASSIGNEE, "assignee", null),

    NAME("name", Headers.NAME, "name", null),
    /** Defaults to the projectKey target where the path does not use it (createProject). */
    KEY("key", Headers.KEY, "key", null),
    DESCRIPTION("description", Headers.DESCRIPTION, "description", null),
    IS_PRIVATE("isPrivate", Headers.IS_PRIVATE, "is_private", List.of("true", "false"));

    public static final List<BodyField> ISSUE = List.of(TITLE, CONTENT, KIND, PRIORITY, ISSUE_STATE, ASSIGNEE);
    public static final List<BodyField> PROJECT = List.of(NAME, KEY, DESCRIPTION, IS_PRIVATE);

    private final String option;
    private final String header;
    private final String json;
    private final List<String> allowed;

    BodyField(String option, String header, String json, List<String> allowed) {
        this.option = option;
        this.header = header;
        this.json = json;
        this.allowed = allowed;
    }

    public String option() {
        return option;
    }

    public String header() {
        return header;
    }

    public String json() {
        return json;
    }

    /** The value as it goes into the body, checked against the allowed values; {@code source} names where it came from. */
    String check(String operation, String value, String source) {
        if (allowed == null) {
            return value;
        }
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(normalized)) {
            throw new IllegalArgumentException(operation + ": the " + source + " has the value '" + value
                                               + "'; valid values of " + option + " are " + allowed);
        }
        return normalized;
    }

    /** Writes the (checked) value into the JSON body in Bitbucket's shape. */
    void write(ObjectNode node, String value) {
        switch (this) {
            case CONTENT -> node.putObject("content").put("raw", value);
            case ASSIGNEE -> node.putObject("assignee").put(value.startsWith("{") ? "uuid" : "account_id", value);
            case IS_PRIVATE -> node.put("is_private", Boolean.parseBoolean(value));
            default -> node.put(json, value);
        }
    }

    public static List<String> known(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).filter(v -> !v.startsWith("unknown_default"))
                .collect(Collectors.toList());
    }
}
