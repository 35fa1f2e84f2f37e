package io.github.camelbitbucket.benchmark;

/** One case of the benchmark: it measures, writes its section of the report and states its verdicts. */
interface BenchCase {

    /** The heading of its section in BENCHMARKS.md. */
    String title();

    /** Whether it measures against the server JVM the runner starts (the contenders in forked JVMs). */
    default boolean usesServerJvm() {
        return false;
    }

    void run(Benchmark harness, Report report) throws Exception;
}
