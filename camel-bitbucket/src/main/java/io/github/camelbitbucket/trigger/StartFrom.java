package io.github.camelbitbucket.trigger;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The startFrom option, read once: where a trigger's first start puts its watermark.
 *
 * @param at the timestamp of {@link Kind#AT}, else null
 */
record StartFrom(Kind kind, OffsetDateTime at) {

    enum Kind {
        /** Only events after the start (by Bitbucket's clock for timestamps, the branch head for commits). */
        NOW,
        /** Everything there is. */
        BEGINNING,
        /** Events after an ISO-8601 timestamp. */
        AT
    }

    /** Reads the option (null: now); fails naming the option and the forms it takes. */
    static StartFrom parse(String option) {
        String s = option == null ? "now" : option.trim();
        if ("beginning".equalsIgnoreCase(s)) {
            return new StartFrom(Kind.BEGINNING, null);
        }
        if ("now".equalsIgnoreCase(s)) {
            return new StartFrom(Kind.NOW, null);
        }
        try {
            return new StartFrom(Kind.AT, OffsetDateTime.parse(s));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The startFrom option must be now, beginning or an ISO-8601 timestamp"
                                               + " such as 2026-01-31T00:00:00Z, was '" + s + "'");
        }
    }
}
