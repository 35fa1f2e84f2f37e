package io.github.camelbitbucket.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 2: a whole collection streamed through split().streaming(): items per second and the heap it needs. */
final class ListingCase implements BenchCase {

    private final Benchmark.Settings settings;

    ListingCase(Benchmark.Settings settings) {
        this.settings = settings;
    }

    @Override
    public String title() {
        return String.format(Locale.ROOT, "2. Listing %,d repositories (%,d pages of 100), streaming",
                settings.pages() * 100, settings.pages());
    }

    @Override
    public boolean usesServerJvm() {
        return true;
    }

    @Override
    public void run(Benchmark harness, Report report) throws Exception {

        int items = harness.settings().pages() * 100;
        Map<String, Measure.Spread> s = harness.measureAll("listRepositories", 1, List.of("raw", "floor", "camel"));
        long heap = s.get("camel").heapAfterGc();
        double ratio = s.get("camel").median() / s.get("raw").median();
        report.append("| | items/s |\n|---|---|\n")
                .append("| raw paging loop (HttpClient 5 + Jackson, typed pages from the entity stream) | ")
                .append(s.get("raw").cell()).append(" |\n")
                .append("| the raw pages as an Iterator in the same `split().streaming()` (Camel floor) | ")
                .append(s.get("floor").cell()).append(" |\n")
                .append("| `listRepositories?streamList=true` + `split().streaming()` | ").append(s.get("camel").cell())
                .append(" |\n\n");
        report.format("- ratio to raw **%.2f** (target >= 0.90); ratio to the Camel floor"
                                                 + " **%.2f**%n", ratio, s.get("camel").median() / s.get("floor").median());
        report.format("- heap occupancy right after each GC during the component's runs, at"
                                                 + " most **%d MB** (target < 32 MB; JVM `-Xmx128m`, the whole JVM:"
                                                 + " Camel, HttpClient, one page in flight)%n%n", heap >> 20);
        report.result("listing", s.get("camel").median(), ratio, Double.NaN);
        report.verdict(String.format(Locale.ROOT, "streaming listing: %.3f x raw (target 0.90: %s); heap after GC %d MB"
                                                + " (target < 32 MB: %s)",
                ratio, ratio >= 0.9 ? "met" : "MISSED", heap >> 20, heap < 32L << 20 ? "met" : "MISSED"));
    }
}
