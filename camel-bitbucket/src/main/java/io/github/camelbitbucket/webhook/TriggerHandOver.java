package io.github.camelbitbucket.webhook;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.camelbitbucket.trigger.Event;
import io.github.camelbitbucket.trigger.TriggerSpec;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a trigger hands over the events of a webhook delivery: each event whose key the IdempotentRepository takes goes
 * to the route; one whose key cannot be kept (the store is down) is left for the reconciling poll; one whose route
 * failed is forgotten, so the reconciling poll delivers it again.
 */
public final class TriggerHandOver {

    private static final Logger LOG = LoggerFactory.getLogger(TriggerHandOver.class);

    /** Fires the route for one event of a delivery; answers its failure, or null. */
    @FunctionalInterface
    public interface Route {
        Exception fire(Event event, WebhookCheck.Delivery delivery);
    }

    private final TriggerSpec spec;
    private final Supplier<Set<String>> branches;
    private final IdempotentRepository seen;
    private final boolean both;
    private final Route route;
    private final Consumer<String> lastError;
    private final ExceptionHandler handler;

    /**
     * @param branches  the branches a commit trigger watches
     * @param both      whether a reconciling poll brings what the webhook path loses (delivery=both)
     * @param lastError where the consumer keeps its last failure
     */
    public TriggerHandOver(TriggerSpec spec, Supplier<Set<String>> branches, IdempotentRepository seen, boolean both,
                           Route route, Consumer<String> lastError, ExceptionHandler handler) {
        this.spec = spec;
        this.branches = branches;
        this.seen = seen;
        this.both = both;
        this.route = route;
        this.lastError = lastError;
        this.handler = handler;
    }

    /**
     * A delivery for this trigger (on the platform-http thread, before it is acknowledged): its events, as the poll
     * would find them, and the work the receiver's worker runs. Throws IllegalArgumentException (answered 400) when
     * the payload lacks the event's resource.
     */
    public Runnable prepare(WebhookCheck.Delivery d) {
        WebhookEvents.Items items = WebhookEvents.itemsOf(spec, branches.get(), d);
        if (items == null) {
            throw new IllegalArgumentException("the payload of " + d.eventKey() + " has no "
                                               + WebhookEvents.itemField(d.eventKey()) + " object");
        }
        if (items.truncated()) {
            LOG.warn("Bitbucket truncated the commit list of push delivery {}: {} commit(s) in it are delivered{}",
                    d.requestUuid(), items.items().size(), both ? "; the reconciling poll delivers the rest"
                            : "; the rest are not (use delivery=both so the reconciling poll brings them)");
        }
        return () -> items.items().forEach(item -> handOver(d, item));
    }

    private void handOver(WebhookCheck.Delivery d, WebhookEvents.Item item) {
        boolean first;
        try {
            first = seen.add(item.key());
        } catch (RuntimeException storeDown) {
            // not handed over without its key kept: the reconciling poll brings it once the store is back
            lastError.accept("idempotent repository: " + storeDown.getMessage());
            LOG.warn("Bitbucket {} webhook delivery {}: the idempotent repository failed ({}); event {} is not handed"
                     + " over now{}", spec.trigger(), d.requestUuid(), storeDown.getMessage(), item.event().id(),
                    both ? ", the reconciling poll delivers it once the repository answers"
                            : "; with delivery=webhook it is lost (use delivery=both)");
            return;
        }
        if (!first) {
            return; // the reconciling poll, or an earlier delivery, handed it over
        }
        Exception failure = route.fire(item.event(), d);
        if (failure != null) {
            forget(seen, spec, item.key());
            lastError.accept(failure.getMessage());
            handler.handleException("Bitbucket " + spec.trigger() + " webhook delivery " + d.requestUuid() + " ("
                                    + d.eventKey() + ") failed in the route"
                                    + (both ? "; the reconciling poll delivers it again" : ""), failure);
        }
    }

    /** Forgets a key whose exchange failed, so the reconciling poll delivers the event again. */
    public static void forget(IdempotentRepository seen, TriggerSpec spec, String key) {
        try {
            seen.remove(key);
        } catch (RuntimeException storeDown) {
            LOG.warn("Bitbucket {}: the idempotent repository could not forget the key {} of a failed event ({}); it"
                     + " is not delivered again", spec.trigger(), key, storeDown.getMessage());
        }
    }
}
