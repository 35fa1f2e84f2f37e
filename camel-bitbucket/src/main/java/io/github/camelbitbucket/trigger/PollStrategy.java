package io.github.camelbitbucket.trigger;

import java.util.List;

/**
 * One polling algorithm, chosen once per trigger by {@link PollStrategies#of}. The consumer asks for a batch from the
 * stored watermark, delivers it oldest first, saves {@link #after} each delivered event, and asks again while the
 * batch was delivered whole and {@link Batch#more()} says there is more.
 */
public interface PollStrategy {

    /** Events after the watermark, oldest first, at most {@code limit}. */
    Batch next(Watermark mark, int limit);

    /** The watermark once {@code event} was delivered. */
    Watermark after(Watermark mark, Event event);

    /** The watermark of a first start from the startFrom option; null = decide on the first poll. */
    Watermark start(String startFrom);

    /** What the stored watermark's key names besides the trigger and target (the branch of commits), or null. */
    default String branch() {
        return null;
    }

    /**
     * A batch of events and whether Bitbucket has more after it; {@code skipTo}, when set, is a watermark to store
     * without delivering anything (a commit trigger's first poll with startFrom=now takes the branch head).
     */
    record Batch(List<Event> events, boolean more, Watermark skipTo) {
    }
}
