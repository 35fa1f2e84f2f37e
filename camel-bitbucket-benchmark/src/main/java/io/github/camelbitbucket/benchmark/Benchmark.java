package io.github.camelbitbucket.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measures camel-bitbucket against the best a hand-written client can do on the same machine in the same run, and
 * writes BENCHMARKS.md: the runner. The cases ({@link BenchCase}) measure and write their sections of the
 * {@link Report}; the contenders ({@link Contenders}) run in fresh JVMs against a server in its own JVM. Sizes come
 * from system properties (see {@link Settings}).
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
    private int serverPort;

    Benchmark(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
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
            Measure.Result r = Contenders.singleCase(s, args[1], Integer.parseInt(args[2]), args[3],
                    Integer.parseInt(args[4]));
            System.out.println("RESULT " + r.perSecond() + " " + r.heapAfterGc());
            return;
        }
        if (System.getProperty("bench.profile") != null) {
            // a single case in a loop, for a profiler (e.g. -XX:StartFlightRecording)
            new Benchmark(s).profile(System.getProperty("bench.profile"));
            return;
        }
        if ("scale".equals(System.getProperty("bench.only"))) {
            // section 6 alone, written into the existing report in place of its old section
            Report report = new Report();
            report.section(new ScaleCase().title());
            new ScaleCase().run(new Benchmark(s), report);
            String md = Files.readString(s.output(), StandardCharsets.UTF_8);
            md = report.withVerdicts(Report.replaceSection(md, "### 6. ", report.body()), "Many connections:");
            Files.writeString(s.output(), md, StandardCharsets.UTF_8);
            System.out.println(report.body());
            return;
        }
        String md = new Benchmark(s).run();
        Files.writeString(s.output(), md, StandardCharsets.UTF_8);
        System.out.println(md);
        System.out.println("Written to " + s.output().getFileName());
    }

    /** Every case, in the report's order; {@code bench.only=listing} runs the producer and listing cases only. */
    String run() throws Exception {
        Report report = new Report();
        report.header(settings);
        List<BenchCase> cases = List.of(new ProducerOverheadCase(), new ListingCase(settings), new ListBodyCase(),
                new TokenSingleFlightCase(), new PollingCostCase(), new ScaleCase());
        String only = System.getProperty("bench.only", "all");
        Process serverJvm = settings.forks() == 0 ? null : startServerJvm();
        try {
            for (BenchCase c : cases) {
                if (c.usesServerJvm() && ("all".equals(only) || !(c instanceof ListingCase) || "listing".equals(only))) {
                    report.section(c.title());
                    c.run(this, report);
                }
            }
        } finally {
            if (serverJvm != null) {
                serverJvm.getOutputStream().close();
                serverJvm.waitFor(30, TimeUnit.SECONDS);
                serverJvm.destroy();
            }
        }
        report.beforeAndAfter();
        if ("all".equals(only)) {
            for (BenchCase c : cases) {
                if (!c.usesServerJvm()) {
                    report.section(c.title());
                    c.run(this, report);
                }
            }
        }
        return report.finish();
    }

    /** Every contender of one case, each in fresh JVMs (as JMH forks), their order rotated per round of JVMs. */
    Map<String, Measure.Spread> measureAll(String action, int threads, List<String> kinds) throws Exception {
        int forks = Math.max(1, settings.forks());
        Map<String, double[]> perSecond = new LinkedHashMap<>();
        Map<String, Long> heap = new HashMap<>();
        kinds.forEach(k -> perSecond.put(k, new double[forks]));
        for (int f = 0; f < forks; f++) {
            for (int i = 0; i < kinds.size(); i++) {
                String kind = kinds.get((i + f) % kinds.size());
                Measure.Result r = measure(action, threads, kind);
                perSecond.get(kind)[f] = r.perSecond();
                heap.merge(kind, r.heapAfterGc(), Math::max);
            }
        }
        Map<String, Measure.Spread> out = new LinkedHashMap<>();
        perSecond.forEach((k, v) -> out.put(k, Measure.Spread.of(v, heap.get(k))));
        return out;
    }


    private Measure.Result measure(String action, int threads, String kind) throws Exception {
        if (settings.forks() == 0) {
            try (BenchServer server = new BenchServer(settings.pages())) {
                return Contenders.singleCase(settings, action, threads, kind, server.port());
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
        return new Measure.Result(Double.parseDouble(r[0]), Long.parseLong(r[1]));
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

    /** One contender of one case for a profiler (e.g. -XX:StartFlightRecording): bench.kind, default camel. */
    void profile(String which) throws Exception {
        try (BenchServer server = new BenchServer(settings.pages())) {
            Measure.Result r = Contenders.singleCase(settings, which, Integer.getInteger("bench.threads", 1), System.getProperty("bench.kind", "camel"),
                    server.port());
            System.out.println(which + ": " + String.format(Locale.ROOT, "%,.0f", r.perSecond()) + " per second");
        }
    }
}
