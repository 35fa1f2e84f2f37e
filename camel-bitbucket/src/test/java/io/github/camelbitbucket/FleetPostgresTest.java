package io.github.camelbitbucket;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three application nodes (three CamelContexts, each with its own platform-http port) behind a round-robin load
 * balancer, sharing camel-sql's {@link JdbcMessageIdRepository} with the table camel-sql creates itself
 * ({@code messageId VARCHAR(100)}) on a real PostgreSQL server started from Maven. Bitbucket (the stand-in) sends every
 * event once to one hook, re-sending 5xx answers at once as live Bitbucket does; the balancer drops some deliveries,
 * answers 500 to others after a node accepted them (the retry lands on another node), and one node stops
 * mid-stream. Approvals and commits on a long branch have identities far longer than 100 characters. After every
 * running node's reconciling poll, each event has reached a route exactly once. The same run with a memory repository
 * per node delivers events twice: the control that shows what the shared store prevents.
 */
class FleetPostgresTest {

    private static final String SECRET = "made-up-fleet-webhook-secret";
    private static final String REPO = "fleet";
    private static final String BRANCH = "feature/PROJ-4711-shared-idempotent-repository-for-webhooks";

    private static EmbeddedPostgres postgres;
    private static BitbucketStandIn standIn;

    private final List<CamelContext> nodes = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> delivered = new ConcurrentLinkedQueue<>();
    private Balancer balancer;

    @BeforeAll
    static void startPostgresAndStandIn() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        standIn = BitbucketStandIn.start(0);
        standIn.webhooks().retryDelayMillis(0); // Bitbucket re-sends a 5xx at once
    }

    @AfterAll
    static void stop() throws IOException {
        standIn.close();
        postgres.close();
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(CamelContext::stop);
        if (balancer != null) {
            balancer.server.stop(0);
        }
    }

    @Test
    void threeNodesSharingJdbcMessageIdRepositoryOnPostgresDeliverEachEventExactlyOnce() throws Exception {
        DataSource ds = postgres.getPostgresDatabase();
        Map<String, Integer> counts = run("shared", () -> new JdbcMessageIdRepository(ds, "camel-bitbucket"));
        assertThat(counts.values()).as("each event reaches a route exactly once: " + counts).containsOnly(1);
        // the keys went through camel-sql's own table, none longer than its column
        try (var c = ds.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("select count(*), max(length(messageId)) from CAMEL_MESSAGEPROCESSED")) {
            r.next();
            assertThat(r.getInt(1)).isGreaterThan(counts.size());
            assertThat(r.getInt(2)).isLessThanOrEqualTo(64);
        }
    }

    @Test
    void controlWithAMemoryRepositoryPerNodeDeliversEventsTwice() throws Exception {
        Map<String, Integer> counts = run("control", () -> MemoryIdempotentRepository.memoryIdempotentRepository(1000));
        assertThat(counts.values()).as("without a shared store, retries on another node and every node's poll repeat"
                                       + " events: " + counts).anyMatch(n -> n > 1);
    }

    /** The whole scenario; answers how often each expected event reached a route (over all nodes). */
    private Map<String, Integer> run(String name, Supplier<IdempotentRepository> repository) throws Exception {
        String repo = REPO + "-" + name;
        standIn.addRepository("acme", repo, "WEB");
        standIn.push("acme", repo, BRANCH, "branch start");
        balancer = new Balancer();
        for (int i = 0; i < 3; i++) {
            nodes.add(node("node" + i, repo, repository.get()));
        }
        standIn.webhooks().addHook("acme", repo, "http://localhost:" + balancer.port() + "/pr", SECRET,
                "pullrequest:created");
        standIn.webhooks().addHook("acme", repo, "http://localhost:" + balancer.port() + "/approved", SECRET,
                "pullrequest:approved");
        standIn.webhooks().addHook("acme", repo, "http://localhost:" + balancer.port() + "/push", SECRET, "repo:push");

        Set<String> expected = new java.util.TreeSet<>();
        for (int i = 1; i <= 12; i++) {
            int id = standIn.openPullRequest("acme", repo, "Change " + i);
            expected.add("created " + id);
            standIn.approvePullRequest("acme", repo, id);
            expected.add("approved " + id);
            expected.add("commit " + standIn.push("acme", repo, BRANCH, "commit " + i));
            if (i == 6) {
                awaitSent(6 * 3);
                nodes.get(2).stop(); // a node stopped mid-stream: the balancer sends to the others
            }
        }
        awaitSent(12 * 3);
        expected.add("commit " + standIn.commits("acme", repo, BRANCH).get(12).path("hash").asText());
        await().atMost(10, TimeUnit.SECONDS).until(() -> nodes.stream().allMatch(n -> n.isStopped()
                || n.getInflightRepository().size() == 0));
        // every running node's reconciling poll (their schedule is minutes; run once each now)
        for (CamelContext node : nodes.subList(0, 2)) {
            for (String route : List.of("pr", "push")) {
                ((BitbucketConsumer) node.getRoute(route).getConsumer()).run();
            }
        }
        assertThat(balancer.dropped.get()).as("deliveries the balancer dropped").isGreaterThan(0);
        assertThat(balancer.retriedElsewhere.get()).as("deliveries answered 500 after a node took them").isGreaterThan(0);
        Map<String, Integer> counts = new TreeMap<>();
        expected.forEach(e -> counts.put(e, 0));
        delivered.forEach(d -> counts.merge(d.substring(d.indexOf(' ') + 1), 1, Integer::sum));
        assertThat(counts.keySet()).as("nothing but the expected events").isEqualTo(expected);
        assertThat(counts.values()).as("none lost: " + counts).doesNotContain(0);
        return counts;
    }

    private void awaitSent(int deliveries) {
        await().atMost(20, TimeUnit.SECONDS).until(() -> standIn.webhooks().sent().stream()
                .filter(s -> s.url().startsWith("http://localhost:" + balancer.port()))
                .map(s -> s.requestUuid()).distinct().count() >= deliveries
                && balancer.busy.get() == 0);
    }

    private CamelContext node(String name, String repo, IdempotentRepository idempotent) throws Exception {
        int port = WebhookTestSupport.freePort();
        CamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(conf));
        context.addComponent("bitbucket", StandInTestSupport.standInComponent(context, standIn));
        context.getRegistry().bind("delivered", idempotent);
        String common = "workspace=acme&repoSlug=" + repo + "&webhookSecret=" + SECRET
                        + "&idempotentRepository=#delivered&startFrom=beginning";
        String both = "&delivery=both&reconcileDelay=600000&initialDelay=600000";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:pullRequestCreated?" + common + both + "&webhookPath=/pr").routeId("pr")
                        .process(e -> delivered.add(name + " created " + e.getIn().getHeader(BitbucketConstants.ITEM_ID)));
                from("bitbucket:pullRequestUpdated?" + common + "&delivery=webhook&webhookPath=/approved")
                        .routeId("approved")
                        .process(e -> delivered.add(name + " approved " + e.getIn().getHeader(BitbucketConstants.ITEM_ID)));
                from("bitbucket:commitPushed?" + common + both + "&branch=" + BRANCH + "&webhookPath=/push")
                        .routeId("push")
                        .process(e -> delivered.add(name + " commit " + e.getIn().getHeader(BitbucketConstants.ITEM_ID)));
            }
        });
        context.start();
        ports.add(port);
        return context;
    }

    /**
     * A round-robin load balancer in front of the nodes: it forwards each delivery to the next running node, drops
     * every fifth first attempt of created pull requests and pushes (answered 202, never forwarded: the reconciling
     * poll must bring them) and answers 500 to every fourth first attempt after a node accepted it, so Bitbucket's
     * immediate retry lands on another node.
     */
    private final class Balancer {
        final HttpServer server;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger sequence = new AtomicInteger();
        final AtomicInteger dropped = new AtomicInteger();
        final AtomicInteger retriedElsewhere = new AtomicInteger();
        final AtomicInteger busy = new AtomicInteger();
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        Balancer() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        private void handle(HttpExchange ex) throws IOException {
            busy.incrementAndGet();
            try {
                byte[] body = ex.getRequestBody().readAllBytes();
                boolean first = "1".equals(ex.getRequestHeaders().getFirst("X-Attempt-Number"));
                String path = ex.getRequestURI().getPath();
                int n = first ? sequence.incrementAndGet() : 0;
                int status;
                if (first && !path.equals("/approved") && n % 5 == 0) {
                    dropped.incrementAndGet();
                    status = 202;
                } else {
                    status = forward(ex, path, body);
                    if (first && n % 4 == 1 && status / 100 == 2) {
                        retriedElsewhere.incrementAndGet();
                        status = 500;
                    }
                }
                ex.sendResponseHeaders(status, -1);
            } finally {
                ex.close();
                busy.decrementAndGet();
            }
        }

        private int forward(HttpExchange ex, String path, byte[] body) throws IOException {
            for (int tries = 0; tries < ports.size(); tries++) {
                int node = Math.floorMod(next.getAndIncrement(), ports.size());
                HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(node) + path))
                        .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
                for (String h : List.of("Content-Type", "X-Event-Key", "X-Hook-UUID", "X-Request-UUID",
                        "X-Attempt-Number", "X-Hub-Signature")) {
                    String v = ex.getRequestHeaders().getFirst(h);
                    if (v != null) {
                        r.header(h, v);
                    }
                }
                try {
                    return http.send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (ConnectException stopped) {
                    // the node is down: the next one
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 503;
                }
            }
            return 503;
        }
    }
}
