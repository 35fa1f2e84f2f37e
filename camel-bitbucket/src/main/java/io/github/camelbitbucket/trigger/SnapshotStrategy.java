package io.github.camelbitbucket.trigger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.PageIterator;

/**
 * For a collection whose filter and order cannot be trusted (projects: {@code q} and {@code sort} are not documented
 * there, and Bitbucket ignores an unsupported {@code q} without an error): each poll walks every page without
 * {@code q} or {@code sort}, checks each item against the watermark itself and delivers the new ones oldest first.
 * The watermark never moves backwards. A poll costs ceil(n / pageSize) requests for n items, idle or not.
 */
final class SnapshotStrategy implements PollStrategy {

    private final BitbucketClient client;
    private final TriggerRequests requests;
    private final String field;
    private final java.time.Duration lookback;
    private final ItemGate gate;

    SnapshotStrategy(BitbucketClient client, TriggerRequests requests, String field, java.time.Duration lookback) {
        this.client = client;
        this.requests = requests;
        this.field = field;
        this.lookback = lookback;
        this.gate = new ItemGate(field);
    }

    @Override
    public Watermark start(String startFrom) {
        return TimestampKeysetStrategy.startingWatermark(client, requests, startFrom);
    }

    @Override
    public Batch next(Watermark mark, int limit) {
        PageIterator<JsonNode> pages = client.pages(requests.unfiltered(null), JsonNode.class, 0);
        Map<String, Event> fresh = new LinkedHashMap<>();
        while (pages.hasNext()) {
            Event event = gate.admit(pages.next(), field);
            if (event != null && (mark == null || !mark.covers(event.time(), event.id(), lookback))) {
                fresh.putIfAbsent(event.id() + "@" + event.time().toInstant(), event); // a page may repeat an item
            }
        }
        List<Event> batch = new ArrayList<>(fresh.values());
        batch.sort(Comparator.comparing(Event::time).thenComparing(Event::id));
        return new Batch(batch.size() > limit ? batch.subList(0, limit) : batch, false, null);
    }

    @Override
    public Watermark after(Watermark mark, Event event) {
        // never backwards: a late item within the overlap window is remembered, the timestamp stays
        return (mark == null ? Watermark.beginning() : mark).after(event.time(), event.id(), lookback);
    }
}
