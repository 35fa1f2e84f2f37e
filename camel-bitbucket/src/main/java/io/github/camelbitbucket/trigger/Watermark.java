package io.github.camelbitbucket.trigger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a trigger stands: the timestamp of the newest delivered item and the ids delivered at exactly that timestamp
 * (so items sharing the boundary timestamp are neither lost nor repeated), or, for commits, the newest delivered hash.
 * With an overlap window ({@code lookback}) it also keeps what was delivered inside the window, as (id, timestamp)
 * pairs, so an item that becomes visible late, with a timestamp older than the watermark, is still delivered, once.
 * Stored as a small JSON string in a Camel StateRepository under {@link TriggerSpec#stateKey}; the forms are pinned by a golden
 * test, since a change would replay or skip events after an upgrade. Version 1 (0.1.0): {@code ts}, {@code ids} or
 * {@code hash}; version 2 adds {@code v} and {@code seen}.
 */
public class Watermark {

    /** The most (id, timestamp) pairs kept for the overlap window; the oldest go first. */
    static final int MAX_SEEN = 2000;
    /** The most earlier commit hashes a commit watermark keeps. */
    static final int MAX_COMMITS = 200;

    private final OffsetDateTime timestamp;
    private final Set<String> idsAtTimestamp;
    private final String hash;
    /** id@timestamp -> timestamp, delivered inside the overlap window, oldest first. */
    private final Map<String, OffsetDateTime> seen;

    private Watermark(OffsetDateTime timestamp, Set<String> idsAtTimestamp, String hash,
                      Map<String, OffsetDateTime> seen) {
        this.timestamp = timestamp;
        this.idsAtTimestamp = idsAtTimestamp;
        this.hash = hash;
        this.seen = seen;
    }

    /**
     * The names a ref trigger (branchCreated, tagCreated) has seen: Bitbucket's refs carry no creation time, so a new
     * ref is one whose name is not in the set. Stored as {@code {"v":3,"refs":[...]}}.
     */
    public static Watermark ofRefs(java.util.Collection<String> names) {
        return new Refs(names);
    }

    /** The ref names of a ref watermark; null for any other form. */
    public Set<String> refs() {
        return this instanceof Refs r ? r.names : null;
    }

    /** The ref watermark with one more name. */
    public Watermark withRef(String name) {
        Set<String> names = new java.util.TreeSet<>(refs() == null ? Set.of() : refs());
        names.add(name);
        return new Refs(names);
    }

    private static final class Refs extends Watermark {
        private final Set<String> names;

        Refs(java.util.Collection<String> names) {
            super(null, Set.of(), null, Map.of());
            this.names = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(names));
        }
    }

    public static Watermark ofTime(OffsetDateTime timestamp) {
        return new Watermark(timestamp, Set.of(), null, Map.of());
    }

    /** Nothing delivered yet and no start point: everything counts as new. */
    public static Watermark beginning() {
        return new Watermark(null, Set.of(), null, Map.of());
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

    /** Whether an item with this timestamp and id was delivered already (no overlap window). */
    public boolean covers(OffsetDateTime itemTime, String id) {
        return covers(itemTime, id, Duration.ZERO);
    }

    /**
     * Whether an item with this timestamp and id was delivered already, or is older than the overlap window (and so
     * treated as delivered: the window is how late an item may become visible and still be delivered).
     */
    public boolean covers(OffsetDateTime itemTime, String id, Duration lookback) {
        if (timestamp == null) {
            return false;
        }
        if (seen.containsKey(key(id, itemTime))) {
            return true;
        }
        int c = itemTime.compareTo(timestamp);
        if (lookback.isZero()) {
            return c < 0 || c == 0 && idsAtTimestamp.contains(id);
        }
        return itemTime.isBefore(timestamp.minus(lookback)) || c == 0 && idsAtTimestamp.contains(id);
    }

    /**
     * The watermark after delivering the item (items come oldest first; a late one never moves it back), remembering
     * the item for the overlap window.
     */
    public Watermark after(OffsetDateTime itemTime, String id, Duration lookback) {
        if (itemTime == null || id == null) {
            throw new IllegalArgumentException("an event without its id or timestamp cannot move a watermark");
        }
        OffsetDateTime newTime = timestamp == null || itemTime.isAfter(timestamp) ? itemTime : timestamp;
        Set<String> ids;
        if (timestamp != null && itemTime.isEqual(timestamp)) {
            ids = new LinkedHashSet<>(idsAtTimestamp);
            ids.add(id);
        } else if (timestamp == null || itemTime.isAfter(timestamp)) {
            ids = Set.of(id);
        } else {
            ids = idsAtTimestamp; // a late item: the boundary stays where it was
        }
        Map<String, OffsetDateTime> window = Map.of();
        if (!lookback.isZero()) {
            Map<String, OffsetDateTime> w = new LinkedHashMap<>(seen);
            w.put(key(id, itemTime), itemTime);
            OffsetDateTime oldest = newTime.minus(lookback);
            for (Iterator<Map.Entry<String, OffsetDateTime>> it = w.entrySet().iterator(); it.hasNext(); ) {
                if (it.next().getValue().isBefore(oldest) || w.size() > MAX_SEEN) {
                    it.remove();
                }
            }
            window = w;
        }
        return new Watermark(newTime, ids, null, window);
    }

    /**
     * The watermark after delivering a commit: its hash and date, and the hashes delivered before it (at most
     * {@link #MAX_COMMITS}), so that after a force push the newest delivered commit that still exists can be found.
     */
    public Watermark afterCommit(String commitHash, OffsetDateTime date) {
        if (commitHash == null) {
            throw new IllegalArgumentException("a commit without its hash cannot move a watermark");
        }
        Map<String, OffsetDateTime> recent = new LinkedHashMap<>(seen);
        if (hash != null) {
            recent.put(hash + "@" + (timestamp == null ? "" : format(timestamp)), timestamp);
        }
        while (recent.size() > MAX_COMMITS) {
            recent.remove(recent.keySet().iterator().next());
        }
        return new Watermark(date, Set.of(), commitHash, recent);
    }

    /** The hashes delivered before {@link #hash()}, newest last (commit watermarks). */
    public java.util.List<String> earlierHashes() {
        java.util.List<String> hashes = new java.util.ArrayList<>();
        seen.keySet().forEach(k -> hashes.add(k.substring(0, k.lastIndexOf('@'))));
        return hashes;
    }

    private static String key(String id, OffsetDateTime time) {
        return id + "@" + format(time);
    }

    public static String format(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public String toJson(ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        if (refs() != null) {
            ArrayNode names = node.put("v", 3).putArray("refs");
            refs().forEach(names::add);
            return node.toString();
        }
        if (!seen.isEmpty()) {
            node.put("v", 2);
        }
        if (timestamp != null) {
            node.put("ts", format(timestamp));
            ArrayNode ids = node.putArray("ids");
            idsAtTimestamp.forEach(ids::add);
        }
        if (hash != null) {
            node.put("hash", hash);
        }
        if (!seen.isEmpty()) {
            ArrayNode window = node.putArray("seen");
            seen.keySet().forEach(window::add);
        }
        return node.toString();
    }

    public static Watermark fromJson(ObjectMapper mapper, String json) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node.has("refs")) {
                Set<String> names = new LinkedHashSet<>();
                node.get("refs").forEach(n -> names.add(n.asText()));
                return ofRefs(names);
            }
            OffsetDateTime ts = node.hasNonNull("ts") ? OffsetDateTime.parse(node.get("ts").asText()) : null;
            Map<String, OffsetDateTime> seen = new LinkedHashMap<>();
            for (JsonNode n : node.path("seen")) {
                String entry = n.asText();
                int at = entry.lastIndexOf('@');
                if (at < 0) {
                    throw new IllegalArgumentException("a seen entry is not id@timestamp: " + entry);
                }
                String time = entry.substring(at + 1);
                seen.put(entry, time.isEmpty() ? null : OffsetDateTime.parse(time));
            }
            if (node.hasNonNull("hash")) {
                return new Watermark(ts, Set.of(), node.get("hash").asText(), seen);
            }
            if (ts == null) {
                return beginning();
            }
            Set<String> ids = new LinkedHashSet<>();
            node.path("ids").forEach(n -> ids.add(n.asText()));
            return new Watermark(ts, ids, null, seen);
        } catch (Exception e) {
            throw new IllegalStateException("The stored watermark is not readable: " + json, e);
        }
    }

    @Override
    public String toString() {
        if (refs() != null) {
            return "Watermark[" + refs().size() + " refs]";
        }
        return hash != null ? "Watermark[hash=" + hash + "]"
                : "Watermark[" + (timestamp == null ? "beginning" : format(timestamp)) + ", ids=" + idsAtTimestamp
                  + (seen.isEmpty() ? "" : ", " + seen.size() + " seen in the overlap window") + "]";
    }
}
