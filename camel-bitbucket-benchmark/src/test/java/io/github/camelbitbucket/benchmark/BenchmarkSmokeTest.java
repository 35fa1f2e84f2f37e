package io.github.camelbitbucket.benchmark;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the benchmark compiling and runnable with tiny sizes; the real run is mvn -Pbenchmark (BENCHMARKS.md). */
class BenchmarkSmokeTest {

    @TempDir
    Path tmp;

    @Test
    void harnessRunsEveryCaseWithTinySizes() throws Exception {
        String md = new Benchmark(new Benchmark.Settings(40, 5, 1, 160, 3, 0, tmp.resolve("b.md"))).run();

        assertThat(md).contains("### 1. Producer overhead", "| getWorkspace | 8 |", "Camel floor", "| createIssue | 1 |",
                "### 2. Token single flight", "### 3. Listing 500 issues", "### 4. Polling cost", "## Verdicts");
        // the functional guarantees hold at any size; the speed ratios are only reported
        assertThat(md).contains("single flight: 1 token request(s)");
        assertThat(md).contains("polling: one request when idle, ceil(k/100) with k new items");
        assertThat(md).contains("| `listIssues?streamList=true` + `split().streaming()` |").contains("| 500 |");
    }
}
