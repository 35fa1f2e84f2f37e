package io.github.camelbitbucket.fleet;

import java.util.Map;
import java.util.Set;

import java.util.List;

import io.github.camelbitbucket.connection.Connections;
import io.github.camelbitbucket.trigger.Event;
import io.github.camelbitbucket.trigger.TriggerSpec;
import io.github.camelbitbucket.webhook.TriggerHandOver;
import io.github.camelbitbucket.webhook.WebhookCheck;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.IdempotentRepository;
import io.github.camelbitbucket.trigger.PollLanes;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;

/**
 * How a fleet trigger's polls run: on this node's consumer thread (connectionScheduler=local: each tick polls the
 * accounts whose turn has come), or as camel-quartz jobs (connectionScheduler=quartz: the tick only keeps the jobs in
 * step with the accounts). Installs and removals on this node are seen at once.
 */
public final class FleetPolling {

    private final Fleet fleet;
    private final Connections connections;
    private final java.util.function.Consumer<String> listener;
    private final QuartzPolls quartz;
    private final Webhook webhook;
    /** Whether it polls (delivery poll or both), not only receives. */
    private boolean polls = true;
    private final FleetReceiver.Subscriber subscriber;

    /** How an event of a webhook delivery reaches the route: its failure, or null. */
    @FunctionalInterface
    public interface Route {
        Exception fire(TriggerSpec target, Event event, WebhookCheck.Delivery delivery);
    }

    /**
     * A fleet trigger's webhook side (delivery webhook or both): the receiver every connection's hooks call, and how
     * its events reach the route (as {@link TriggerHandOver} does for one target).
     */
    public record Webhook(FleetReceiver receiver, IdempotentRepository seen, boolean both, Route route,
                          java.util.function.Consumer<String> lastError, ExceptionHandler handler) {

        /** The same, on a receiver. */
        public Webhook on(FleetReceiver shared) {
            return new Webhook(shared, seen, both, route, lastError, handler);
        }
    }

    /**
     * How the polls run: every {@code delayMillis} per account, at most {@code limit} events a cycle, delivered by
     * {@code deliverer}; {@code group} names the route's Quartz jobs.
     */
    public record Run(long delayMillis, int limit, String group, PollLanes.Deliverer deliverer) {
    }

    /**
     * @param connections the store's connections (told of installs), or null for the endpoint's own credential
     * @param scheduler   local or quartz
     * @param group       the Quartz job group (the route id)
     */
    public FleetPolling(Fleet fleet, Connections connections, String scheduler, CamelContext context, Run run,
                        Webhook webhook, TriggerSpec base) throws Exception {
        this.fleet = fleet;
        this.connections = connections;
        this.listener = id -> fleet.changed();
        this.webhook = webhook;
        this.subscriber = webhook == null ? null : new FleetReceiver.Subscriber() {
            @Override
            public List<String> events() {
                return base.eventKeys();
            }

            @Override
            public Runnable prepare(String connection, WebhookCheck.Delivery delivery) {
                TriggerSpec target = fleet.target(connection, delivery.payload());
                if (target == null) {
                    return () -> {
                    };
                }
                return new TriggerHandOver(target, () -> fleet.branches(target), webhook.seen(), webhook.both(),
                        (event, d) -> webhook.route().fire(target, event, d), webhook.lastError(), webhook.handler())
                        .prepare(delivery);
            }
        };
        if (!"quartz".equals(scheduler)) {
            this.quartz = null;
            return;
        }
        Component component = null;
        try {
            component = context.getComponent("quartz");
        } catch (RuntimeException | LinkageError missing) {
            // reported below
        }
        if (component == null || !"org.apache.camel.component.quartz.QuartzComponent"
                .equals(component.getClass().getName())) {
            throw new IllegalArgumentException("connectionScheduler=quartz runs each connection's polling on"
                                               + " camel-quartz's scheduler: add org.apache.camel:camel-quartz (and,"
                                               + " for several nodes, its clustered JDBC job store; see the reference)");
        }
        org.quartz.Scheduler quartzScheduler = ((org.apache.camel.component.quartz.QuartzComponent) component)
                .getScheduler();
        this.quartz = new QuartzPolls(quartzScheduler, run.group(), fleet, run.delayMillis(), run.limit(),
                run.deliverer());
    }

    /** delivery=webhook: the trigger receives only; its ticks keep the members for the deliveries. */
    public FleetPolling receiveOnly() {
        this.polls = false;
        return this;
    }

    /** The tick of the consumer's scheduler: a tick period fine enough to spread the accounts over the delay. */
    public static long tickMillis(long delayMillis) {
        return Math.max(50, Math.min(1000, delayMillis / 20));
    }

    public void start() throws Exception {
        if (connections != null) {
            connections.onChange(listener);
        }
        if (webhook != null) {
            fleet.refresh();
            webhook.receiver().subscribe(subscriber);
        }
        if (quartz != null) {
            quartz.start();
            quartz.follow(fleet.refresh());
        }
    }

    /** One tick: polls the accounts due (local), or brings the jobs in step with the accounts (quartz). */
    public int tick(int limit, PollLanes.Deliverer deliverer) throws Exception {
        if (webhook != null && !polls) {
            fleet.refreshIfDue(); // delivery=webhook: the members only, for the deliveries
            return 0;
        }
        if (quartz == null) {
            return fleet.tick(limit, deliverer);
        }
        Set<String> members = fleet.refreshIfDue();
        if (members != null) {
            quartz.follow(members);
        }
        return 0;
    }

    public void stop() throws Exception {
        if (connections != null) {
            connections.removeOnChange(listener);
        }
        if (webhook != null) {
            webhook.receiver().unsubscribe(subscriber);
        }
        if (quartz != null) {
            quartz.stop();
        }
    }

    /** Per account: budget use, a 429's hold, last poll, delivered, last error. */
    public Map<String, Map<String, Object>> status() {
        return fleet.status();
    }
}
