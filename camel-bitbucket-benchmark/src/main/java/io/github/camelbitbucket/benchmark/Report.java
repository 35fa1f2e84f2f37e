package io.github.camelbitbucket.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes BENCHMARKS.md: the method, each case's section (its heading is the case's title), the before/after table,
 * the verdicts against the targets and the profiling notes. Holds no machine path.
 */
final class Report {

    private final StringBuilder report = new StringBuilder();
    private final List<String> verdicts = new ArrayList<>();
    /** case -> {camel-bitbucket per second, vs raw, vs camel-http} of this run, for the before/after table. */
    private final Map<String, double[]> results = new LinkedHashMap<>();

    /** The title and the method, from the run's settings. */
    void header(Benchmark.Settings s) {
        report.append("# camel-bitbucket benchmarks\n\n")
                .append("Produced by `mvn -B -q -Pbenchmark -DskipTests package` (from the project root) on ").append(today())
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" CPU(s), Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append(". Sizes: ").append(s).append(".\n\n")
                .append("## Method\n\n")
                .append("- **Server.** Vert.x on loopback in its own JVM, one event loop, pre-built answers shaped like live\n")
                .append("  Bitbucket's (`Payloads`: every field of the official description's `workspace`, `issue`, `repository`,\n")
                .append("  `account` and `project` schemas, links and nested objects included). The models map only some of them,\n")
                .append("  so Jackson skips the rest, as it must on api.bitbucket.org: a workspace is about 1.3 KB, an issue\n")
                .append("  2.6 KB, a repository 3.4 KB, a page of 100 repositories 340 KB.\n")
                .append("- **Contenders**, each in its own fresh JVM (`-Xmx128m`), ").append(s.forks() == 0 ? "in this JVM"
                        : s.forks() + " JVMs per contender and case, the contenders' order rotated per JVM round")
                .append(":\n")
                .append("  - *raw*: Apache HttpClient 5 with the component's pool settings and Jackson into the same models, a\n")
                .append("    static bearer token (what a hand-written client does best: one pass from the entity stream);\n")
                .append("  - *camel-http*: the route a user writes without this component, at its best: bearer header,\n")
                .append("    `to(\"http://...?httpMethod=GET\")` (the method as an endpoint option, not a String header that\n")
                .append("    Camel converts on every call), JSON `marshal`/`unmarshal` with the same ObjectMapper;\n")
                .append("  - *Camel floor*: the raw client called from a processor in an identical route (what Camel's exchange\n")
                .append("    costs on its own);\n")
                .append("  - *camel-bitbucket*: `to(\"bitbucket:...\")` with OAuth client credentials (token cached).\n")
                .append("- **Rounds.** Each JVM warms up (single caller first, then the case's callers, as long as a round),\n")
                .append("  then measures ").append(s.rounds()).append(" rounds and reports their median; the table gives the median\n")
                .append("  across JVMs with (min-max). Ratios are medians over medians. Machines are noisy: read the ratios.\n")
                .append("- A smoke test (`BenchmarkSmokeTest`) runs the harness with tiny sizes in every `mvn install`.\n\n");
        report.append("## Results\n\n");
    }

    /** A case's section heading. */
    void section(String title) {
        report.append("### ").append(title).append("\n\n");
    }

    Report append(String text) {
        report.append(text);
        return this;
    }

    Report format(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args));
        return this;
    }

    /** A verdict against a target, listed under "Verdicts". */
    void verdict(String text) {
        verdicts.add(text);
    }

    /** A case's figures for the before/after table. */
    void result(String name, double perSecond, double vsRaw, double vsHttp) {
        results.put(name, new double[] { perSecond, vsRaw, vsHttp });
    }

    /** This run beside the same harness's run on the component before the one-pass work (resource before.tsv). */
    void beforeAndAfter() throws java.io.IOException {
        List<String> lines;
        try (java.io.InputStream in = Report.class.getResourceAsStream("/before.tsv")) {
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

    /** The verdicts and the profiling notes; the whole report. */
    String finish() throws java.io.IOException {
        report.append("## Verdicts\n\n");
        verdicts.forEach(v -> report.append("- ").append(v).append('\n'));
        try (java.io.InputStream notes = Report.class.getResourceAsStream("/profiling-notes.md")) {
            if (notes != null) {
                report.append('\n').append(new String(notes.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return report.toString();
    }

    /** The report with its "Many connections" verdicts replaced by this run's (a section run alone). */
    String withVerdicts(String md, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : md.split("\n", -1)) {
            if (!line.startsWith("- " + prefix)) {
                out.append(line).append('\n');
            }
            if (line.equals("## Verdicts")) {
                out.append('\n');
                verdicts.forEach(v -> out.append("- ").append(v).append('\n'));
            }
        }
        return out.substring(0, out.length() - 1).replace("## Verdicts\n\n\n", "## Verdicts\n\n");
    }

    /** What was appended so far (a section run alone). */
    String body() {
        return report.toString();
    }

    /**
     * The report with the section starting at {@code heading} replaced by {@code section} (up to the next heading of
     * the same or a higher level), or appended before the verdicts when it has none yet.
     */
    static String replaceSection(String md, String heading, String section) {
        int start = md.indexOf("\n" + heading);
        if (start < 0) {
            int verdicts = md.indexOf("\n## Verdicts");
            return verdicts < 0 ? md + "\n" + section : md.substring(0, verdicts + 1) + section + md.substring(verdicts + 1);
        }
        int end = start + 1;
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("\n#{2,3} ").matcher(md);
        end = next.find(start + 1) ? next.start() : md.length();
        return md.substring(0, start + 1) + section + md.substring(end + 1);
    }

    static String today() {
        return LocalDate.now().toString();
    }
}
