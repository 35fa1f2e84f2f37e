package io.github.camelbitbucket.fleet;

import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import io.github.camelbitbucket.trigger.PollLanes;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * connectionScheduler=quartz: each connection's polling is a Quartz job (one per route and connection, repeating every
 * delay), so with Quartz's clustered JDBC job store one node at a time polls a connection
 * ({@link DisallowConcurrentExecution}), and when that node stops, another node's scheduler fires the job. The jobs
 * follow the fleet's members; the job finds the route's fleet on its node through the scheduler context, so a node
 * whose route does not run leaves the firing to no one (the next one may land elsewhere) and nothing is polled twice.
 */
public final class QuartzPolls {

    private static final Logger LOG = LoggerFactory.getLogger(QuartzPolls.class);
    static final String CONTEXT_KEY = "camel-bitbucket-fleet:";
    /** The job name of the endpoint's own credential (repoSlug=* without a connection). */
    static final String OWN = "-own-";

    private final Scheduler scheduler;
    private final String group;
    private final Fleet fleet;
    private final long delayMillis;
    private final int limit;
    private final PollLanes.Deliverer deliverer;
    /** The members whose jobs this node has checked: only a change of members costs the job store a query. */
    private Set<String> followed = Set.of();

    /**
     * @param group the jobs' group: one per route, the same on every node (the route id)
     */
    public QuartzPolls(Scheduler scheduler, String group, Fleet fleet, long delayMillis, int limit,
                       PollLanes.Deliverer deliverer) {
        this.scheduler = scheduler;
        this.group = "camel-bitbucket:" + group;
        this.fleet = fleet;
        this.delayMillis = delayMillis;
        this.limit = limit;
        this.deliverer = deliverer;
    }

    /** Makes this node's fleet the one its jobs run. */
    public void start() throws SchedulerException {
        scheduler.getContext().put(CONTEXT_KEY + group, this);
    }

    /** This node no longer runs the jobs (they stay: other nodes run them). */
    public void stop() throws SchedulerException {
        scheduler.getContext().remove(CONTEXT_KEY + group);
    }

    /** Every member has a job, at its phase within the delay; a member gone loses its job. */
    public void follow(Set<String> members) throws SchedulerException {
        if (members.equals(followed)) {
            return; // refreshed every few seconds: the job store is asked only when the members changed
        }
        Set<JobKey> wanted = new HashSet<>();
        for (String id : members) {
            JobKey key = JobKey.jobKey(id.isEmpty() ? OWN : id, group);
            wanted.add(key);
            if (followed.contains(id) || scheduler.checkExists(key)) {
                continue;
            }
            JobDetail job = JobBuilder.newJob(PollJob.class).withIdentity(key).usingJobData("group", group)
                    .usingJobData("connection", id).requestRecovery().build();
            long phase = Math.floorMod(id.hashCode(), Math.max(1, delayMillis));
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key.getName(), group).forJob(job)
                    .startAt(new Date(System.currentTimeMillis() + phase))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(delayMillis)
                            .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            try {
                scheduler.scheduleJob(job, trigger);
                LOG.info("Scheduled the polling of connection '{}' as Quartz job {}", id, key);
            } catch (ObjectAlreadyExistsException raced) {
                // another node scheduled it first
            }
        }
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group))) {
            if (!wanted.contains(key)) {
                scheduler.deleteJob(key);
                LOG.info("Removed the polling job {} (its connection is removed or revoked)", key);
            }
        }
        followed = Set.copyOf(members);
    }

    int run(String connection) {
        return fleet.poll(connection.isEmpty() ? null : connection, limit, deliverer);
    }

    /** One poll cycle of one connection, on the node that fired it; never two at once for a connection. */
    @DisallowConcurrentExecution
    public static final class PollJob implements Job {

        @Override
        public void execute(JobExecutionContext context) {
            String group = context.getMergedJobDataMap().getString("group");
            String connection = context.getMergedJobDataMap().getString("connection");
            try {
                Object polls = context.getScheduler().getContext().get(CONTEXT_KEY + group);
                if (polls instanceof QuartzPolls p) {
                    p.run(connection);
                }
            } catch (SchedulerException | RuntimeException e) {
                LOG.warn("The Quartz poll of connection '{}' failed: {}", connection, e.getMessage());
            }
        }
    }
}
