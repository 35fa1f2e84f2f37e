package io.github.camelbitbucket.trigger;

import java.util.List;

/**
 * A trigger's events, a column of the operation table: the item field that moves its watermark, whether an item's
 * event happens once (a creation) or at each change, and the Bitbucket webhook event keys that announce it (none:
 * Bitbucket sends none).
 */
public record TriggerEvents(String timeField, boolean once, List<String> keys) {

    public TriggerEvents {
        keys = List.copyOf(keys);
    }

    /** Events of creations: an item's event happens once. */
    public static TriggerEvents once(String timeField, String... keys) {
        return new TriggerEvents(timeField, true, List.of(keys));
    }

    /** Events of changes: an item's event happens at each change of its time field. */
    public static TriggerEvents eachChange(String timeField, String... keys) {
        return new TriggerEvents(timeField, false, List.of(keys));
    }
}
