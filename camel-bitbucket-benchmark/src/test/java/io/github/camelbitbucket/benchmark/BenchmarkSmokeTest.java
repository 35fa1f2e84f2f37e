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

        assertThat(md).contains("### 1. Producer overhead", "| getWorkspace, 8 callers |", "Camel floor",
                "camel-http route", "| createIssue, 1 caller |", "### 2. Listing 500 repositories", "### 3. The non-streaming",
                "### 4. Token single flight", "### 5. Polling cost", "## Verdicts");
        // the functional guarantees hold at any size; the speed ratios are only reported
        assertThat(md).contains("single flight: 1 token request(s)");
        assertThat(md).contains("polling: one request when idle, ceil(k/100) with k new items");
        assertThat(md).contains("| `listRepositories?streamList=true` + `split().streaming()` |")
                .contains("holds 500 items");
    }
}
