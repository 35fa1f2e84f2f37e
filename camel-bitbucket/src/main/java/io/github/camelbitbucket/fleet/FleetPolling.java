package io.github.camelbitbucket.fleet;

import java.util.Map;
import java.util.Set;

import io.github.camelbitbucket.connection.Connections;
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
    private final Runnable listener;
    private final QuartzPolls quartz;

    /**
     * @param connections the store's connections (told of installs), or null for the endpoint's own credential
     * @param scheduler   local or quartz
     * @param group       the Quartz job group (the route id)
     */
    public FleetPolling(Fleet fleet, Connections connections, String scheduler, CamelContext context, String group,
                        long delayMillis, int limit, PollLanes.Deliverer deliverer) throws Exception {
        this.fleet = fleet;
        this.connections = connections;
        this.listener = fleet::changed;
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
        this.quartz = new QuartzPolls(quartzScheduler, group, fleet, delayMillis, limit, deliverer);
    }

    /** The tick of the consumer's scheduler: a tick period fine enough to spread the accounts over the delay. */
    public static long tickMillis(long delayMillis) {
        return Math.max(50, Math.min(1000, delayMillis / 20));
    }

    public void start() throws Exception {
        if (connections != null) {
            connections.onChange(listener);
        }
        if (quartz != null) {
            quartz.start();
            quartz.follow(fleet.refresh());
        }
    }

    /** One tick: polls the accounts due (local), or brings the jobs in step with the accounts (quartz). */
    public int tick(int limit, PollLanes.Deliverer deliverer) throws Exception {
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
        if (quartz != null) {
            quartz.stop();
        }
    }

    /** Per account: budget use, a 429's hold, last poll, delivered, last error. */
    public Map<String, Map<String, Object>> status() {
        return fleet.status();
    }
}
