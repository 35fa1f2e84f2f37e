package io.github.camelbitbucket.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Throughput of a call from several callers, and the figures one case reports. */
final class Measure {

    private Measure() {
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

}
