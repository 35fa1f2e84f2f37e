package io.github.camelbitbucket.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelbitbucket.BitbucketComponent;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import io.github.camelbitbucket.model.Issue;
import io.github.camelbitbucket.model.IssueKind;
import io.github.camelbitbucket.model.Workspace;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * Measures camel-bitbucket against the best a hand-written client can do on the same machine in the same run:
 * producer overhead (vs bare Apache HttpClient 5 + Jackson), token single flight, constant-memory listing, and the
 * request cost of polling. Writes a Markdown report. Sizes come from system properties (see {@link Settings}).
 */
public final class Benchmark {

    /** bench.ops: calls per thread per round; bench.pages: pages of 100 to list; bench.rounds; bench.tokenSeconds. */
    record Settings(int ops, int pages, int rounds, int tokenCalls, int tokenRunSeconds, int forks, Path output) {
        /** The sizes, without the output path (no machine path goes into BENCHMARKS.md). */
        @Override
        public String toString() {
            return "ops=" + ops + ", pages=" + pages + ", rounds=" + rounds + ", tokenCalls=" + tokenCalls
                   + ", tokenRunSeconds=" + tokenRunSeconds + ", forks=" + forks;
        }

        static Settings fromSystem() {
            return new Settings(Integer.getInteger("bench.ops", 12000), Integer.getInteger("bench.pages", 1000),
                    Integer.getInteger("bench.rounds", 5), Integer.getInteger("bench.tokenCalls", 10_000),
                    Integer.getInteger("bench.tokenSeconds", 10), Integer.getInteger("bench.forks", 3),
                    Paths.get(System.getProperty("bench.output", "BENCHMARKS.md")));
        }
    }

    private final Settings settings;
    private final StringBuilder report = new StringBuilder();
    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final List<String> verdicts = new ArrayList<>();

    Benchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings s = Settings.fromSystem();
        if (args.length == 4 && "--single".equals(args[0])) {
            // a forked JVM measuring one case (see producerOverhead)
            System.out.println("RESULT " + new Benchmark(s).singleCase(args[1], Integer.parseInt(args[2]), args[3]));
            return;
        }
        if (System.getProperty("bench.profile") != null) {
            // a single case in a loop, for a profiler (e.g. -XX:StartFlightRecording)
            new Benchmark(s).profile(System.getProperty("bench.profile"));
            return;
        }
        String md = new Benchmark(s).run();
        Files.writeString(s.output(), md, StandardCharsets.UTF_8);
        System.out.println(md);
        System.out.println("Written to " + s.output().toAbsolutePath());
    }

    String run() throws Exception {
        report.append("# camel-bitbucket benchmarks\n\n")
                .append("Produced by `mvn -B -q -Pbenchmark -DskipTests package` (from the project root; the harness runs")
                .append(" in its own JVM with `-Xmx128m`) on ").append(today()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPU(s), Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append(". Sizes: ").append(settings).append(".\n\n")
                .append("## Method\n\n")
                .append("A plain harness (`camel-bitbucket-benchmark/src/main/java/io/github/camelbitbucket/benchmark`)\n")
                .append("rather than JMH: the unit measured is a whole Camel exchange through a route and a real HTTP round trip\n")
                .append("on loopback, which JMH's per-invocation machinery would not make more honest, and every figure is a\n")
                .append("*ratio* against a hand-written client measured in the same JVM, in alternating rounds, against the same\n")
                .append("server. The server is Vert.x on loopback with pre-built Bitbucket-shaped answers (one event loop), so it\n")
                .append("is not the bottleneck. The raw client is Apache HttpClient 5 with the component's pool settings,\n")
                .append("keep-alive, a static bearer token, and Jackson parsing into the same generated model classes. Each\n")
                .append("case is warmed up, then measured in several rounds; the median is reported. Producer cases run in\n")
                .append("fresh JVMs (forks, median of 3), as JMH does. Machines are noisy: read\n")
                .append("the ratios, not the absolute numbers. A smoke test (`BenchmarkSmokeTest`) runs the harness with tiny\n")
                .append("sizes in every `mvn verify`.\n\n");
        report.append("## Results\n\n");
        String only = System.getProperty("bench.only", "all");
        try (BenchServer server = new BenchServer(settings.pages())) {
            producerOverhead();
            if ("all".equals(only)) {
                tokenSingleFlight(server);
                listing(server);
            }
        }
        if ("all".equals(only)) {
            pollingCost();
        }
        report.append("## Verdicts\n\n");
        verdicts.forEach(v -> report.append("- ").append(v).append('\n'));
        try (java.io.InputStream notes = Benchmark.class.getResourceAsStream("/profiling-notes.md")) {
            if (notes != null) {
                report.append('\n').append(new String(notes.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return report.toString();
    }

    // ------------------------------------------------------------------ 1. producer overhead

    private CamelContext camel(BenchServer server, int tokenLifetime) throws Exception {
        server.tokenLifetimeSeconds = tokenLifetime;
        CamelContext ctx = new DefaultCamelContext();
        BitbucketComponent c = new BitbucketComponent();
        c.getConfiguration().setBaseUrl(server.baseUrl());
        c.getConfiguration().setTokenUrl(server.tokenUrl());
        c.getConfiguration().setClientId("bench-client");
        c.getConfiguration().setClientSecret("bench-secret");
        ctx.addComponent("bitbucket", c);
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:getWorkspace").to("bitbucket:getWorkspace?workspace=acme");
                from("direct:createIssue").to("bitbucket:createIssue?workspace=acme&repoSlug=web");
            }
        });
        ctx.start();
        return ctx;
    }

    /** The hand-written client: the same pool and timeouts as the component's, keep-alive, a static bearer token. */
    static CloseableHttpClient rawClient() {
        return HttpClientBuilder.create()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(20)
                        .setMaxConnPerRoute(20).setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10)).setSocketTimeout(Timeout.ofSeconds(30))
                                .setTimeToLive(5, TimeUnit.MINUTES).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(30)).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .setUserAgent("camel-bitbucket").build();
    }

    private void producerOverhead() throws Exception {
        report.append("### 1. Producer overhead (requests/s; each case in ").append(settings.forks() == 0
                ? "this JVM" : settings.forks() + " fresh JVMs, median").append(", each JVM the median of ")
                .append(settings.rounds()).append(" rounds)\n\n")
                .append("| action | callers | raw HttpClient 5 + Jackson | raw client inside a Camel route (Camel floor) |")
                .append(" camel-bitbucket route | ratio to raw (target >= 0.90) | ratio to Camel floor |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (String action : List.of("getWorkspace", "createIssue")) {
            for (int threads : new int[] { 1, 8 }) {
                double raw = measure(action, threads, "raw");
                double floor = measure(action, threads, "floor");
                double camel = measure(action, threads, "camel");
                double ratio = camel / raw;
                report.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %,.0f | %.2f | %.2f |%n", action,
                        threads, raw, floor, camel, ratio, camel / floor));
                verdicts.add(String.format(Locale.ROOT, "%s, %d caller(s): %.2f x raw (%s); %.2f x the Camel floor",
                        action, threads, ratio, ratio >= 0.9 ? "meets 0.9" : "BELOW 0.9", camel / floor));
            }
        }
        report.append('\n');
    }

    /** One case, in fresh JVMs (as JMH forks): cases sharing a JVM skew each other's JIT profiles. */
    private double measure(String action, int threads, String kind) throws Exception {
        if (settings.forks() == 0) {
            return singleCase(action, threads, kind);
        }
        double[] results = new double[settings.forks()];
        for (int f = 0; f < settings.forks(); f++) {
            List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path")));
            for (String p : List.of("bench.ops", "bench.rounds", "bench.serverLoops")) {
                if (System.getProperty(p) != null) {
                    cmd.add("-D" + p + "=" + System.getProperty(p));
                }
            }
            cmd.addAll(List.of(Benchmark.class.getName(), "--single", action, String.valueOf(threads), kind));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0 || !out.contains("RESULT ")) {
                throw new IllegalStateException("forked benchmark failed: " + out);
            }
            results[f] = Double.parseDouble(out.substring(out.lastIndexOf("RESULT ") + 7).trim());
        }
        return median(results);
    }

    /** Throughput of one case: raw client, raw client inside a Camel route, or the component's route. */
    double singleCase(String action, int threads, String kind) throws Exception {
        try (BenchServer server = new BenchServer(1); CloseableHttpClient raw = rawClient()) {
            CamelContext ctx = camel(server, 3600);
            try {
                ProducerTemplate template = ctx.createProducerTemplate();
                String base = server.baseUrl();
                Callable<Object> rawGet = () -> {
                    HttpGet get = new HttpGet(base + "/workspaces/acme");
                    get.setHeader("Authorization", "Bearer bench-token");
                    get.setHeader("Accept", "application/json");
                    return raw.execute(get, r -> mapper.readValue(EntityUtils.toByteArray(r.getEntity()), Workspace.class));
                };
                Callable<Object> rawCreate = () -> {
                    HttpPost post = new HttpPost(base + "/repositories/acme/web/issues");
                    post.setHeader("Authorization", "Bearer bench-token");
                    post.setHeader("Accept", "application/json");
                    Issue issue = new Issue().withTitle("Bench").withKind(IssueKind.BUG).withType("issue");
                    post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(issue), ContentType.APPLICATION_JSON));
                    return raw.execute(post, r -> mapper.readValue(EntityUtils.toByteArray(r.getEntity()), Issue.class));
                };
                Callable<Object> rawCall = "getWorkspace".equals(action) ? rawGet : rawCreate;
                ctx.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:floor").process(e -> e.getMessage().setBody(rawCall.call()));
                    }
                });
                Endpoint floor = ctx.getEndpoint("direct:floor");
                Endpoint component = ctx.getEndpoint("direct:" + action);
                Callable<Object> op = switch (kind) {
                    case "raw" -> rawCall;
                    case "floor" -> () -> template.requestBody(floor, (Object) null);
                    default -> "getWorkspace".equals(action)
                            ? () -> template.requestBody(component, null, Workspace.class)
                            : () -> template.requestBody(component, new Issue().withTitle("Bench").withKind(IssueKind.BUG),
                                    Issue.class);
                };
                int ops = threads == 1 ? settings.ops() : Math.max(1, settings.ops() / 2);
                // warm-up as long as the measurement, so C2 has compiled the Camel and HttpClient paths
                throughput(threads, Math.max(50, ops), op);
                double[] r = new double[settings.rounds()];
                for (int i = 0; i < settings.rounds(); i++) {
                    r[i] = throughput(threads, ops, op);
                }
                return median(r);
            } finally {
                ctx.stop();
            }
        }
    }

    static double throughput(int threads, int opsPerThread, Callable<Object> op) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < opsPerThread; i++) {
                    if (op.call() == null) {
                        throw new IllegalStateException("no answer");
                    }
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<Object> f : futures) {
            f.get();
        }
        long elapsed = System.nanoTime() - t0;
        pool.shutdown();
        return threads * (double) opsPerThread / (elapsed / 1e9);
    }

    static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    void profile(String which) throws Exception {
        try (BenchServer server = new BenchServer(settings.pages())) {
            CamelContext ctx = camel(server, 3600);
            ProducerTemplate template = ctx.createProducerTemplate();
            Endpoint getWs = ctx.getEndpoint("direct:getWorkspace");
            Endpoint create = ctx.getEndpoint("direct:createIssue");
            long end = System.nanoTime() + 20_000_000_000L;
            long n = 0;
            while (System.nanoTime() < end) {
                if ("createIssue".equals(which)) {
                    template.requestBody(create, new Issue().withTitle("Bench").withKind(IssueKind.BUG), Issue.class);
                } else {
                    template.requestBody(getWs, null, Workspace.class);
                }
                n++;
            }
            System.out.println(which + ": " + n / 20 + " calls/s");
            ctx.stop();
        }
    }

    // ------------------------------------------------------------------ 2. token single flight

    private void tokenSingleFlight(BenchServer server) throws Exception {
        report.append("### 2. Token single flight\n\n");
        server.tokenRequestNanos.clear();
        CamelContext ctx = camel(server, 3600);
        ProducerTemplate template = ctx.createProducerTemplate();
        Endpoint getWs = ctx.getEndpoint("direct:getWorkspace");
        int perThread = settings.tokenCalls() / 16;
        throughput(16, perThread, () -> template.requestBody(getWs, null, Workspace.class));
        int oneLifetime = server.tokenRequestNanos.size();
        ctx.stop();
        report.append(String.format(Locale.ROOT, "- %,d calls from 16 threads within one token lifetime: **%d token"
                                                 + " request(s)** (target: exactly 1)%n",
                16 * perThread, oneLifetime));
        verdicts.add("single flight: " + oneLifetime + " token request(s) for " + 16 * perThread + " calls ("
                     + (oneLifetime == 1 ? "meets" : "MISSES") + " exactly 1)");

        server.tokenRequestNanos.clear();
        ctx = camel(server, 2);
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
        pool.awaitTermination(settings.tokenRunSeconds(), TimeUnit.SECONDS);
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
        report.append(String.format(Locale.ROOT, "- token lifetime 2 s, 16 threads for %.1f s (%,d calls): **%d token"
                                                 + " requests**, smallest gap between two of them **%d ms** (renewal at 90%%"
                                                 + " of the lifetime: one per 1.8 s, about %d expected; a burst would show"
                                                 + " gaps near 0 ms)%n%n",
                seconds, calls.get(), times.size(), times.size() > 1 ? minGapMs : 0, expected));
        boolean ok = times.size() <= expected + 1 && (times.size() < 2 || minGapMs >= 1000);
        verdicts.add("refresh: " + times.size() + " token requests in " + String.format(Locale.ROOT, "%.1f", seconds)
                     + " s, min gap " + (times.size() > 1 ? minGapMs : 0) + " ms (" + (ok ? "one per expiry, no burst"
                             : "BURST OR EXTRA REFRESHES") + ")");
    }

    // ------------------------------------------------------------------ 3. listing in constant memory

    private void listing(BenchServer server) throws Exception {
        int items = settings.pages() * 100;
        report.append(String.format(Locale.ROOT, "### 3. Listing %,d issues (%,d pages of 100)%n%n", items,
                settings.pages()));
        report.append("JVM: `").append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()
                .stream().filter(a -> a.startsWith("-Xm")).toList())).append("`, max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB\n\n");
        CamelContext ctx = camel(server, 3600);
        AtomicLong count = new AtomicLong();
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:list")
                        .to("bitbucket:listIssues?workspace=acme&repoSlug=web&streamList=true")
                        .split(body()).streaming()
                        .process(e -> {
                            if (e.getIn().getBody(Issue.class).getId() != null) {
                                count.incrementAndGet();
                            }
                        });
            }
        });
        ProducerTemplate template = ctx.createProducerTemplate();
        try (CloseableHttpClient raw = rawClient()) {
            Callable<Object> rawLoop = () -> {
                String url = server.baseUrl() + "/repositories/acme/web/issues?pagelen=100";
                long n = 0;
                while (url != null) {
                    HttpGet get = new HttpGet(url);
                    get.setHeader("Authorization", "Bearer bench-token");
                    JsonNode page = raw.execute(get, r -> mapper.readTree(EntityUtils.toByteArray(r.getEntity())));
                    for (JsonNode v : page.get("values")) {
                        if (mapper.treeToValue(v, Issue.class).getId() != null) {
                            n++;
                        }
                    }
                    url = page.hasNonNull("next") ? page.get("next").asText() : null;
                }
                return n;
            };
            Callable<Object> camelList = () -> {
                count.set(0);
                template.sendBody("direct:list", null);
                return count.get();
            };
            ctx.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:rawList")
                            .process(e -> e.getMessage().setBody(new RawPages(raw, server.baseUrl()
                                                                                    + "/repositories/acme/web/issues?pagelen=100")))
                            .split(body()).streaming()
                            .process(e -> {
                                if (e.getIn().getBody(Issue.class).getId() != null) {
                                    count.incrementAndGet();
                                }
                            });
                }
            });
            Callable<Object> floorList = () -> {
                count.set(0);
                template.sendBody("direct:rawList", null);
                return count.get();
            };
            floorList.call();
            // warm up both on a short run
            long rawItems = (Long) rawLoop.call();
            long camelItems = (Long) camelList.call();
            double[] r = new double[3];
            double[] f = new double[3];
            double[] c = new double[3];
            long[] heap = new long[] { 0, 0 };
            long baseline = settledHeap();
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                rawLoop.call();
                r[i] = items / ((System.nanoTime() - t0) / 1e9);
                t0 = System.nanoTime();
                floorList.call();
                f[i] = items / ((System.nanoTime() - t0) / 1e9);
                HeapSampler sampler = new HeapSampler();
                sampler.start();
                t0 = System.nanoTime();
                camelList.call();
                c[i] = items / ((System.nanoTime() - t0) / 1e9);
                sampler.stop();
                heap[0] = Math.max(heap[0], sampler.peakUsed - baseline);
                heap[1] = Math.max(heap[1], sampler.peakAfterGc - baseline);
            }
            double ratio = median(c) / median(r);
            report.append("| | items/s (median of 3) | items seen |\n|---|---|---|\n");
            report.append(String.format(Locale.ROOT, "| raw paging loop (HttpClient 5 + Jackson) | %,.0f | %,d |%n",
                    median(r), rawItems));
            report.append(String.format(Locale.ROOT, "| raw pages as an Iterator in the same `split().streaming()`"
                                                     + " (Camel floor) | %,.0f | %,d |%n", median(f), rawItems));
            report.append(String.format(Locale.ROOT, "| `listIssues?streamList=true` + `split().streaming()` | %,.0f | %,d |%n%n",
                    median(c), camelItems));
            report.append(String.format(Locale.ROOT, "- ratio to raw **%.2f** (target >= 0.80); ratio to the Camel floor"
                                                     + " **%.2f**%n", ratio, median(c) / median(f)));
            report.append(String.format(Locale.ROOT, "- heap: idle baseline %d MB after GC; during the component runs"
                                                     + " peak used **+%d MB** above it (includes garbage not yet"
                                                     + " collected), occupancy right after each GC at most **%d MB**"
                                                     + " in all (target: < 64 MB above the baseline, under -Xmx128m)%n%n",
                    baseline >> 20, heap[0] >> 20, (heap[1] + baseline) >> 20));
            verdicts.add(String.format(Locale.ROOT, "listing: %.2f x raw (%s), %.2f x the Camel floor; peak heap +%d MB"
                                                    + " (%s)",
                    ratio, ratio >= 0.8 ? "meets 0.8" : "BELOW 0.8", median(c) / median(f), heap[0] >> 20,
                    heap[0] < 64L << 20 ? "under 64 MB" : "OVER 64 MB"));
        } finally {
            ctx.stop();
        }
    }

    /** The hand-written paging loop as an Iterator, so the same Camel splitter can walk it. */
    private final class RawPages implements java.util.Iterator<Issue> {
        private final CloseableHttpClient raw;
        private String next;
        private java.util.Iterator<JsonNode> page = java.util.Collections.emptyIterator();

        RawPages(CloseableHttpClient raw, String first) {
            this.raw = raw;
            this.next = first;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && next != null) {
                try {
                    HttpGet get = new HttpGet(next);
                    get.setHeader("Authorization", "Bearer bench-token");
                    JsonNode p = raw.execute(get, r -> mapper.readTree(EntityUtils.toByteArray(r.getEntity())));
                    page = p.get("values").elements();
                    next = p.hasNonNull("next") ? p.get("next").asText() : null;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return page.hasNext();
        }

        @Override
        public Issue next() {
            try {
                return mapper.treeToValue(page.next(), Issue.class);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static long settledHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Samples heap use every 2 ms, and the occupancy the collectors report after each GC. */
    static final class HeapSampler implements Runnable {
        volatile boolean running = true;
        long peakUsed;
        long peakAfterGc;
        private Thread thread;

        void start() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            thread = new Thread(this, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            run();
        }

        @Override
        public void run() {
            do {
                peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                long afterGc = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        afterGc += pool.getCollectionUsage().getUsed();
                    }
                }
                peakAfterGc = Math.max(peakAfterGc, afterGc);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            } while (running);
        }
    }

    // ------------------------------------------------------------------ 4. polling cost

    private void pollingCost() throws Exception {
        report.append("### 4. Polling cost (requests per poll, against the stand-in)\n\n")
                .append("| new items k | requests | ceil(k/100) |\n|---|---|---|\n");
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            CamelContext ctx = new DefaultCamelContext();
            BitbucketComponent component = new BitbucketComponent();
            PropertyBindingSupport.build().bind(ctx, component.getConfiguration(),
                    new java.util.HashMap<>(standIn.componentOptions()));
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
                report.append(String.format(Locale.ROOT, "| %d | %d | %d |%n", k, requests, expected));
            }
            ctx.stop();
            report.append('\n');
            verdicts.add("polling: " + (allOk ? "one request when idle, ceil(k/100) with k new items"
                    : "REQUEST COUNT DIFFERS FROM ceil(k/100)"));
        }
    }

    static String today() {
        return LocalDate.now().toString();
    }
}
