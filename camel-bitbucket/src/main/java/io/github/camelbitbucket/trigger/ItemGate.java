package io.github.camelbitbucket.trigger;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door every polled item passes before it can become an event: an item without its identity (a non-blank
 * {@code id}, {@code uuid} or, for commits, {@code hash}) or without a readable timestamp is skipped with one WARN
 * naming it, and never reaches the route or the watermark. One odd item thus never poisons a trigger: the watermark
 * holds only what its reader accepts.
 */
final class ItemGate {

    private static final Logger LOG = LoggerFactory.getLogger(ItemGate.class);
    /** How many skipped items are remembered so each is reported once, not on every poll. */
    private static final int MAX_REMEMBERED = 1000;

    private final String what;
    private final Set<String> reported = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_REMEMBERED;
        }
    });

    /** @param what names the stream in the WARN (the timestamp field, or the branch of commits) */
    ItemGate(String what) {
        this.what = what;
    }

    /** The event of an item listed by id (id, uuid), or null when it lacks its id or its {@code timeField}. */
    Event admit(JsonNode item, String timeField) {
        return admit(item, timeField, idOf(item, "id", "uuid"), null);
    }

    /** The event of a commit on a branch, or null when it lacks its hash or its date. */
    Event admitCommit(JsonNode commit, String branch) {
        return admit(commit, "date", idOf(commit, "hash"), branch);
    }

    private Event admit(JsonNode item, String timeField, String id, String branch) {
        OffsetDateTime time = TimestampKeysetStrategy.timestamp(item, timeField);
        if (id != null && time != null) {
            return new Event(item, time, id, branch);
        }
        String name = id != null ? id : abbreviated(item);
        synchronized (reported) {
            if (reported.add(name + "|" + time)) {
                LOG.warn("Bitbucket trigger ({}): skipped the listed item {}: it has no {}; it is not delivered and"
                         + " does not move the watermark", what, name,
                        id == null ? (branch != null ? "hash" : "id or uuid") : timeField);
            }
        }
        return null;
    }

    /** The first of the fields holding a non-blank value, or null. */
    static String idOf(JsonNode item, String... fields) {
        for (String f : fields) {
            JsonNode v = item.get(f);
            if (v != null && !v.isNull() && !v.isContainerNode() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static String abbreviated(JsonNode item) {
        String s = item.toString();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
