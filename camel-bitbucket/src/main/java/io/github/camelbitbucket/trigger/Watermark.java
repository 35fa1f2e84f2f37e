package io.github.camelbitbucket.trigger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a trigger stands: the timestamp of the newest delivered item and the ids delivered at exactly that timestamp
 * (so items sharing the boundary timestamp are neither lost nor repeated), or, for commits, the newest delivered hash.
 * Stored as a small JSON string in a Camel StateRepository under {@link #stateKey}; both forms are pinned by a golden
 * test, since a change would replay or skip events after an upgrade.
 */
public final class Watermark {

    private final OffsetDateTime timestamp;
    private final Set<String> idsAtTimestamp;
    private final String hash;

    private Watermark(OffsetDateTime timestamp, Set<String> idsAtTimestamp, String hash) {
        this.timestamp = timestamp;
        this.idsAtTimestamp = idsAtTimestamp;
        this.hash = hash;
    }

    public static Watermark ofTime(OffsetDateTime timestamp) {
        return new Watermark(timestamp, Set.of(), null);
    }

    public static Watermark ofHash(String hash) {
        return new Watermark(null, Set.of(), hash);
    }

    /** A commit watermark that also keeps the commit's date (for a history rewritten by a force push). */
    public static Watermark ofHash(String hash, OffsetDateTime date) {
        return new Watermark(date, Set.of(), hash);
    }

    /** Nothing delivered yet and no start point: everything counts as new. */
    public static Watermark beginning() {
        return new Watermark(null, Set.of(), null);
    }

    public OffsetDateTime timestamp() {
        return timestamp;
    }

    public String hash() {
        return hash;
    }

    /** Ids delivered at exactly {@link #timestamp()}. */
    public Set<String> idsAtTimestamp() {
        return idsAtTimestamp;
    }

    /** Whether an item with this timestamp and id was delivered already. */
    public boolean covers(OffsetDateTime itemTime, String id) {
        if (timestamp == null) {
            return false;
        }
        int c = itemTime.compareTo(timestamp);
        return c < 0 || c == 0 && idsAtTimestamp.contains(id);
    }

    /** The watermark after delivering the item (items come oldest first). */
    public Watermark after(OffsetDateTime itemTime, String id) {
        if (timestamp != null && itemTime.isEqual(timestamp)) {
            Set<String> ids = new LinkedHashSet<>(idsAtTimestamp);
            ids.add(id);
            return new Watermark(timestamp, ids, null);
        }
        return new Watermark(itemTime, Set.of(id), null);
    }

    public static String format(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public String toJson(ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        if (timestamp != null) {
            node.put("ts", format(timestamp));
            ArrayNode ids = node.putArray("ids");
            idsAtTimestamp.forEach(ids::add);
        }
        if (hash != null) {
            node.put("hash", hash);
        }
        return node.toString();
    }

    public static Watermark fromJson(ObjectMapper mapper, String json) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node.hasNonNull("hash")) {
                return ofHash(node.get("hash").asText(),
                        node.hasNonNull("ts") ? OffsetDateTime.parse(node.get("ts").asText()) : null);
            }
            if (!node.hasNonNull("ts")) {
                return beginning();
            }
            Set<String> ids = new LinkedHashSet<>();
            node.path("ids").forEach(n -> ids.add(n.asText()));
            return new Watermark(OffsetDateTime.parse(node.get("ts").asText()), ids, null);
        } catch (Exception e) {
            throw new IllegalStateException("The stored watermark is not readable: " + json, e);
        }
    }

    /** The key of a trigger's watermark in the StateRepository (the 0.1.0 form). */
    public static String stateKey(String trigger, String workspace, String repoSlug, String branch, String state) {
        return "bitbucket:" + trigger + ":" + workspace + "/" + (repoSlug == null ? "" : repoSlug)
               + (branch == null ? "" : ":" + branch) + (state == null ? "" : ":" + state);
    }

    @Override
    public String toString() {
        return hash != null ? "Watermark[hash=" + hash + "]"
                : "Watermark[" + (timestamp == null ? "beginning" : format(timestamp)) + ", ids=" + idsAtTimestamp + "]";
    }
}
