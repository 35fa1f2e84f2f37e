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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelbitbucket.BitbucketComponent;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import io.github.camelbitbucket.model.Issue;
import io.github.camelbitbucket.model.IssueKind;
import io.github.camelbitbucket.model.Repository;
import io.github.camelbitbucket.model.Workspace;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.jackson.JacksonDataFormat;
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
                    Integer.getInteger("bench.tokenSeconds", 10), Integer.getInteger("bench.forks", 5),
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
        if (args.length == 2 && "--server".equals(args[0])) {
            // the Bitbucket-shaped server in its own JVM: its GC and JIT do not share a heap with the contenders
            try (BenchServer server = new BenchServer(Integer.parseInt(args[1]))) {
                System.out.println("PORT " + server.port());
                System.out.flush();
                System.in.read(); // until the parent closes our stdin
            }
            return;
        }
        if (args.length == 5 && "--single".equals(args[0])) {
            // a forked JVM measuring one case against the server JVM (see measure)
            Result r = new Benchmark(s).singleCase(args[1], Integer.parseInt(args[2]), args[3], Integer.parseInt(args[4]));
            System.out.println("RESULT " + r.perSecond() + " " + r.heapAfterGc());
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
        System.out.println("Written to " + s.output().getFileName());
    }

    /** What one case measured: calls or items per second, and the largest heap occupancy after a GC (bytes). */
    record Result(double perSecond, long heapAfterGc) {
    }

    /** min, median and max of one contender across fresh JVMs, and the largest heap after GC any of them saw. */
    record Spread(double min, double median, double max, long heapAfterGc) {
        static Spread of(double[] v, long heapAfterGc) {
            double[] c = v.clone();
            Arrays.sort(c);
            return new Spread(c[0], c[c.length / 2], c[c.length - 1], heapAfterGc);
        }

        String cell() {
            return min == max ? String.format(Locale.ROOT, "%,.0f", median)
                    : String.format(Locale.ROOT, "%,.0f (%,.0f-%,.0f)", median, min, max);
        }
    }

    String run() throws Exception {
        report.append("# camel-bitbucket benchmarks\n\n")
                .append("Produced by `mvn -B -q -Pbenchmark -DskipTests package` (from the project root) on ").append(today())
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" CPU(s), Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append(". Sizes: ").append(settings).append(".\n\n")
                .append("## Method\n\n")
                .append("- **Server.** Vert.x on loopback in its own JVM, one event loop, pre-built answers shaped like live\n")
                .append("  Bitbucket's (`Payloads`: every field of the official description's `workspace`, `issue`, `repository`,\n")
                .append("  `account` and `project` schemas, links and nested objects included). The models map only some of them,\n")
                .append("  so Jackson skips the rest, as it must on api.bitbucket.org: a workspace is about 1.3 KB, an issue\n")
                .append("  2.6 KB, a repository 3.4 KB, a page of 100 repositories 340 KB.\n")
                .append("- **Contenders**, each in its own fresh JVM (`-Xmx128m`), ").append(settings.forks() == 0 ? "in this JVM"
                        : settings.forks() + " JVMs per contender and case, the contenders' order rotated per JVM round")
                .append(":\n")
                .append("  - *raw*: Apache HttpClient 5 with the component's pool settings and Jackson into the same models, a\n")
                .append("    static bearer token (what a hand-written client does best: one pass from the entity stream);\n")
                .append("  - *camel-http*: the route a user writes without this component: bearer header, `to(\"http://...\")`,\n")
                .append("    JSON `marshal`/`unmarshal` with the same ObjectMapper;\n")
                .append("  - *Camel floor*: the raw client called from a processor in an identical route (what Camel's exchange\n")
                .append("    costs on its own);\n")
                .append("  - *camel-bitbucket*: `to(\"bitbucket:...\")` with OAuth client credentials (token cached).\n")
                .append("- **Rounds.** Each JVM warms up (single caller first, then the case's callers, as long as a round),\n")
                .append("  then measures ").append(settings.rounds()).append(" rounds and reports their median; the table gives the median\n")
                .append("  across JVMs with (min-max). Ratios are medians over medians. Machines are noisy: read the ratios.\n")
                .append("- A smoke test (`BenchmarkSmokeTest`) runs the harness with tiny sizes in every `mvn install`.\n\n");
        report.append("## Results\n\n");
        String only = System.getProperty("bench.only", "all");
        Process serverJvm = settings.forks() == 0 ? null : startServerJvm();
        try {
            producerOverhead();
            if ("all".equals(only) || "listing".equals(only)) {
                listing();
            }
        } finally {
            if (serverJvm != null) {
                serverJvm.getOutputStream().close();
                serverJvm.waitFor(30, TimeUnit.SECONDS);
                serverJvm.destroy();
            }
        }
        beforeAndAfter();
        if ("all".equals(only)) {
            try (BenchServer server = new BenchServer(settings.pages())) {
                listBodyCost(server);
                tokenSingleFlight(server);
            }
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

    private int serverPort;

    /** This run beside the same harness's run on the component before the one-pass work (resource before.tsv). */
    private void beforeAndAfter() throws java.io.IOException {
        List<String> lines;
        try (java.io.InputStream in = Benchmark.class.getResourceAsStream("/before.tsv")) {
            if (in == null) {
                return;
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        report.append("### Before and after the one-pass work\n\n").append(lines.get(0).substring(2)).append("\n\n")
                .append("| case | camel-bitbucket before | after | vs raw before | after | vs camel-http before | after |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            double[] now = results.get(f[0]);
            if (now == null) {
                continue;
            }
            report.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %s | %.2f | %s | %s |%n", f[0],
                    Long.parseLong(f[1]), now[0], f[2], now[1], f[3], Double.isNaN(now[2]) ? "-"
                            : String.format(Locale.ROOT, "%.2f", now[2])));
        }
        report.append('\n');
    }

    private Process startServerJvm() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx256m", "-cp", System.getProperty("java.class.path")));
        if (System.getProperty("bench.serverLoops") != null) {
            cmd.add("-Dbench.serverLoops=" + System.getProperty("bench.serverLoops"));
        }
        cmd.addAll(List.of(Benchmark.class.getName(), "--server", String.valueOf(settings.pages())));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("PORT ")) {
                serverPort = Integer.parseInt(line.substring(5).trim());
                return p;
            }
        }
        throw new IllegalStateException("the server JVM did not start");
    }

    private static String javaBin() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    // ------------------------------------------------------------------ 1. producer overhead

    private CamelContext camel(String baseUrl, String tokenUrl) throws Exception {
        CamelContext ctx = new DefaultCamelContext();
        BitbucketComponent c = new BitbucketComponent();
        c.getConfiguration().setBaseUrl(baseUrl);
        c.getConfiguration().setTokenUrl(tokenUrl);
        c.getConfiguration().setClientId("bench-client");
        c.getConfiguration().setClientSecret("bench-secret");
        ctx.addComponent("bitbucket", c);
        JacksonDataFormat workspaceJson = new JacksonDataFormat(mapper, Workspace.class);
        JacksonDataFormat issueJson = new JacksonDataFormat(mapper, Issue.class);
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:getWorkspace").to("bitbucket:getWorkspace?workspace=acme");
                from("direct:createIssue").to("bitbucket:createIssue?workspace=acme&repoSlug=web");
                // the route a user writes with camel-http
                from("direct:http-getWorkspace")
                        .setHeader("Authorization", constant("Bearer bench-token"))
                        .setHeader("Accept", constant("application/json"))
                        .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                        .to(baseUrl + "/workspaces/acme")
                        .unmarshal(workspaceJson);
                from("direct:http-createIssue")
                        .marshal(issueJson)
                        .setHeader("Authorization", constant("Bearer bench-token"))
                        .setHeader("Accept", constant("application/json"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .to(baseUrl + "/repositories/acme/web/issues")
                        .unmarshal(issueJson);
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

    static final List<String> PRODUCER_KINDS = List.of("raw", "http", "floor", "camel");

    private void producerOverhead() throws Exception {
        report.append("### 1. Producer overhead (requests/s)\n\n")
                .append("| case | raw HttpClient 5 + Jackson | camel-http route a user writes | raw client in a Camel route")
                .append(" (Camel floor) | camel-bitbucket | vs raw | vs camel-http | vs floor |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (String action : List.of("getWorkspace", "createIssue")) {
            for (int threads : new int[] { 1, 8 }) {
                java.util.Map<String, Spread> s = measureAll(action, threads, PRODUCER_KINDS);
                double vsRaw = s.get("camel").median() / s.get("raw").median();
                double vsHttp = s.get("camel").median() / s.get("http").median();
                double target = threads == 1 ? 0.95 : 0.90;
                report.append(String.format(Locale.ROOT, "| %s, %d caller%s | %s | %s | %s | %s | %.2f | %.2f | %.2f |%n",
                        action, threads, threads == 1 ? "" : "s", s.get("raw").cell(), s.get("http").cell(),
                        s.get("floor").cell(), s.get("camel").cell(), vsRaw, vsHttp,
                        s.get("camel").median() / s.get("floor").median()));
                results.put(action + "/" + threads, new double[] { s.get("camel").median(), vsRaw, vsHttp });
                verdicts.add(String.format(Locale.ROOT, "%s, %d caller(s): %.3f x raw (target %.2f: %s); %.2f x the"
                                                        + " camel-http route (target 1.20: %s)",
                        action, threads, vsRaw, target, vsRaw >= target ? "met" : "MISSED", vsHttp,
                        vsHttp >= 1.2 ? "met" : "MISSED"));
            }
        }
        report.append('\n');
    }

    /** case -> {camel-bitbucket per second, vs raw, vs camel-http} of this run, for the before/after table. */
    private final java.util.Map<String, double[]> results = new java.util.LinkedHashMap<>();

    /** Every contender of one case, each in fresh JVMs (as JMH forks), their order rotated per round of JVMs. */
    private java.util.Map<String, Spread> measureAll(String action, int threads, List<String> kinds) throws Exception {
        int forks = Math.max(1, settings.forks());
        java.util.Map<String, double[]> perSecond = new java.util.LinkedHashMap<>();
        java.util.Map<String, Long> heap = new java.util.HashMap<>();
        kinds.forEach(k -> perSecond.put(k, new double[forks]));
        for (int f = 0; f < forks; f++) {
            for (int i = 0; i < kinds.size(); i++) {
                String kind = kinds.get((i + f) % kinds.size());
                Result r = measure(action, threads, kind);
                perSecond.get(kind)[f] = r.perSecond();
                heap.merge(kind, r.heapAfterGc(), Math::max);
            }
        }
        java.util.Map<String, Spread> out = new java.util.LinkedHashMap<>();
        perSecond.forEach((k, v) -> out.put(k, Spread.of(v, heap.get(k))));
        return out;
    }


    private Result measure(String action, int threads, String kind) throws Exception {
        if (settings.forks() == 0) {
            try (BenchServer server = new BenchServer(settings.pages())) {
                return singleCase(action, threads, kind, server.port());
            }
        }
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx128m", "-cp", System.getProperty("java.class.path")));
        for (String p : List.of("bench.ops", "bench.rounds", "bench.pages")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.addAll(List.of(Benchmark.class.getName(), "--single", action, String.valueOf(threads), kind,
                String.valueOf(serverPort)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !out.contains("RESULT ")) {
            throw new IllegalStateException("forked benchmark failed: " + out);
        }
        String[] r = out.substring(out.lastIndexOf("RESULT ") + 7).trim().split("\\s+");
        return new Result(Double.parseDouble(r[0]), Long.parseLong(r[1]));
    }

    /** One contender of one case against the server on the given port. */
    Result singleCase(String action, int threads, String kind, int port) throws Exception {
        String base = "http://localhost:" + port + "/2.0";
        try (CloseableHttpClient raw = rawClient()) {
            CamelContext ctx = camel(base, "http://localhost:" + port + "/site/oauth2/access_token");
            try {
                if ("listRepositories".equals(action)) {
                    return listCase(ctx, raw, base, kind);
                }
                ProducerTemplate template = ctx.createProducerTemplate();
                Callable<Object> rawGet = () -> {
                    HttpGet get = new HttpGet(base + "/workspaces/acme");
                    get.setHeader("Authorization", "Bearer bench-token");
                    get.setHeader("Accept", "application/json");
                    return raw.execute(get, r -> mapper.readValue(r.getEntity().getContent(), Workspace.class));
                };
                Callable<Object> rawCreate = () -> {
                    HttpPost post = new HttpPost(base + "/repositories/acme/web/issues");
                    post.setHeader("Authorization", "Bearer bench-token");
                    post.setHeader("Accept", "application/json");
                    Issue issue = new Issue().withTitle("Bench").withKind(IssueKind.BUG).withType("issue");
                    post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(issue), ContentType.APPLICATION_JSON));
                    return raw.execute(post, r -> mapper.readValue(r.getEntity().getContent(), Issue.class));
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
                Endpoint http = ctx.getEndpoint("direct:http-" + action);
                Class<?> type = "getWorkspace".equals(action) ? Workspace.class : Issue.class;
                Callable<Object> op = switch (kind) {
                    case "raw" -> rawCall;
                    case "floor" -> () -> template.requestBody(floor, (Object) null);
                    case "http" -> "getWorkspace".equals(action)
                            ? () -> template.requestBody(http, null, type)
                            : () -> template.requestBody(http, new Issue().withTitle("Bench").withKind(IssueKind.BUG)
                                    .withType("issue"), type);
                    default -> "getWorkspace".equals(action)
                            ? () -> template.requestBody(component, null, type)
                            : () -> template.requestBody(component, new Issue().withTitle("Bench").withKind(IssueKind.BUG),
                                    type);
                };
                int ops = threads == 1 ? settings.ops() : Math.max(1, settings.ops() / 2);
                // JIT warm-up: one caller first (C2 compiles the whole path), then the case's callers
                throughput(1, Math.max(50, ops), op);
                throughput(threads, Math.max(50, ops), op);
                double[] r = new double[settings.rounds()];
                for (int i = 0; i < settings.rounds(); i++) {
                    r[i] = throughput(threads, ops, op);
                }
                return new Result(median(r), 0);
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

    /** One contender of one case for a profiler (e.g. -XX:StartFlightRecording): bench.kind, default camel. */
    void profile(String which) throws Exception {
        try (BenchServer server = new BenchServer(settings.pages())) {
            Result r = singleCase(which, Integer.getInteger("bench.threads", 1), System.getProperty("bench.kind", "camel"),
                    server.port());
            System.out.println(which + ": " + String.format(Locale.ROOT, "%,.0f", r.perSecond()) + " per second");
        }
    }

    private CamelContext camel(BenchServer server, int tokenLifetime) throws Exception {
        server.tokenLifetimeSeconds = tokenLifetime;
        return camel(server.baseUrl(), server.tokenUrl());
    }

    // ------------------------------------------------------------------ 2. token single flight

    private void tokenSingleFlight(BenchServer server) throws Exception {
        report.append("### 4. Token single flight\n\n");
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

    // ------------------------------------------------------------------ 3. listing

    /** A page as a hand-written client binds it: one pass, typed, unknown fields skipped. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    static final class RepositoryPage {
        public List<Repository> values;
        public String next;
    }

    private void listing() throws Exception {
        int items = settings.pages() * 100;
        report.append(String.format(Locale.ROOT, "### 2. Listing %,d repositories (%,d pages of 100), streaming%n%n", items,
                settings.pages()));
        java.util.Map<String, Spread> s = measureAll("listRepositories", 1, List.of("raw", "floor", "camel"));
        long heap = s.get("camel").heapAfterGc();
        double ratio = s.get("camel").median() / s.get("raw").median();
        report.append("| | items/s |\n|---|---|\n")
                .append("| raw paging loop (HttpClient 5 + Jackson, typed pages from the entity stream) | ")
                .append(s.get("raw").cell()).append(" |\n")
                .append("| the raw pages as an Iterator in the same `split().streaming()` (Camel floor) | ")
                .append(s.get("floor").cell()).append(" |\n")
                .append("| `listRepositories?streamList=true` + `split().streaming()` | ").append(s.get("camel").cell())
                .append(" |\n\n");
        report.append(String.format(Locale.ROOT, "- ratio to raw **%.2f** (target >= 0.90); ratio to the Camel floor"
                                                 + " **%.2f**%n", ratio, s.get("camel").median() / s.get("floor").median()));
        report.append(String.format(Locale.ROOT, "- heap occupancy right after each GC during the component's runs, at"
                                                 + " most **%d MB** (target < 32 MB; JVM `-Xmx128m`, the whole JVM:"
                                                 + " Camel, HttpClient, one page in flight)%n%n", heap >> 20));
        results.put("listing", new double[] { s.get("camel").median(), ratio, Double.NaN });
        verdicts.add(String.format(Locale.ROOT, "streaming listing: %.3f x raw (target 0.90: %s); heap after GC %d MB"
                                                + " (target < 32 MB: %s)",
                ratio, ratio >= 0.9 ? "met" : "MISSED", heap >> 20, heap < 32L << 20 ? "met" : "MISSED"));
    }

    /** One listing contender: items per second over the whole collection (median of rounds), heap after GC. */
    private Result listCase(CamelContext ctx, CloseableHttpClient raw, String base, String kind) throws Exception {
        String first = base + "/repositories/acme?pagelen=100";
        AtomicLong count = new AtomicLong();
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:list")
                        .to("bitbucket:listRepositories?workspace=acme&streamList=true")
                        .split(body()).streaming()
                        .process(e -> {
                            if (e.getIn().getBody(Repository.class).getUuid() != null) {
                                count.incrementAndGet();
                            }
                        });
                from("direct:rawList")
                        .process(e -> e.getMessage().setBody(new RawPages(raw, first)))
                        .split(body()).streaming()
                        .process(e -> {
                            if (e.getIn().getBody(Repository.class).getUuid() != null) {
                                count.incrementAndGet();
                            }
                        });
            }
        });
        ProducerTemplate template = ctx.createProducerTemplate();
        Callable<Object> run = switch (kind) {
            case "raw" -> () -> {
                RawPages pages = new RawPages(raw, first);
                long n = 0;
                while (pages.hasNext()) {
                    if (pages.next().getUuid() != null) {
                        n++;
                    }
                }
                return n;
            };
            case "floor" -> () -> {
                count.set(0);
                template.sendBody("direct:rawList", null);
                return count.get();
            };
            default -> () -> {
                count.set(0);
                template.sendBody("direct:list", null);
                return count.get();
            };
        };
        long expected = settings.pages() * 100L;
        if (((Long) run.call()) != expected) { // warm-up, and a check that every item arrives
            throw new IllegalStateException(kind + " listed a different number of items than " + expected);
        }
        double[] r = new double[Math.max(1, Math.min(3, settings.rounds()))];
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        for (int i = 0; i < r.length; i++) {
            long t0 = System.nanoTime();
            run.call();
            r[i] = expected / ((System.nanoTime() - t0) / 1e9);
        }
        sampler.stop();
        return new Result(median(r), sampler.peakAfterGc);
    }

    /** The non-streaming list body against the typed items it holds: retained heap of 1,000 repositories. */
    private void listBodyCost(BenchServer server) throws Exception {
        int n = Math.min(1000, settings.pages() * 100);
        CamelContext ctx = camel(server, 3600);
        try (CloseableHttpClient raw = rawClient()) {
            ProducerTemplate template = ctx.createProducerTemplate();
            String uri = "bitbucket:listRepositories?workspace=acme&maxResults=" + n;
            // once each first, so class loading and caches do not count against either
            rawList(raw, server, n);
            template.requestBody(uri, (Object) null);
            long before = settledHeap();
            List<Repository> typed = rawList(raw, server, n);
            long typedBytes = settledHeap() - before;
            before = settledHeap();
            Object body = template.requestBody(uri, (Object) null);
            long bodyBytes = settledHeap() - before;
            int size = ((List<?>) body).size();
            double ratio = (double) bodyBytes / Math.max(1, typedBytes);
            report.append(String.format(Locale.ROOT, "### 3. The non-streaming list body%n%n- `listRepositories?maxResults=%d`"
                                                     + " holds %,d items in **%,d KB** of heap; the same items bound by"
                                                     + " the raw client take %,d KB: ratio **%.2f** (target: no more"
                                                     + " than the typed items, <= 1.05 for measuring noise)%n%n",
                    n, size, bodyBytes >> 10, typedBytes >> 10, ratio));
            verdicts.add(String.format(Locale.ROOT, "list body: %.2f x the typed items it holds (%s)", ratio,
                    ratio <= 1.05 ? "met" : "MISSED"));
            if (typed.size() != size) {
                throw new IllegalStateException("list sizes differ: " + typed.size() + " vs " + size);
            }
        } finally {
            ctx.stop();
        }
    }

    private List<Repository> rawList(CloseableHttpClient raw, BenchServer server, int n) {
        List<Repository> typed = new ArrayList<>();
        RawPages pages = new RawPages(raw, server.baseUrl() + "/repositories/acme?pagelen=100");
        while (typed.size() < n && pages.hasNext()) {
            typed.add(pages.next());
        }
        return typed;
    }

    /** The hand-written paging loop as an Iterator (typed pages, one pass), so the same Camel splitter can walk it. */
    private final class RawPages implements java.util.Iterator<Repository> {
        private final CloseableHttpClient raw;
        private String next;
        private java.util.Iterator<Repository> page = java.util.Collections.emptyIterator();

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
                    get.setHeader("Accept", "application/json");
                    RepositoryPage p = raw.execute(get, r -> mapper.readValue(r.getEntity().getContent(),
                            RepositoryPage.class));
                    page = p.values.iterator();
                    next = p.next;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return page.hasNext();
        }

        @Override
        public Repository next() {
            return page.next();
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
        report.append("### 5. Polling cost (requests per poll, against the stand-in)\n\n")
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
