package io.github.camelbitbucket.trigger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.PageIterator;

/**
 * For branchCreated and tagCreated: Bitbucket's branches and tags carry no creation time, so each poll lists every
 * ref (ceil(n / pageSize) requests for n refs) and a new ref is one whose name the watermark has not seen. A ref that
 * disappeared leaves the watermark, so a ref deleted and created again is an event again. The first poll with
 * startFrom=now (or a timestamp) takes the refs as they are; startFrom=beginning delivers every existing ref.
 */
final class RefStrategy implements PollStrategy {

    private final BitbucketClient client;
    private final TriggerRequests requests;

    RefStrategy(BitbucketClient client, TriggerRequests requests) {
        this.client = client;
        this.requests = requests;
    }

    @Override
    public Watermark start(String startFrom) {
        return StartFrom.parse(startFrom).kind() == StartFrom.Kind.BEGINNING ? Watermark.ofRefs(Set.of()) : null;
    }

    @Override
    public Batch next(Watermark mark, int limit) {
        PageIterator<JsonNode> pages = client.pages(requests.unfiltered(null), JsonNode.class, 0);
        Map<String, JsonNode> current = new LinkedHashMap<>();
        while (pages.hasNext()) {
            JsonNode ref = pages.next();
            String name = ItemGate.idOf(ref, "name");
            if (name != null) {
                current.putIfAbsent(name, ref);
            }
        }
        if (mark == null || mark.refs() == null) {
            return new Batch(List.of(), false, Watermark.ofRefs(current.keySet())); // the refs as they are now
        }
        Set<String> kept = new TreeSet<>(mark.refs());
        boolean pruned = kept.retainAll(current.keySet());
        List<Event> fresh = new ArrayList<>();
        current.forEach((name, ref) -> {
            if (!kept.contains(name)) {
                OffsetDateTime time = TimestampKeysetStrategy.timestamp(ref.path("target"), "date");
                fresh.add(new Event(ref, time != null ? time : OffsetDateTime.now(), name, null));
            }
        });
        fresh.sort(java.util.Comparator.comparing(Event::time).thenComparing(Event::id));
        boolean more = fresh.size() > limit;
        return new Batch(more ? fresh.subList(0, limit) : fresh, more, pruned ? Watermark.ofRefs(kept) : null);
    }

    @Override
    public Watermark after(Watermark mark, Event event) {
        return (mark == null ? Watermark.ofRefs(Set.of()) : mark).withRef(event.id());
    }
}
