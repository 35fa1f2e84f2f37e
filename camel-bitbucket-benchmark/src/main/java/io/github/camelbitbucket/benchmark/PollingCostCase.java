package io.github.camelbitbucket.benchmark;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelbitbucket.BitbucketComponent;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;

/** 5: requests per poll against the stand-in: one when idle, ceil(k/100) with k new items. */
final class PollingCostCase implements BenchCase {

    @Override
    public String title() {
        return "5. Polling cost (requests per poll, against the stand-in)";
    }

    @Override
    public void run(Benchmark harness, Report report) throws Exception {

        report.append("| new items k | requests | ceil(k/100) |\n|---|---|---|\n");
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            standIn.live().issueTrackerRetired(false); // the issue triggers are measured
            CamelContext ctx = new DefaultCamelContext();
            BitbucketComponent component = new BitbucketComponent();
            standIn.configure(component.getConfiguration());
            ctx.addComponent("bitbucket", component);
            AtomicLong delivered = new AtomicLong();
            ctx.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("bitbucket:issueCreated?workspace=acme-labs&repoSlug=prototype&startFrom=beginning"
                         // the keyset cost alone: the overlap window (lookback) re-reads the last minute's items
                         + "&startScheduler=false&lookback=0").routeId("poll")
                            .process(e -> delivered.incrementAndGet());
                }
            });
            ctx.start();
            ScheduledPollConsumer consumer = (ScheduledPollConsumer) ctx.getRoute("poll").getConsumer();
            consumer.run(); // first poll: the (empty) tracker
            boolean allOk = true;
            // issues 1 ms apart, as on live Bitbucket: the keyset's datetimes go out at millisecond precision, so
            // items sharing the watermark's millisecond would be read again (and skipped) at an extra cost
            java.time.OffsetDateTime at = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
            long id = 1000;
            for (int k : new int[] { 0, 0, 1, 99, 100, 101, 250 }) {
                for (int i = 0; i < k; i++) {
                    at = at.plusNanos(1_000_000);
                    standIn.addIssue("acme-labs", "prototype", id++, "Bench issue " + i, at, at);
                }
                int before = standIn.apiRequests();
                long deliveredBefore = delivered.get();
                consumer.run();
                int requests = standIn.apiRequests() - before;
                int expected = Math.max(1, (int) Math.ceil(k / 100.0));
                allOk &= requests == expected && delivered.get() - deliveredBefore == k;
                report.format("| %d | %d | %d |%n", k, requests, expected);
            }
            ctx.stop();
            report.append("\n");
            report.verdict("polling: " + (allOk ? "one request when idle, ceil(k/100) with k new items"
                    : "REQUEST COUNT DIFFERS FROM ceil(k/100)"));
        }
    }
}
