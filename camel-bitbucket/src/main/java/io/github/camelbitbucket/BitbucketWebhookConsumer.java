package io.github.camelbitbucket;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.trigger.EventExchanges;
import io.github.camelbitbucket.webhook.WebhookCheck;
import io.github.camelbitbucket.webhook.WebhookEvents;
import io.github.camelbitbucket.webhook.WebhookReceiver;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;

/**
 * The generic {@code webhook} trigger: one exchange per Bitbucket delivery of any event key it takes, received on
 * platform-http ({@link WebhookReceiver}); the body is the event's model where the event is about one resource
 * ({@link WebhookEvents#modelOf}), else the whole payload. It receives only; it never polls.
 */
@ManagedResource(description = "Bitbucket webhook trigger")
public class BitbucketWebhookConsumer extends DefaultConsumer {

    private final BitbucketEndpoint endpoint;
    private final ObjectMapper mapper;
    private final AtomicLong itemsDelivered = new AtomicLong();
    private volatile String lastError;
    private IdempotentRepository seen;
    private WebhookReceiver receiver;

    public BitbucketWebhookConsumer(BitbucketEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.mapper = endpoint.getComponent().getObjectMapper();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        BitbucketConfiguration cfg = endpoint.getConfiguration();
        seen = endpoint.deliveredKeys();
        receiver = endpoint.webhookReceiver(eventList(cfg.getEvents()), seen, this::anyEvent);
        receiver.start();
    }

    @Override
    protected void doStop() throws Exception {
        try {
            if (receiver != null) {
                receiver.stop();
                receiver = null;
            }
        } finally {
            endpoint.releaseDeliveredKeys(seen);
            super.doStop();
        }
    }

    static List<String> eventList(String option) {
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

    /** A delivery: one exchange, the typed model where there is one. */
    private Runnable anyEvent(WebhookCheck.Delivery d) {
        Class<?> model = WebhookEvents.modelOf(d.eventKey());
        String field = WebhookEvents.itemField(d.eventKey());
        JsonNode item = field == null ? null : d.payload().get(field);
        return () -> {
            Exception failure;
            Exchange exchange = createExchange(true);
            try {
                Object body = model != null && item != null && item.isObject() ? mapper.treeToValue(item, model)
                        : d.payload();
                EventExchanges.event(exchange, body, endpoint.getOperation().name(), "webhook");
                WebhookEvents.RepositoryName target = WebhookEvents.repositoryOf(d.payload());
                if (target != null) {
                    exchange.getIn().setHeader(BitbucketConstants.WORKSPACE, target.workspace());
                    exchange.getIn().setHeader(BitbucketConstants.REPO_SLUG, target.repoSlug());
                }
                EventExchanges.delivery(exchange, d.eventKey(), d.requestUuid(), d.hookUuid(), d.payload());
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            failure = exchange.getException();
            releaseExchange(exchange, false);
            if (failure == null) {
                itemsDelivered.incrementAndGet();
            } else {
                lastError = failure.getMessage();
                getExceptionHandler().handleException("Bitbucket webhook delivery " + d.requestUuid() + " ("
                                                      + d.eventKey() + ") failed in the route", failure);
            }
        };
    }

    @ManagedAttribute(description = "Events delivered (exchanges that completed) since start")
    public long getItemsDelivered() {
        return itemsDelivered.get();
    }

    @ManagedAttribute(description = "The message of the last failure of an exchange, or null")
    public String getLastFailure() {
        return lastError;
    }

    @ManagedAttribute(description = "How events arrive: webhook")
    public String getDeliveryMode() {
        return BitbucketWebhookConfiguration.Delivery.webhook.name();
    }

    @ManagedAttribute(description = "The platform-http path webhook deliveries are received on")
    public String getWebhookPath() {
        return receiver == null ? null : receiver.getPath();
    }
}
