package io.github.camelbitbucket;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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

    TITLE("title", BitbucketConstants.TITLE, "title", BitbucketConfiguration::getTitle, null),
    CONTENT("content", BitbucketConstants.CONTENT, "content", BitbucketConfiguration::getContent, null),
    KIND("kind", BitbucketConstants.KIND, "kind", BitbucketConfiguration::getKind, known(IssueKind.values())),
    PRIORITY("priority", BitbucketConstants.PRIORITY, "priority", BitbucketConfiguration::getPriority,
            known(IssuePriority.values())),
    ISSUE_STATE("state", BitbucketConstants.STATE, "state", BitbucketConfiguration::getState,
            known(IssueState.values())),
    ASSIGNEE("assignee", BitbucketConstants.ASSIGNEE, "assignee", BitbucketConfiguration::getAssignee, null),

    NAME("name", BitbucketConstants.NAME, "name", BitbucketConfiguration::getName, null),
    /** Defaults to the projectKey target where the path does not use it (createProject). */
    KEY("key", BitbucketConstants.KEY, "key", BitbucketConfiguration::getKey, null),
    DESCRIPTION("description", BitbucketConstants.DESCRIPTION, "description", BitbucketConfiguration::getDescription,
            null),
    IS_PRIVATE("isPrivate", BitbucketConstants.IS_PRIVATE, "is_private",
            cfg -> cfg.getIsPrivate() == null ? null : String.valueOf(cfg.getIsPrivate()), List.of("true", "false"));

    static final List<BodyField> ISSUE = List.of(TITLE, CONTENT, KIND, PRIORITY, ISSUE_STATE, ASSIGNEE);
    static final List<BodyField> PROJECT = List.of(NAME, KEY, DESCRIPTION, IS_PRIVATE);

    private final String option;
    private final String header;
    private final String json;
    private final Function<BitbucketConfiguration, String> configured;
    private final List<String> allowed;

    BodyField(String option, String header, String json, Function<BitbucketConfiguration, String> configured,
              List<String> allowed) {
        this.option = option;
        this.header = header;
        this.json = json;
        this.configured = configured;
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

    String configured(BitbucketConfiguration cfg) {
        return configured.apply(cfg);
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

    static List<String> known(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).filter(v -> !v.startsWith("unknown_default"))
                .collect(Collectors.toList());
    }
}
