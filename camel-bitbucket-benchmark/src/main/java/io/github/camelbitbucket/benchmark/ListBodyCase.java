package io.github.camelbitbucket.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.camelbitbucket.model.Repository;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** 3: the heap a non-streaming list body holds, against the same items bound by the raw client. */
final class ListBodyCase implements BenchCase {

    @Override
    public String title() {
        return "3. The non-streaming list body";
    }

    @Override
    public void run(Benchmark harness, Report report) throws Exception {
        try (BenchServer server = new BenchServer(harness.settings().pages())) {
            measure(harness, report, server);
        }
    }

    private void measure(Benchmark harness, Report report, BenchServer server) throws Exception {

        int n = Math.min(1000, harness.settings().pages() * 100);
        server.tokenLifetimeSeconds = 3600;
        CamelContext ctx = Contenders.camel(server.baseUrl(), server.tokenUrl());
        try (CloseableHttpClient raw = Contenders.rawClient()) {
            ProducerTemplate template = ctx.createProducerTemplate();
            String uri = "bitbucket:listRepositories?workspace=acme&maxResults=" + n;
            // once each first, so class loading and caches do not count against either
            rawList(raw, server, n);
            template.requestBody(uri, (Object) null);
            long before = HeapSampler.settledHeap();
            List<Repository> typed = rawList(raw, server, n);
            long typedBytes = HeapSampler.settledHeap() - before;
            before = HeapSampler.settledHeap();
            Object body = template.requestBody(uri, (Object) null);
            long bodyBytes = HeapSampler.settledHeap() - before;
            int size = ((List<?>) body).size();
            double ratio = (double) bodyBytes / Math.max(1, typedBytes);
            report.format("- `listRepositories?maxResults=%d`"
                                                     + " holds %,d items in **%,d KB** of heap; the same items bound by"
                                                     + " the raw client take %,d KB: ratio **%.2f** (target: no more"
                                                     + " than the typed items, <= 1.05 for measuring noise)%n%n",
                    n, size, bodyBytes >> 10, typedBytes >> 10, ratio);
            report.verdict(String.format(Locale.ROOT, "list body: %.2f x the typed items it holds (%s)", ratio,
                    ratio <= 1.05 ? "met" : "MISSED"));
            if (typed.size() != size) {
                throw new IllegalStateException("list sizes differ: " + typed.size() + " vs " + size);
            }
        } finally {
            ctx.stop();
        }
    }

    private static List<Repository> rawList(CloseableHttpClient raw, BenchServer server, int n) {
        List<Repository> typed = new ArrayList<>();
        Contenders.RawPages pages = new Contenders.RawPages(raw, server.baseUrl() + "/repositories/acme?pagelen=100");
        while (typed.size() < n && pages.hasNext()) {
            typed.add(pages.next());
        }
        return typed;
    }
}
