package io.github.camelbitbucket;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.Bbql;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.client.PageIterator;
import io.github.camelbitbucket.model.Repository;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires one exchange per Bitbucket event, oldest first. Each poll asks only for items at or after the watermark
 * ({@code q=<field> >= "<ts>"}, ascending), re-asking from the advanced watermark instead of following {@code next}, so
 * items that move while the collection is paged cannot be skipped. The watermark moves only after an exchange
 * completed without exception and is saved in the {@link StateRepository} at once, so a failure or a restart resumes
 * at the first undelivered event.
 */
public class BitbucketConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(BitbucketConsumer.class);
    /** Commits: how many pages to walk back looking for the last delivered hash before giving up on it. */
    private static final int MAX_COMMIT_PAGES = 20;
    /** Up to this many ids delivered at the boundary timestamp are excluded in the query itself. */
    private static final int MAX_EXCLUDED_IDS = 20;

    /** One event to deliver: the raw item, its timestamp (null for commits without one) and its id. */
    private record Event(JsonNode item, OffsetDateTime time, String id) {
    }

    private final BitbucketEndpoint endpoint;
    private final BitbucketOperation trigger;
    private final RequestFactory requests;
    private final ObjectMapper mapper;
    private StateRepository<String, String> stateRepository;
    private String stateKey;
    private String branch;

    public BitbucketConsumer(BitbucketEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.trigger = endpoint.getOperation();
        this.mapper = endpoint.getComponent().getObjectMapper();
        this.requests = new RequestFactory(endpoint.getConfiguration(), mapper);
    }

    @Override
    protected void doStart() throws Exception {
        BitbucketConfiguration cfg = endpoint.getConfiguration();
        // fail at route start when the target is incomplete
        requests.request(trigger == BitbucketOperation.commitPushed ? BitbucketOperation.getRepository : trigger,
                RequestInputs.of(cfg));
        stateRepository = endpoint.stateRepository();
        ServiceHelper.startService(stateRepository);
        branch = cfg.getBranch();
        if (trigger == BitbucketOperation.commitPushed && (branch == null || branch.isBlank())) {
            Repository repo = endpoint.getClient().getMapper().readValue(endpoint.getClient()
                    .execute(requests.request(BitbucketOperation.getRepository, RequestInputs.of(cfg))).body(), Repository.class);
            if (repo.getMainbranch() == null || repo.getMainbranch().getName() == null) {
                throw new IllegalArgumentException("commitPushed: the repository has no main branch; set the branch option");
            }
            branch = repo.getMainbranch().getName();
        }
        stateKey = "bitbucket:" + trigger + ":" + cfg.getWorkspace() + "/" + (cfg.getRepoSlug() == null ? "" : cfg.getRepoSlug())
                   + (branch == null ? "" : ":" + branch) + (cfg.getState() == null ? "" : ":" + cfg.getState());
        if (stateRepository.getState(stateKey) == null) {
            Watermark start = startingWatermark();
            if (start != null) {
                save(start);
            }
        }
        super.doStart();
    }

    /** The watermark of a first start, from startFrom; null means "decide on the first poll" (commits at now). */
    private Watermark startingWatermark() {
        String startFrom = endpoint.getConfiguration().getStartFrom();
        String s = startFrom == null ? "now" : startFrom.trim();
        if ("beginning".equalsIgnoreCase(s)) {
            return Watermark.beginning();
        }
        if (trigger == BitbucketOperation.commitPushed) {
            if ("now".equalsIgnoreCase(s)) {
                return null;
            }
            throw new IllegalArgumentException("commitPushed supports startFrom=now or beginning, not '" + s + "'");
        }
        if ("now".equalsIgnoreCase(s)) {
            return Watermark.ofTime(OffsetDateTime.now());
        }
        try {
            return Watermark.ofTime(OffsetDateTime.parse(s));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The startFrom option must be now, beginning or an ISO-8601 timestamp"
                                               + " such as 2026-01-31T00:00:00Z, was '" + s + "'");
        }
    }

    Watermark load() {
        String json = stateRepository.getState(stateKey);
        return json == null ? null : Watermark.fromJson(mapper, json);
    }

    private void save(Watermark watermark) {
        stateRepository.setState(stateKey, watermark.toJson(mapper));
    }

    @Override
    protected int poll() throws Exception {
        return trigger == BitbucketOperation.commitPushed ? pollCommits() : pollByTimestamp();
    }

    private int pollByTimestamp() throws Exception {
        BitbucketClient client = endpoint.getClient();
        String field = trigger.getWatermarkField();
        int limit = maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
        int delivered = 0;
        while (delivered < limit) {
            Watermark mark = load();
            BitbucketRequest request = timestampRequest(mark, field);
            PageIterator<JsonNode> page = client.pages(request, JsonNode.class, 0);
            Queue<Object> batch = new ArrayDeque<>();
            int seen = 0;
            while (seen < endpoint.getConfiguration().getPageSize() && page.hasNext()) {
                JsonNode item = page.next();
                seen++;
                OffsetDateTime time = timestamp(item, field);
                String id = itemId(item);
                if (time != null && (mark == null || !mark.covers(time, id))) {
                    batch.add(new Event(item, time, id));
                }
            }
            boolean more = page.hasMorePages();
            if (batch.isEmpty()) {
                if (more) {
                    // a whole page at the boundary timestamp, all delivered already: cannot move the keyset further
                    LOG.warn("{}: more than {} items share the timestamp {}; raise pageSize", trigger, seen,
                            mark == null ? "-" : mark.timestamp());
                }
                break;
            }
            int n = processBatch(trimTo(batch, limit - delivered));
            delivered += n;
            if (n < batch.size() || !more) {
                break;
            }
        }
        return delivered;
    }

    private static Queue<Object> trimTo(Queue<Object> batch, int max) {
        while (batch.size() > max) {
            ((ArrayDeque<Object>) batch).pollLast();
        }
        return batch;
    }

    private BitbucketRequest timestampRequest(Watermark mark, String field) {
        BitbucketRequest base = requests.request(trigger, RequestInputs.of(endpoint.getConfiguration()));
        Map<String, Object> query = new LinkedHashMap<>(base.query());
        String filter = keysetFilter(mark, field);
        query.put("q", Bbql.and(endpoint.getConfiguration().getQ(), filter));
        if (query.get("q") == null) {
            query.remove("q");
        }
        query.put("sort", field);
        return new BitbucketRequest(base.operation(), base.method(), base.path(), query, null);
    }

    /**
     * {@code field > "ts" OR (field = "ts" AND id != 7 ...)}: only what was not delivered yet, so an idle poll answers
     * no items and k new items take ceil(k / pageSize) requests. With no (or too many) ids at the boundary:
     * {@code field >= "ts"}, the delivered ones being skipped by {@link Watermark#covers}.
     */
    private String keysetFilter(Watermark mark, String field) {
        if (mark == null || mark.timestamp() == null) {
            return null;
        }
        String ts = Bbql.quote(mark.timestamp());
        if (mark.idsAtTimestamp().isEmpty() || mark.idsAtTimestamp().size() > MAX_EXCLUDED_IDS) {
            return field + " >= " + ts;
        }
        String idField = mark.idsAtTimestamp().stream().allMatch(id -> id.matches("[0-9]{1,18}")) ? "id" : "uuid";
        StringBuilder sb = new StringBuilder(field).append(" > ").append(ts).append(" OR (").append(field)
                .append(" = ").append(ts);
        mark.idsAtTimestamp().forEach(id -> sb.append(" AND ").append(idField).append(" != ").append(Bbql.idLiteral(id)));
        return sb.append(')').toString();
    }

    private int pollCommits() throws Exception {
        BitbucketClient client = endpoint.getClient();
        Watermark mark = load();
        BitbucketRequest request = requests.request(trigger,
                RequestInputs.of(endpoint.getConfiguration()).with(Target.BRANCH, branch));
        PageIterator<JsonNode> commits = client.pages(request, JsonNode.class, 0);
        Deque<JsonNode> fresh = new ArrayDeque<>();
        boolean found = false;
        while (commits.hasNext()) {
            JsonNode c = commits.next();
            String hash = c.path("hash").asText();
            if (mark == null) {
                // first start with startFrom=now: remember the head, deliver nothing
                save(Watermark.ofHash(hash));
                return 0;
            }
            if (hash.equals(mark.hash())) {
                found = true;
                break;
            }
            fresh.push(c); // newest first from Bitbucket: push so the oldest ends on top
            if (commits.getPagesFetched() > MAX_COMMIT_PAGES) {
                // bounded walk: a lost hash (force push) or startFrom=beginning on a long history
                break;
            }
        }
        if (!found && !fresh.isEmpty() && commits.getPagesFetched() > MAX_COMMIT_PAGES) {
            LOG.warn("commitPushed: {} not found within {} pages of {}; delivering the {} newest commits",
                    mark.hash() == null ? "no start commit" : "the last delivered commit " + mark.hash(),
                    MAX_COMMIT_PAGES, branch, fresh.size());
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        Queue<Object> batch = new ArrayDeque<>();
        int limit = maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
        while (!fresh.isEmpty() && batch.size() < limit) {
            JsonNode c = fresh.pop();
            batch.add(new Event(c, timestamp(c, "date"), c.path("hash").asText()));
        }
        return processBatch(batch);
    }

    /**
     * Delivers items one by one, oldest first; after each one that completed without exception the watermark moves
     * and is saved. The first failure stops the batch: that item and the rest come again on the next poll.
     */
    @Override
    public int processBatch(Queue<Object> items) throws Exception {
        int total = items.size();
        int index = 0;
        Watermark mark = load();
        for (Object o : new ArrayList<>(items)) {
            if (!isBatchAllowed()) {
                break;
            }
            Event event = (Event) o;
            JsonNode item = event.item();
            OffsetDateTime time = event.time();
            String id = event.id();
            Exchange exchange = createExchange(true);
            Object body = mapper.treeToValue(item, trigger.getItemType());
            exchange.getIn().setBody(body);
            exchange.setProperty(MessageInputs.RESULT_BODY, body);
            exchange.getIn().setHeader(BitbucketConstants.EVENT_TYPE, trigger.name());
            exchange.getIn().setHeader(BitbucketConstants.ITEM_ID, id);
            if (time != null) {
                exchange.getIn().setHeader(BitbucketConstants.EVENT_TIMESTAMP, Watermark.format(time));
            }
            BitbucketConfiguration cfg = endpoint.getConfiguration();
            exchange.getIn().setHeader(BitbucketConstants.WORKSPACE, cfg.getWorkspace());
            if (cfg.getRepoSlug() != null) {
                exchange.getIn().setHeader(BitbucketConstants.REPO_SLUG, cfg.getRepoSlug());
            }
            if (trigger == BitbucketOperation.commitPushed) {
                exchange.getIn().setHeader(BitbucketConstants.BRANCH, branch);
            }
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            Exception failure = exchange.getException();
            releaseExchange(exchange, false);
            if (failure != null) {
                getExceptionHandler().handleException("Bitbucket " + trigger + " event " + id
                                                      + " failed; it will be delivered again on the next poll",
                        failure);
                pendingExchanges = 0;
                return index;
            }
            mark = trigger == BitbucketOperation.commitPushed ? Watermark.ofHash(id)
                    : (mark == null ? Watermark.beginning() : mark).after(time, id);
            save(mark);
            index++;
        }
        pendingExchanges = 0;
        return index;
    }

    private static OffsetDateTime timestamp(JsonNode item, String field) {
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

    private static String itemId(JsonNode item) {
        for (String f : List.of("id", "uuid", "hash")) {
            if (item.hasNonNull(f)) {
                return item.get(f).asText();
            }
        }
        return item.toString();
    }
}
