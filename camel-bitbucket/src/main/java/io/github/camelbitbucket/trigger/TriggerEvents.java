package io.github.camelbitbucket.trigger;

import java.util.List;

/**
 * A trigger's events, a column of the operation table: the item field that moves its watermark, whether an item's
 * event happens once (a creation) or at each change, the Bitbucket webhook event keys that announce it (none:
 * Bitbucket sends none) and, for a trigger of new refs, the ref type a {@code repo:push} change must create.
 *
 * @param pushedRefType {@code branch} or {@code tag} for the triggers of new refs, else null
 */
public record TriggerEvents(String timeField, boolean once, List<String> keys, String pushedRefType) {

    /** No events: the generic webhook trigger and every action. */
    public static final TriggerEvents NONE = new TriggerEvents(null, false, List.of(), null);

    public TriggerEvents {
        keys = List.copyOf(keys);
    }

    /** Events of creations: an item's event happens once. */
    public static TriggerEvents once(String timeField, String... keys) {
        return new TriggerEvents(timeField, true, List.of(keys), null);
    }

    /** Events of changes: an item's event happens at each change of its time field. */
    public static TriggerEvents eachChange(String timeField, String... keys) {
        return new TriggerEvents(timeField, false, List.of(keys), null);
    }

    /**
     * Events of new refs of one type ({@code branch}, {@code tag}): polled by the names seen (refs carry no creation
     * time), announced by the {@code repo:push} changes that create one.
     */
    public static TriggerEvents newRefs(String refType) {
        return new TriggerEvents("name", true, List.of("repo:push"), refType);
    }
}
