package io.github.camelbitbucket;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.trigger.Event;
import io.github.camelbitbucket.trigger.PollStrategies;
import io.github.camelbitbucket.trigger.PollStrategy;
import io.github.camelbitbucket.trigger.RepeatedFailureLog;
import io.github.camelbitbucket.trigger.TriggerRequests;
import io.github.camelbitbucket.trigger.Watermark;
import io.github.camelbitbucket.webhook.WebhookCheck;
import io.github.camelbitbucket.webhook.WebhookEvents;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Fires one exchange per Bitbucket event, oldest first. It schedules, delivers and saves; the polling algorithm is the
 * trigger's {@link PollStrategy}, chosen once at start. The watermark moves only after an exchange completed without
 * exception and is saved in the {@link StateRepository} at once, so a failure or a restart resumes at the first
 * undelivered event.
 */
public class BitbucketConsumer extends ScheduledBatchPollingConsumer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BitbucketConsumer.class);

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
    /** Logs a repeated failure's stack trace once (null when the user set an exception handler). */
    private RepeatedFailureLog failureLog;

    private record Lane(PollStrategy strategy, String stateKey) {
    }

    /** poll, webhook or both; the generic webhook trigger receives only. */
    private BitbucketWebhookConfiguration.Delivery delivery;
    /** Receives webhook deliveries (delivery webhook or both), else null. */
    private BitbucketWebhookReceiver receiver;
    /** Delivery ids and event identities already handed over (webhook or both), else null. */
    private IdempotentRepository seen;
    /** The branches a commit trigger watches (its lanes), for push deliveries. */
    private Set<String> branches = Set.of();

    public BitbucketConsumer(BitbucketEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.trigger = endpoint.getOperation();
        this.mapper = endpoint.getComponent().getObjectMapper();
    }

    @Override
    protected void doStart() throws Exception {
        BitbucketConfiguration cfg = endpoint.getConfiguration();
        if (getExceptionHandler() instanceof org.apache.camel.support.LoggingExceptionHandler) {
            failureLog = new RepeatedFailureLog(getExceptionHandler());
            setExceptionHandler(failureLog);
        }
        delivery = endpoint.effectiveDelivery();
        List<String> events = List.of();
        if (delivery != BitbucketWebhookConfiguration.Delivery.poll) {
            events = trigger == BitbucketOperation.webhook ? eventList(cfg.getEvents())
                    : WebhookEvents.keysOf(trigger.name());
            if (events.isEmpty() && trigger != BitbucketOperation.webhook) {
                throw new IllegalArgumentException("from(" + endpoint.getEndpointUri() + "): Bitbucket sends no webhook"
                                                   + " event for " + trigger + "; use delivery=poll");
            }
            seen = cfg.getIdempotentRepository() != null ? cfg.getIdempotentRepository()
                    : MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
            ServiceHelper.startService(seen);
        }
        if (trigger == BitbucketOperation.webhook) {
            receiver = new BitbucketWebhookReceiver(endpoint, events, seen, this::anyEvent);
            setStartScheduler(false);
            super.doStart();
            receiver.start();
            return;
        }
        if (delivery != BitbucketWebhookConfiguration.Delivery.poll) {
            receiver = new BitbucketWebhookReceiver(endpoint, events, seen, this::triggerEvents); // checks its options
        }
        startPolling(cfg);
        if (delivery == BitbucketWebhookConfiguration.Delivery.webhook) {
            LOG.warn("Bitbucket {} on {}: delivery=webhook: Bitbucket re-sends only deliveries answered 5xx, at most twice and at"
                     + " once, gives up after 10 s and never sends payloads over 256 KB; an event lost on the way is"
                     + " not recovered. delivery=both adds a reconciling poll and is the mode that loses nothing",
                    trigger, receiver.getPath());
            setStartScheduler(false);
        } else if (delivery == BitbucketWebhookConfiguration.Delivery.both) {
            setDelay(cfg.getReconcileDelay());
        }
        super.doStart();
        if (receiver != null) {
            receiver.start();
        }
    }

    @Override
    protected void doStop() throws Exception {
        try {
            if (receiver != null) {
                receiver.stop();
                receiver = null;
            }
        } finally {
            super.doStop();
            if (seen != null && seen != endpoint.getConfiguration().getIdempotentRepository()) {
                ServiceHelper.stopService(seen);
            }
        }
    }

    private static List<String> eventList(String option) {
        List<String> keys = new ArrayList<>();
        if (option != null) {
            for (String k : option.split(",")) {
                if (!k.isBlank()) {
                    keys.add(k.trim());
                }
            }
        }
        return keys;
    }

    /** The poll lanes of the trigger, each with its stored (or initial) watermark. */
    private void startPolling(BitbucketConfiguration cfg) throws Exception {
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
            // a webhook-only trigger never polls: no starting watermark to fetch and store
            if (delivery != BitbucketWebhookConfiguration.Delivery.webhook
                && stateRepository.getState(lane.stateKey()) == null) {
                Watermark start = strategy.start(cfg.getStartFrom());
                if (start != null) {
                    save(lane, start);
                }
            }
            lanes.add(lane);
        }
        branches = new java.util.HashSet<>();
        for (Lane lane : lanes) {
            if (lane.strategy().branch() != null) {
                branches.add(lane.strategy().branch());
            }
        }
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
        if (lanes == null || delivery == BitbucketWebhookConfiguration.Delivery.webhook) {
            return 0;
        }
        lastPollAt = java.time.Instant.now();
        try {
            int n = pollLanes();
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
            String identity = seen == null ? null
                    : WebhookEvents.key(trigger.name(), cfg.getWorkspace(), cfg.getRepoSlug(), event);
            if (identity != null && !seen.add(identity)) {
                // a webhook delivered it already: the reconciling poll only moves past it
                mark = lane.strategy().after(mark, event);
                save(lane, mark);
                index++;
                continue;
            }
            Exchange exchange = exchangeFor(event, "poll");
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            Exception failure = run(exchange);
            if (failure != null) {
                if (identity != null) {
                    forget(identity);
                }
                lastError = failure.getMessage();
                getExceptionHandler().handleException("Bitbucket " + trigger + " event " + event.id()
                                                      + " failed; it will be delivered again on the next poll",
                        failure);
                pendingExchanges = 0;
                return index;
            }
            mark = lane.strategy().after(mark, event);
            save(lane, mark);
            index++;
        }
        pendingExchanges = 0;
        return index;
    }

    /** An exchange for one event: the typed item as body, and the headers saying where it came from. */
    private Exchange exchangeFor(Event event, String how) throws Exception {
        BitbucketConfiguration cfg = endpoint.getConfiguration();
        Exchange exchange = newExchange(mapper.treeToValue(event.item(), trigger.getItemType()), how);
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
        return exchange;
    }

    /**
     * An exchange whose body is a Bitbucket step's result (never re-sent by a create/update action), with the reports
     * every event carries; an action later in the route never reads them as targets.
     */
    private Exchange newExchange(Object body, String how) {
        Exchange exchange = createExchange(true);
        exchange.getIn().setBody(body);
        exchange.setProperty(MessageInputs.RESULT_BODY, body);
        exchange.getIn().setHeader(BitbucketConstants.EVENT_TYPE, trigger.name());
        exchange.getIn().setHeader(BitbucketConstants.DELIVERY, how);
        return exchange;
    }

    /**
     * A delivery for this trigger (on the platform-http thread, before it is acknowledged): its events, as the poll
     * would find them. Throws IllegalArgumentException (answered 400) when the payload lacks the event's resource.
     */
    private Runnable triggerEvents(WebhookCheck.Delivery d) {
        BitbucketConfiguration cfg = endpoint.getConfiguration();
        WebhookEvents.Items items = WebhookEvents.itemsOf(trigger.name(), trigger.getWatermarkField(),
                cfg.getWorkspace(), cfg.getRepoSlug(), branches, d);
        if (items == null) {
            throw new IllegalArgumentException("the payload of " + d.eventKey() + " has no "
                                               + WebhookEvents.itemField(d.eventKey()) + " object");
        }
        if (items.truncated()) {
            LOG.warn("Bitbucket truncated the commit list of push delivery {}: {} commit(s) in it are delivered{}",
                    d.requestUuid(), items.items().size(),
                    delivery == BitbucketWebhookConfiguration.Delivery.both
                            ? "; the reconciling poll delivers the rest"
                            : "; the rest are not (use delivery=both so the reconciling poll brings them)");
        }
        return () -> {
            for (WebhookEvents.Item item : items.items()) {
                boolean first;
                try {
                    first = seen.add(item.key());
                } catch (RuntimeException storeDown) {
                    // not handed over without its key kept: the reconciling poll brings it once the store is back
                    storeFailed(d, item, storeDown);
                    continue;
                }
                if (!first) {
                    continue; // the reconciling poll, or an earlier delivery, handed it over
                }
                Exception failure;
                try {
                    Exchange exchange = exchangeFor(item.event(), "webhook");
                    webhookHeaders(exchange, d);
                    failure = run(exchange);
                } catch (Exception e) {
                    failure = e;
                }
                if (failure != null) {
                    forget(item.key());
                    failed(d, failure);
                }
            }
        };
    }

    /** A delivery for the generic webhook trigger: one exchange, the typed model where there is one. */
    private Runnable anyEvent(WebhookCheck.Delivery d) {
        Class<?> model = WebhookEvents.modelOf(d.eventKey());
        String field = WebhookEvents.itemField(d.eventKey());
        com.fasterxml.jackson.databind.JsonNode item = field == null ? null : d.payload().get(field);
        return () -> {
            Exception failure;
            try {
                Exchange exchange = newExchange(model != null && item != null && item.isObject()
                        ? mapper.treeToValue(item, model) : d.payload(), "webhook");
                com.fasterxml.jackson.databind.JsonNode repo = d.payload().path("repository");
                String fullName = repo.path("full_name").asText("");
                if (fullName.contains("/")) {
                    exchange.getIn().setHeader(BitbucketConstants.WORKSPACE, fullName.substring(0, fullName.indexOf('/')));
                    exchange.getIn().setHeader(BitbucketConstants.REPO_SLUG, fullName.substring(fullName.indexOf('/') + 1));
                }
                webhookHeaders(exchange, d);
                failure = run(exchange);
            } catch (Exception e) {
                failure = e;
            }
            if (failure != null) {
                failed(d, failure);
            }
        };
    }

    private static void webhookHeaders(Exchange exchange, WebhookCheck.Delivery d) {
        exchange.getIn().setHeader(BitbucketConstants.WEBHOOK_EVENT_KEY, d.eventKey());
        exchange.getIn().setHeader(BitbucketConstants.WEBHOOK_DELIVERY_ID, d.requestUuid());
        if (d.hookUuid() != null) {
            exchange.getIn().setHeader(BitbucketConstants.WEBHOOK_HOOK_UUID, d.hookUuid());
        }
        exchange.getIn().setHeader(BitbucketConstants.WEBHOOK_PAYLOAD, d.payload());
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

    /** Forgets a key whose exchange failed, so the reconciling poll delivers the event again. */
    private void forget(String key) {
        try {
            seen.remove(key);
        } catch (RuntimeException storeDown) {
            LOG.warn("Bitbucket {}: the idempotent repository could not forget the key {} of a failed event ({}); it"
                     + " is not delivered again", trigger, key, storeDown.getMessage());
        }
    }

    private void storeFailed(WebhookCheck.Delivery d, WebhookEvents.Item item, RuntimeException e) {
        lastError = "idempotent repository: " + e.getMessage();
        LOG.warn("Bitbucket {} webhook delivery {}: the idempotent repository failed ({}); event {} is not handed over"
                 + " now{}", trigger, d.requestUuid(), e.getMessage(), item.event().id(),
                delivery == BitbucketWebhookConfiguration.Delivery.both
                        ? ", the reconciling poll delivers it once the repository answers"
                        : "; with delivery=webhook it is lost (use delivery=both)");
    }

    private void failed(WebhookCheck.Delivery d, Exception failure) {
        lastError = failure.getMessage();
        getExceptionHandler().handleException("Bitbucket " + trigger + " webhook delivery " + d.requestUuid() + " ("
                                              + d.eventKey() + ") failed in the route"
                                              + (delivery == BitbucketWebhookConfiguration.Delivery.both
                                                      ? "; the reconciling poll delivers it again" : ""),
                failure);
    }

    /** The webhook path deliveries are received on, or null when the trigger polls only. */
    public String getWebhookPath() {
        return receiver == null ? null : receiver.getPath();
    }
}
