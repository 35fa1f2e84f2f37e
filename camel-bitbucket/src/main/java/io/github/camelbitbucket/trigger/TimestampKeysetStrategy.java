package io.github.camelbitbucket.trigger;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitbucket.client.Bbql;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.client.PageIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyset polling on a timestamp: each batch asks only for items at or after the watermark ({@code q=<field> >= ts},
 * ascending) and the next batch re-asks from the advanced watermark instead of following {@code next}, so items that
 * move while the collection is paged cannot be skipped. Ids delivered at the boundary timestamp are excluded in the
 * query, so an idle poll answers no item and k new items cost ceil(k / pageSize) requests.
 */
final class TimestampKeysetStrategy implements PollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(TimestampKeysetStrategy.class);
    /** Up to this many ids delivered at the boundary timestamp are excluded in the query itself. */
    private static final int MAX_EXCLUDED_IDS = 20;

    private final BitbucketClient client;
    private final TriggerRequests requests;
    private final String field;
    private final java.time.Duration lookback;
    private final ItemGate gate;

    TimestampKeysetStrategy(BitbucketClient client, TriggerRequests requests, String field,
                            java.time.Duration lookback) {
        this.client = client;
        this.requests = requests;
        this.field = field;
        this.lookback = lookback;
        this.gate = new ItemGate(field);
    }

    @Override
    public Watermark start(String startFrom) {
        return startingWatermark(client, requests, startFrom);
    }

    /**
     * The watermark of a first start: beginning, an ISO-8601 timestamp, or now, which is Bitbucket's clock (the
     * {@code Date} of its answer to one request), not this machine's: a local clock ahead of Bitbucket's would skip
     * events.
     */
    static Watermark startingWatermark(BitbucketClient client, TriggerRequests requests, String startFrom) {
        StartFrom start = StartFrom.parse(startFrom);
        switch (start.kind()) {
            case BEGINNING:
                return Watermark.beginning();
            case AT:
                return Watermark.ofTime(start.at());
            default:
                String date = client.execute(requests.collection()).header("Date");
                try {
                    return Watermark.ofTime(OffsetDateTime.parse(date,
                            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME));
                } catch (RuntimeException noDate) {
                    return Watermark.ofTime(OffsetDateTime.now());
                }
        }
    }

    @Override
    public Batch next(Watermark mark, int limit) {
        BitbucketRequest request = request(mark);
        int pageSize = ((Number) request.query().get("pagelen")).intValue();
        PageIterator<JsonNode> page = client.pages(request, JsonNode.class, 0);
        // id@timestamp: a page sequence may hand out an item twice (items move while it is paged)
        java.util.Map<String, Event> batch = new java.util.LinkedHashMap<>();
        int seen = 0;
        // items already delivered (the overlap window re-reads them) do not count: follow next until a page's worth
        // of new ones or the end
        while (batch.size() < Math.min(limit, pageSize) && page.hasNext()) {
            JsonNode item = page.next();
            seen++;
            Event event = gate.admit(item, field);
            if (event != null && (mark == null || !mark.covers(event.time(), event.id(), lookback))) {
                batch.putIfAbsent(event.id() + "@" + event.time().toInstant(), event);
            }
        }
        boolean more = page.hasMorePages();
        if (batch.isEmpty() && more) {
            // a whole page at the boundary timestamp, all delivered already: cannot move the keyset further
            LOG.warn("{}: more than {} items share the timestamp {}; raise pageSize", field, seen,
                    mark == null ? "-" : mark.timestamp());
        }
        List<Event> events = new ArrayList<>(batch.values());
        // a late item re-read by the overlap window comes before the newer ones
        events.sort(java.util.Comparator.comparing(Event::time));
        return new Batch(events, more, null);
    }

    @Override
    public Watermark after(Watermark mark, Event event) {
        return (mark == null ? Watermark.beginning() : mark).after(event.time(), event.id(), lookback);
    }

    private BitbucketRequest request(Watermark mark) {
        BitbucketRequest base = requests.collection();
        Map<String, Object> query = new LinkedHashMap<>(base.query());
        String q = (String) base.query().get("q");
        if (q == null && base.query().get("state") instanceof java.util.Collection<?> states) {
            // the keyset makes q present: the states go into it too, in case q makes Bitbucket ignore state=
            q = Bbql.anyOf("state", states.stream().map(String::valueOf).toList());
        }
        String filter = Bbql.and(q, keysetFilter(mark));
        if (filter == null) {
            query.remove("q");
        } else {
            query.put("q", filter);
        }
        query.put("sort", field);
        return new BitbucketRequest(base.operation(), base.method(), base.path(), query, null);
    }

    /**
     * {@code field > "ts" OR (field = "ts" AND id != 7 ...)}: only what was not delivered yet. With no (or too many)
     * ids at the boundary: {@code field >= "ts"}, the delivered ones being skipped by {@link Watermark#covers}.
     */
    private String keysetFilter(Watermark mark) {
        if (mark == null || mark.timestamp() == null) {
            return null;
        }
        // the documented form: unquoted ISO-8601 at millisecond precision; items at the boundary come back and are
        // skipped by Watermark.covers, so the truncation loses nothing
        if (!lookback.isZero()) {
            // the overlap window: re-read what became visible late; the delivered ones are skipped by covers()
            return field + " >= " + Bbql.datetime(mark.timestamp().minus(lookback));
        }
        // at millisecond precision the boundary is a millisecond, not an instant: from the next millisecond everything,
        // inside the watermark's millisecond everything but the ids delivered at the watermark (an id excluded there
        // is not excluded later, when an update moves it past that millisecond)
        OffsetDateTime ms = mark.timestamp().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String from = Bbql.datetime(ms);
        if (mark.idsAtTimestamp().isEmpty() || mark.idsAtTimestamp().size() > MAX_EXCLUDED_IDS) {
            return field + " >= " + from;
        }
        String idField = mark.idsAtTimestamp().stream().allMatch(id -> id.matches("[0-9]{1,18}")) ? "id" : "uuid";
        StringBuilder sb = new StringBuilder(field).append(" >= ").append(Bbql.datetime(ms.plusNanos(1_000_000)))
                .append(" OR (").append(field).append(" >= ").append(from);
        mark.idsAtTimestamp().forEach(id -> sb.append(" AND ").append(idField).append(" != ").append(Bbql.idLiteral(id)));
        return sb.append(')').toString();
    }

    /** The timestamp field of an item, null when absent or not ISO-8601. */
    static OffsetDateTime timestamp(JsonNode item, String field) {
        JsonNode v = item.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An item's identity: id, uuid or hash (the item itself when it has none; polled items never get here). */
    static String itemId(JsonNode item) {
        String id = ItemGate.idOf(item, "id", "uuid", "hash");
        return id != null ? id : item.toString();
    }
}
