package io.github.camelbitbucket.trigger;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event a trigger delivers: the item as Bitbucket sent it, its timestamp (null for commits without one), its id
 * (issue or pull request id, UUID, commit hash) and, for commits, the branch it was seen on.
 */
public record Event(JsonNode item, OffsetDateTime time, String id, String branch) {

    /** The event of an item as a poll sees it: its {@code timeField} (null when absent) and id (id, uuid or hash). */
    public static Event of(JsonNode item, String timeField, String branch) {
        return new Event(item, TimestampKeysetStrategy.timestamp(item, timeField), TimestampKeysetStrategy.itemId(item),
                branch);
    }

    /**
     * A pull request comment as both deliveries hand it over: the comment, with the pull request it is on set as its
     * {@code pullrequest} (the activity lists it beside the comment, a webhook payload next to it).
     */
    public static JsonNode commentOn(JsonNode comment, JsonNode pullRequest) {
        if (pullRequest == null || !pullRequest.isObject() || comment.has("pullrequest")) {
            return comment;
        }
        return ((com.fasterxml.jackson.databind.node.ObjectNode) comment).deepCopy().set("pullrequest", pullRequest);
    }
}
