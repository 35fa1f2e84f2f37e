package io.github.camelbitbucket;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.fleet.FleetPolling;
import io.github.camelbitbucket.trigger.Event;
import io.github.camelbitbucket.trigger.EventExchanges;
import io.github.camelbitbucket.trigger.PollLanes;
import io.github.camelbitbucket.trigger.RepeatedFailureLog;
import io.github.camelbitbucket.trigger.TriggerSpec;
import io.github.camelbitbucket.trigger.Watermark;
import io.github.camelbitbucket.webhook.WebhookCheck;
import io.github.camelbitbucket.webhook.TriggerHandOver;
import io.github.camelbitbucket.webhook.WebhookReceiver;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.LoggingExceptionHandler;
import org.apache.camel.support.ScheduledBatchPollingConsumer;

/**
 * A trigger: fires one exchange per Bitbucket event, oldest first, from its poll lanes ({@link PollLanes}, the polling
 * algorithm chosen once per lane) and, with delivery=webhook or both, from Bitbucket's webhook deliveries
 * ({@link WebhookReceiver}). The watermark moves only after an exchange completed without exception and is saved at
 * once, so a failure or a restart resumes at the first undelivered event; with a webhook, each event's key in the
 * IdempotentRepository makes it fire once whichever path saw it first.
 */
@ManagedResource(description = "Bitbucket trigger")
public class BitbucketConsumer extends ScheduledBatchPollingConsumer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BitbucketConsumer.class);

    private final BitbucketEndpoint endpoint;
    private final BitbucketOperation trigger;
    private final ObjectMapper mapper;
    private final TriggerSpec spec;
    private final AtomicLong itemsDelivered = new AtomicLong();
    private volatile java.time.Instant lastPollAt;
    private volatile String lastError;
    /** Logs a repeated failure's stack trace once (null when the user set an exception handler). */
    private RepeatedFailureLog failureLog;
    private PollLanes lanes;
    /** connection=* or repoSlug=*: the accounts and targets polled, else null. */
    private FleetPolling fleet;
    /** poll, webhook or both. */
    private BitbucketWebhookConfiguration.Delivery delivery;
    /** Receives webhook deliveries (delivery webhook or both), else null. */
    private WebhookReceiver receiver;
    /** Delivery ids and event keys already handed over (webhook or both), else null. */
    private IdempotentRepository seen;

    /** An event of a lane's batch, as processBatch gets it. */
    private record LaneEvent(PollLanes.Lane lane, Event event) {
    }

    public BitbucketConsumer(BitbucketEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.trigger = endpoint.getOperation();
        this.mapper = endpoint.getComponent().getObjectMapper();
        this.spec = endpoint.triggerSpec();
    }

    @Override
    protected void doStart() throws Exception {
        BitbucketConfiguration cfg = endpoint.getConfiguration();
        if (getExceptionHandler() instanceof LoggingExceptionHandler) {
            failureLog = new RepeatedFailureLog(getExceptionHandler());
            setExceptionHandler(failureLog);
        }
        delivery = endpoint.effectiveDelivery();
        boolean both = delivery == BitbucketWebhookConfiguration.Delivery.both;
        seen = delivery == BitbucketWebhookConfiguration.Delivery.poll ? null : endpoint.deliveredKeys();
        if (seen != null && !endpoint.isFleet()) {
            TriggerHandOver handOver = new TriggerHandOver(spec, () -> lanes == null ? java.util.Set.of() : lanes.branches(), seen, both,
                    (e, d) -> fire(spec, e, d), e -> lastError = e, getExceptionHandler());
            receiver = endpoint.webhookReceiver(spec.eventKeys(), seen, handOver::prepare); // checks its options
        }
        int limit = maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
        if (endpoint.isFleet()) {
            long period = both ? cfg.getReconcileDelay() : getDelay();
            fleet = endpoint.fleetPolling(spec, period, limit, getRouteId(), this::deliver, seen == null ? null
                    : new FleetPolling.Webhook(null, seen, both, this::fire, e -> lastError = e, getExceptionHandler()));
            setDelay(FleetPolling.tickMillis(period));
        } else if (endpoint.webhookOnly() == null) {
            lanes = endpoint.laneFactory().lanes(spec, endpoint.getClient()); // fails when the target is incomplete
        }
        if (fleet != null) {
            fleet.start();
        } else if (delivery == BitbucketWebhookConfiguration.Delivery.webhook) {
            LOG.warn("Bitbucket {} on {}: delivery=webhook: Bitbucket re-sends only deliveries answered 5xx, at most twice"
                     + " and at once, gives up after 10 s and never sends payloads over 256 KB; an event lost on the"
                     + " way is not recovered. delivery=both adds a reconciling poll and is the mode that loses"
                     + " nothing", trigger, receiver.getPath());
            setStartScheduler(false);
        } else {
            // a webhook-only trigger never polls: no starting watermark to fetch and store
            lanes.seed(cfg.getStartFrom());
            if (delivery == BitbucketWebhookConfiguration.Delivery.both) {
                setDelay(cfg.getReconcileDelay());
            }
        }
        super.doStart();
        if (receiver != null) {
            receiver.start();
        }
    }

    @Override
    protected void doStop() throws Exception {
        try {
            if (fleet != null) {
                fleet.stop();
            }
            if (receiver != null) {
                receiver.stop();
                receiver = null;
            }
        } finally {
            super.doStop();
            endpoint.releaseDeliveredKeys(seen);
        }
    }

    @Override
    protected int poll() throws Exception {
        int limit = maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
        if (fleet != null) {
            return fleet.tick(limit, this::deliver); // each account's failures are its own (status, log)
        }
        if (lanes == null || delivery == BitbucketWebhookConfiguration.Delivery.webhook) {
            return 0;
        }
        lastPollAt = java.time.Instant.now();
        try {
            int n = lanes.poll(limit, this::deliver);
            if (failureLog != null) {
                failureLog.reset();
            }
            return n;
        } catch (Exception e) {
            // Camel's scheduler reports it (stack trace once, then a line per poll) and backs off
            // (backoffErrorThreshold, backoffMultiplier); the watermark stays where it was
            lastError = e.getMessage();
            throw e;
        }
    }

    private int deliver(PollLanes.Lane lane, List<Event> events) throws Exception {
        Queue<Object> batch = new ArrayDeque<>(events.size());
        events.forEach(e -> batch.add(new LaneEvent(lane, e)));
        return processBatch(batch);
    }

    /**
     * Delivers events one by one, oldest first; after each one that completed without exception the watermark moves
     * and is saved. The first failure stops the batch: that event and the rest come again on the next poll.
     */
    @Override
    public int processBatch(Queue<Object> items) throws Exception {
        int total = items.size();
        int index = 0;
        if (items.isEmpty()) {
            return 0;
        }
        // a batch is one lane's: its watermark is read once and saved after each delivered event
        PollLanes.Lane lane = ((LaneEvent) items.peek()).lane();
        Watermark mark = lane.load();
        for (Object o : new ArrayList<>(items)) {
            if (!isBatchAllowed()) {
                break;
            }
            LaneEvent item = (LaneEvent) o;
            Event event = item.event();
            String key = seen == null ? null : lane.spec().key(event);
            if (key != null && !seen.add(key)) {
                // a webhook delivered it already: the reconciling poll only moves past it
                mark = lane.strategy().after(mark, event);
                lane.save(mark);
                index++;
                continue;
            }
            Exchange exchange = exchangeFor(lane.spec(), event, "poll");
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            Exception failure = run(exchange);
            if (failure != null) {
                if (key != null) {
                    TriggerHandOver.forget(seen, lane.spec(), key);
                }
                lastError = failure.getMessage();
                getExceptionHandler().handleException("Bitbucket " + trigger + " event " + event.id()
                                                      + " failed; it will be delivered again on the next poll",
                        failure);
                pendingExchanges = 0;
                return index;
            }
            mark = lane.strategy().after(mark, event);
            lane.save(mark);
            index++;
        }
        pendingExchanges = 0;
        return index;
    }

    /** An exchange for one event: the typed item as body, and the headers saying where it came from. */
    private Exchange exchangeFor(TriggerSpec target, Event event, String how) throws Exception {
        Exchange exchange = createExchange(true);
        EventExchanges.event(exchange, mapper.treeToValue(event.item(), trigger.getItemType()), trigger.name(), how);
        EventExchanges.item(exchange, event, target);
        return exchange;
    }

    /** Fires the route for one event of a webhook delivery; answers its failure, or null. */
    private Exception fire(TriggerSpec target, Event event, WebhookCheck.Delivery d) {
        try {
            Exchange exchange = exchangeFor(target, event, "webhook");
            EventExchanges.delivery(exchange, d.eventKey(), d.requestUuid(), d.hookUuid(), d.payload());
            return run(exchange);
        } catch (Exception e) {
            return e;
        }
    }

    /** Runs the route for one exchange (counted as delivered when it completed); the failure, or null. */
    private Exception run(Exchange exchange) {
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        Exception failure = exchange.getException();
        releaseExchange(exchange, false);
        if (failure == null) {
            itemsDelivered.incrementAndGet();
        }
        return failure;
    }

    @ManagedAttribute(description = "Events delivered (exchanges that completed) since start")
    public long getItemsDelivered() {
        return itemsDelivered.get();
    }

    @ManagedAttribute(description = "When the last poll ran (ISO-8601), or null")
    public String getLastPollTime() {
        return lastPollAt == null ? null : lastPollAt.toString();
    }

    @ManagedAttribute(description = "The message of the last failure (of a poll, an exchange or the store), or null")
    public String getLastFailure() {
        return lastError;
    }

    @ManagedAttribute(description = "The stored watermark of each lane (state key = JSON)")
    public String getWatermark() {
        return String.valueOf(getWatermarks());
    }

    /** The stored watermark of each lane (state key to its JSON). */
    public Map<String, String> getWatermarks() {
        return lanes == null ? Map.of() : lanes.watermarks();
    }

    @ManagedAttribute(description = "Per connection (connection=* or repoSlug=*): targets, requests in the last hour"
                                    + " against the hourly budget, 429s, last poll, events delivered, last error")
    public String getConnectionStatus() {
        return fleet == null ? null : String.valueOf(fleet.status());
    }

    /** Per connection of a fleet trigger: its figures; empty otherwise. */
    public Map<String, Map<String, Object>> connectionStatus() {
        return fleet == null ? Map.of() : fleet.status();
    }

    @ManagedAttribute(description = "How events arrive (poll, webhook or both)")
    public String getDeliveryMode() {
        return endpoint.effectiveDelivery().name();
    }

    @ManagedAttribute(description = "The platform-http path webhook deliveries are received on, if any")
    public String getWebhookPath() {
        return receiver == null ? null : receiver.getPath();
    }
}
