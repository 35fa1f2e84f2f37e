package io.github.camelbitbucket;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.trigger.Event;
import io.github.camelbitbucket.trigger.PollStrategies;
import io.github.camelbitbucket.trigger.PollStrategy;
import io.github.camelbitbucket.trigger.TriggerRequests;
import io.github.camelbitbucket.trigger.Watermark;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Fires one exchange per Bitbucket event, oldest first. It schedules, delivers and saves; the polling algorithm is the
 * trigger's {@link PollStrategy}, chosen once at start. The watermark moves only after an exchange completed without
 * exception and is saved in the {@link StateRepository} at once, so a failure or a restart resumes at the first
 * undelivered event.
 */
public class BitbucketConsumer extends ScheduledBatchPollingConsumer {

    private final BitbucketEndpoint endpoint;
    private final BitbucketOperation trigger;
    private final ObjectMapper mapper;
    private StateRepository<String, String> stateRepository;
    /** One lane per stream of events with its own watermark: the collection, or each branch of a commit trigger. */
    private List<Lane> lanes;
    /** The lane whose batch processBatch delivers. */
    private Lane current;
    private final java.util.concurrent.atomic.AtomicLong itemsDelivered = new java.util.concurrent.atomic.AtomicLong();
    private volatile java.time.Instant lastPollAt;
    private volatile String lastError;

    private record Lane(PollStrategy strategy, String stateKey) {
    }

    public BitbucketConsumer(BitbucketEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.trigger = endpoint.getOperation();
        this.mapper = endpoint.getComponent().getObjectMapper();
    }

    @Override
    protected void doStart() throws Exception {
        BitbucketConfiguration cfg = endpoint.getConfiguration();
        RequestFactory factory = new RequestFactory(cfg, mapper);
        RequestInputs inputs = RequestInputs.of(cfg);
        if (cfg.getState() == null && trigger.getTriggerDefaultState() != null) {
            inputs = inputs.withState(trigger.getTriggerDefaultState());
        }
        RequestInputs triggerInputs = inputs;
        TriggerRequests requests = new TriggerRequests() {
            @Override
            public BitbucketRequest collection() {
                return factory.request(trigger, triggerInputs);
            }

            @Override
            public BitbucketRequest commits(String branch) {
                return factory.request(trigger, triggerInputs.with(Target.BRANCH, branch));
            }

            @Override
            public BitbucketRequest repository() {
                return factory.request(BitbucketOperation.getRepository, triggerInputs);
            }
        };
        // fail at route start when the target is incomplete
        if (trigger.getPathTargets().contains(Target.BRANCH)) {
            requests.repository();
        } else {
            requests.collection();
        }
        stateRepository = endpoint.stateRepository();
        ServiceHelper.startService(stateRepository);
        lanes = new ArrayList<>();
        for (PollStrategy strategy : PollStrategies.of(trigger.getWatermarkField(), trigger.isFilterTrusted(),
                endpoint.getClient(), requests, cfg.getBranch(), java.time.Duration.ofMillis(cfg.getLookback()))) {
            Lane lane = new Lane(strategy, Watermark.stateKey(trigger.name(), cfg.getWorkspace(), cfg.getRepoSlug(),
                    strategy.branch(), cfg.getState()));
            if (stateRepository.getState(lane.stateKey()) == null) {
                Watermark start = strategy.start(cfg.getStartFrom());
                if (start != null) {
                    save(lane, start);
                }
            }
            lanes.add(lane);
        }
        super.doStart();
    }

    private Watermark load(Lane lane) {
        String json = stateRepository.getState(lane.stateKey());
        return json == null ? null : Watermark.fromJson(mapper, json);
    }

    private void save(Lane lane, Watermark watermark) {
        stateRepository.setState(lane.stateKey(), watermark.toJson(mapper));
    }

    @Override
    protected int poll() throws Exception {
        lastPollAt = java.time.Instant.now();
        try {
            return pollLanes();
        } catch (Exception e) {
            lastError = e.getMessage();
            throw e;
        }
    }

    private int pollLanes() throws Exception {
        int limit = maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
        int delivered = 0;
        for (Lane lane : lanes) {
            while (delivered < limit) {
                PollStrategy.Batch batch = lane.strategy().next(load(lane), limit - delivered);
                if (batch.skipTo() != null) {
                    save(lane, batch.skipTo());
                }
                if (batch.events().isEmpty()) {
                    break;
                }
                current = lane;
                int n = processBatch(new ArrayDeque<>(batch.events()));
                delivered += n;
                if (n < batch.events().size()) {
                    return delivered; // a failed exchange: the rest comes on the next poll
                }
                if (!batch.more()) {
                    break;
                }
            }
        }
        return delivered;
    }

    /** Events delivered (exchanges that completed) since start. */
    public long getItemsDelivered() {
        return itemsDelivered.get();
    }

    /** When the last poll ran, or null. */
    public java.time.Instant getLastPollAt() {
        return lastPollAt;
    }

    /** The message of the last failure (of a poll or an exchange), or null. */
    public String getLastFailure() {
        return lastError;
    }

    /** The stored watermark of each lane (state key to its JSON). */
    public java.util.Map<String, String> getWatermarks() {
        java.util.Map<String, String> marks = new java.util.LinkedHashMap<>();
        if (lanes != null) {
            lanes.forEach(l -> marks.put(l.stateKey(), stateRepository.getState(l.stateKey())));
        }
        return marks;
    }

    /**
     * Delivers events one by one, oldest first; after each one that completed without exception the watermark moves
     * and is saved. The first failure stops the batch: that event and the rest come again on the next poll.
     */
    @Override
    public int processBatch(Queue<Object> items) throws Exception {
        int total = items.size();
        int index = 0;
        Lane lane = current;
        Watermark mark = load(lane);
        BitbucketConfiguration cfg = endpoint.getConfiguration();
        for (Object o : new ArrayList<>(items)) {
            if (!isBatchAllowed()) {
                break;
            }
            Event event = (Event) o;
            Exchange exchange = createExchange(true);
            Object body = mapper.treeToValue(event.item(), trigger.getItemType());
            exchange.getIn().setBody(body);
            exchange.setProperty(MessageInputs.RESULT_BODY, body);
            // reports of where the event came from: an action later in the route never reads them as targets
            exchange.getIn().setHeader(BitbucketConstants.EVENT_TYPE, trigger.name());
            exchange.getIn().setHeader(BitbucketConstants.ITEM_ID, event.id());
            if (event.time() != null) {
                exchange.getIn().setHeader(BitbucketConstants.EVENT_TIMESTAMP, Watermark.format(event.time()));
            }
            exchange.getIn().setHeader(BitbucketConstants.WORKSPACE, cfg.getWorkspace());
            if (cfg.getRepoSlug() != null) {
                exchange.getIn().setHeader(BitbucketConstants.REPO_SLUG, cfg.getRepoSlug());
            }
            if (event.branch() != null) {
                exchange.getIn().setHeader(BitbucketConstants.BRANCH, event.branch());
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
                lastError = failure.getMessage();
                getExceptionHandler().handleException("Bitbucket " + trigger + " event " + event.id()
                                                      + " failed; it will be delivered again on the next poll",
                        failure);
                pendingExchanges = 0;
                return index;
            }
            mark = lane.strategy().after(mark, event);
            save(lane, mark);
            itemsDelivered.incrementAndGet();
            index++;
        }
        pendingExchanges = 0;
        return index;
    }
}
