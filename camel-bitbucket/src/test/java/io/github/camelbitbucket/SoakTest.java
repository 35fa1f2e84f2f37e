package io.github.camelbitbucket;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.model.Issue;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Endpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.hc.core5.pool.PoolStats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Soak: 20,000 calls from 8 concurrent producers (9 in 10 GET, 1 in 10 POST) while exactly 1 answer in 100 is a fault
 * (alternately a connection reset and a 503). Every call ends as a success or a reported BitbucketException, the
 * connection pool is back to idle, no thread is left behind, and the heap stays bounded.
 */
class SoakTest extends CamelTestSupport {

    static final int CALLS = 20_000;
    static final AtomicLong SERVED = new AtomicLong();
    static WireMockServer server;

    /** Every 100th answer is a fault: exactly 1%. */
    public static final class Flaky implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            long n = SERVED.incrementAndGet();
            if (n % 100 != 0) {
                return event.getResponseDefinition();
            }
            return n % 200 == 0
                    ? new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER).build()
                    : new ResponseDefinitionBuilder().withStatus(503).withHeader("Content-Type", "application/json")
                            .withBody("{\"type\":\"error\",\"error\":{\"message\":\"Service unavailable\"}}").build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return "flaky";
        }
    }

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(wireMockConfig().dynamicPort().disableRequestJournal().containerThreads(40)
                .extensions(new Flaky()));
        server.start();
        server.stubFor(post(urlPathEqualTo("/site/oauth2/access_token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"soak-token\",\"expires_in\":3600}")));
        server.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(aResponse().withTransformers("flaky")
                .withHeader("Content-Type", "application/json").withBody("{\"type\":\"workspace\",\"slug\":\"acme\"}")));
        server.stubFor(post(urlEqualTo("/2.0/repositories/acme/web/issues")).willReturn(aResponse()
                .withTransformers("flaky").withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"issue\",\"id\":1,\"title\":\"t\"}")));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        BitbucketComponent component = new BitbucketComponent();
        BitbucketConfiguration cfg = component.getConfiguration();
        cfg.setBaseUrl(server.baseUrl() + "/2.0");
        cfg.setTokenUrl(server.baseUrl() + "/site/oauth2/access_token");
        cfg.setClientId("soak-client");
        cfg.setClientSecret("soak-secret");
        cfg.setRetryInitialDelay(1);
        cfg.setRetryMaxDelay(5);
        context.addComponent("bitbucket", component);
        return context;
    }

    /** Live threads, leaving out WireMock's own Jetty pool (the server side of this JVM grows it under load). */
    static int clientThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.getName().startsWith("qtp")).count();
    }

    @Test
    void everyCallIsAccountedForAndNothingLeaks() throws Exception {
        Endpoint getWs = context.getEndpoint("bitbucket:getWorkspace?workspace=acme");
        Endpoint create = context.getEndpoint("bitbucket:createIssue?workspace=acme&repoSlug=web&title=soak");
        template.requestBody(getWs, (Object) null); // warm: token and pool
        int threadsBefore = clientThreads();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger reported = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();
        ExecutorService producers = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            boolean isPost = i % 10 == 0;
            futures.add(producers.submit(() -> {
                try {
                    Object body = isPost ? template.requestBody(create, new Issue().withTitle("soak"))
                            : template.requestBody(getWs, (Object) null);
                    if (body != null) {
                        ok.incrementAndGet();
                    } else {
                        unexpected.incrementAndGet();
                    }
                } catch (CamelExecutionException e) {
                    if (e.getCause() instanceof BitbucketException) {
                        reported.incrementAndGet();
                    } else {
                        unexpected.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        producers.shutdown();
        assertThat(producers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        double seconds = (System.nanoTime() - t0) / 1e9;

        BitbucketEndpoint endpoint = (BitbucketEndpoint) getWs;
        await().atMost(5, TimeUnit.SECONDS).until(() -> endpoint.getClient().poolStats().getLeased() == 0);
        PoolStats pool = endpoint.getClient().poolStats();
        System.gc();
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        // polled in this thread: Awaitility's own poller thread would count as one more
        await().pollInSameThread().atMost(5, TimeUnit.SECONDS).until(() -> clientThreads() <= threadsBefore);
        int threadsAfter = clientThreads();

        assertThat(ok.get() + reported.get()).isEqualTo(CALLS);
        assertThat(unexpected.get()).isZero();
        // only POSTs hit by a fault fail (about 1% of the 2,000 POSTs); GETs are retried to success
        assertThat(reported.get()).isBetween(1, 100);
        assertThat(pool.getLeased()).isZero();
        assertThat(pool.getPending()).isZero();
        assertThat(threadsAfter).isLessThanOrEqualTo(threadsBefore);
        assertThat(heapMb).isLessThan(256);

        Path out = Paths.get("target", "soak.md");
        Files.writeString(out, String.format(java.util.Locale.ROOT,
                "| %,d calls, 8 producers, 1%% faults | %.1f s | %,d ok | %,d reported failures (faulted POSTs) |"
                + " 0 unaccounted | pool after: %d leased, %d available, %d pending | threads %d -> %d |"
                + " heap after GC %d MB | %,d answers served |%n",
                CALLS, seconds, ok.get(), reported.get(), pool.getLeased(), pool.getAvailable(), pool.getPending(),
                threadsBefore, threadsAfter, heapMb, SERVED.get()));
    }
}
