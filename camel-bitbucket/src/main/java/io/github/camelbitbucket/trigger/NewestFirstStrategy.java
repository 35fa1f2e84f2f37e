package io.github.camelbitbucket.trigger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.PageIterator;

/**
 * For collections read newest first where Bitbucket offers no {@code q} on the event's time: a pipeline's completion
 * (pipelines sorted by {@code -created_on}; a pipeline completes at most {@link #PIPELINE_RUN_LIMIT} after it was
 * created) and a pull request comment (the repository's pull request activity, newest first). Each poll reads pages
 * until the entries are older than the watermark by more than the overlap window (and, for pipelines, the longest
 * run), and delivers what the watermark does not cover, oldest first: one request per poll when idle.
 */
final class NewestFirstStrategy implements PollStrategy {

    /** Bitbucket stops a pipeline step after at most 12 hours (max-time 720 minutes), so a run ends within a day. */
    static final Duration PIPELINE_RUN_LIMIT = Duration.ofHours(24);

    /** What the entries are and how an entry becomes an event. */
    enum Reading {
        /** Pipelines: an event when one is COMPLETED, at its completed_on. */
        PIPELINES,
        /** Pull request activity: an event per comment (its pull request set inside), at its created_on. */
        COMMENTS
    }

    private final BitbucketClient client;
    private final TriggerRequests requests;
    private final Reading reading;
    private final Duration lookback;

    NewestFirstStrategy(BitbucketClient client, TriggerRequests requests, Reading reading, Duration lookback) {
        this.client = client;
        this.requests = requests;
        this.reading = reading;
        this.lookback = lookback;
    }

    @Override
    public Watermark start(String startFrom) {
        return TimestampKeysetStrategy.startingWatermark(client, requests, startFrom);
    }

    @Override
    public Batch next(Watermark mark, int limit) {
        PageIterator<JsonNode> pages = client.pages(requests.unfiltered(reading == Reading.PIPELINES ? "-created_on"
                : null), JsonNode.class, 0);
        OffsetDateTime horizon = mark == null || mark.timestamp() == null ? null
                : mark.timestamp().minus(lookback).minus(reading == Reading.PIPELINES ? PIPELINE_RUN_LIMIT : Duration.ZERO);
        Map<String, Event> fresh = new LinkedHashMap<>();
        while (pages.hasNext()) {
            JsonNode entry = pages.next();
            OffsetDateTime age = age(entry);
            if (horizon != null && age != null && age.isBefore(horizon)) {
                break; // newest first: everything after this is older still
            }
            Event event = event(entry);
            if (event != null && (mark == null || !mark.covers(event.time(), event.id(), lookback))) {
                fresh.putIfAbsent(event.id(), event);
            }
        }
        List<Event> batch = new ArrayList<>(fresh.values());
        batch.sort(Comparator.comparing(Event::time).thenComparing(Event::id));
        return new Batch(batch.size() > limit ? batch.subList(0, limit) : batch, false, null);
    }

    /** When the entry came to be (a pipeline's creation, an activity's date), for where to stop reading. */
    private OffsetDateTime age(JsonNode entry) {
        if (reading == Reading.PIPELINES) {
            return TimestampKeysetStrategy.timestamp(entry, "created_on");
        }
        for (String kind : List.of("comment", "update", "approval", "changes_requested")) {
            JsonNode part = entry.get(kind);
            if (part != null && part.isObject()) {
                OffsetDateTime t = TimestampKeysetStrategy.timestamp(part, "comment".equals(kind) ? "created_on" : "date");
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The event of an entry, or null when it is none (a running pipeline, an approval, an entry without id). */
    private Event event(JsonNode entry) {
        if (reading == Reading.PIPELINES) {
            OffsetDateTime done = TimestampKeysetStrategy.timestamp(entry, "completed_on");
            String id = ItemGate.idOf(entry, "uuid");
            boolean completed = "COMPLETED".equalsIgnoreCase(entry.path("state").path("name").asText(""));
            return completed && done != null && id != null ? new Event(entry, done, id, null) : null;
        }
        JsonNode comment = entry.get("comment");
        if (comment == null || !comment.isObject()) {
            return null;
        }
        OffsetDateTime created = TimestampKeysetStrategy.timestamp(comment, "created_on");
        String id = ItemGate.idOf(comment, "id");
        if (created == null || id == null) {
            return null;
        }
        return new Event(Event.commentOn(comment, entry.get("pull_request")), created, id, null);
    }

    @Override
    public Watermark after(Watermark mark, Event event) {
        return (mark == null ? Watermark.beginning() : mark).after(event.time(), event.id(), lookback);
    }
}
