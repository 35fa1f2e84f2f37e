package io.github.camelbitbucket.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelbitbucket.model.Workspace;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;

/** 4: one token request per token lifetime, whatever the number of callers, and no burst at renewal. */
final class TokenSingleFlightCase implements BenchCase {

    @Override
    public String title() {
        return "4. Token single flight";
    }

    @Override
    public void run(Benchmark harness, Report report) throws Exception {
        try (BenchServer server = new BenchServer(harness.settings().pages())) {
            measure(harness, report, server);
        }
    }

    private void measure(Benchmark harness, Report report, BenchServer server) throws Exception {

        server.tokenRequestNanos.clear();
        server.tokenLifetimeSeconds = 3600;
        CamelContext ctx = Contenders.camel(server.baseUrl(), server.tokenUrl());
        ProducerTemplate template = ctx.createProducerTemplate();
        Endpoint getWs = ctx.getEndpoint("direct:getWorkspace");
        int perThread = harness.settings().tokenCalls() / 16;
        Measure.throughput(16, perThread, () -> template.requestBody(getWs, null, Workspace.class));
        int oneLifetime = server.tokenRequestNanos.size();
        ctx.stop();
        report.format("- %,d calls from 16 threads within one token lifetime: **%d token"
                                                 + " request(s)** (target: exactly 1)%n",
                16 * perThread, oneLifetime);
        report.verdict("single flight: " + oneLifetime + " token request(s) for " + 16 * perThread + " calls ("
                     + (oneLifetime == 1 ? "meets" : "MISSES") + " exactly 1)");

        server.tokenRequestNanos.clear();
        server.tokenLifetimeSeconds = 2;
        ctx = Contenders.camel(server.baseUrl(), server.tokenUrl());
        ProducerTemplate t2 = ctx.createProducerTemplate();
        Endpoint ws2 = ctx.getEndpoint("direct:getWorkspace");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong calls = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        long t0 = System.nanoTime();
        for (int i = 0; i < 16; i++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    t2.requestBody(ws2, null, Workspace.class);
                    calls.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(harness.settings().tokenRunSeconds(), TimeUnit.SECONDS);
        stop.set(true);
        pool.awaitTermination(30, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        ctx.stop();
        List<Long> times = new ArrayList<>(server.tokenRequestNanos);
        long minGapMs = Long.MAX_VALUE;
        for (int i = 1; i < times.size(); i++) {
            minGapMs = Math.min(minGapMs, (times.get(i) - times.get(i - 1)) / 1_000_000);
        }
        int expected = (int) Math.ceil(seconds / 1.8);
        report.format("- token lifetime 2 s, 16 threads for %.1f s (%,d calls): **%d token"
                                                 + " requests**, smallest gap between two of them **%d ms** (renewal at 90%%"
                                                 + " of the lifetime: one per 1.8 s, about %d expected; a burst would show"
                                                 + " gaps near 0 ms)%n%n",
                seconds, calls.get(), times.size(), times.size() > 1 ? minGapMs : 0, expected);
        boolean ok = times.size() <= expected + 1 && (times.size() < 2 || minGapMs >= 1000);
        report.verdict("refresh: " + times.size() + " token requests in " + String.format(Locale.ROOT, "%.1f", seconds)
                     + " s, min gap " + (times.size() > 1 ? minGapMs : 0) + " ms (" + (ok ? "one per expiry, no burst"
                             : "BURST OR EXTRA REFRESHES") + ")");
    }
}
