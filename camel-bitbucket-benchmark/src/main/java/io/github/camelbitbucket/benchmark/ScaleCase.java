package io.github.camelbitbucket.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.BitbucketComponent;
import io.github.camelbitbucket.BitbucketConstants;
import io.github.camelbitbucket.client.ClientSettings;
import io.github.camelbitbucket.client.RetryPolicy;
import io.github.camelbitbucket.connection.Connection;
import io.github.camelbitbucket.connection.Connections;
import io.github.camelbitbucket.connection.Hooks;
import io.github.camelbitbucket.connection.MemoryConnectionStore;
import io.github.camelbitbucket.fleet.Accounts;
import io.github.camelbitbucket.fleet.Fleet;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import io.github.camelbitbucket.standin.Webhooks;
import io.github.camelbitbucket.trigger.TriggerSpec;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * 6: many connections (connection=*): the heap an idle connection costs at 10,000 of them; one poll cycle over 1,000
 * installed connections against the stand-in; the one receiver path checking signatures for 1,000 connections.
 */
final class ScaleCase implements BenchCase {

    static final int IDLE = 10_000;
    static final int POLLED = Integer.getInteger("bench.connections", 1_000);
    static final int DELIVERIES = Integer.getInteger("bench.deliveries", 20_000);

    @Override
    public String title() {
        return "6. Many connections (a trigger with connection=*)";
    }

    @Override
    public void run(Benchmark harness, Report report) throws Exception {
        idleHeap(report);
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            pollCycleAndReceiver(standIn, report);
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50); // let the collector settle (a benchmark's own pause, not a test's)
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** What 10,000 idle connections hold: store entry, fleet member, budget, watermark; then a client each. */
    private static void idleHeap(Report report) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        MemoryConnectionStore store = new MemoryConnectionStore();
        Connections connections = new Connections(store, new Connections.App("bench-client", "bench-secret",
                "http://127.0.0.1:9/token"), new ClientSettings("http://127.0.0.1:9/2.0", 1000, 1000, 20, null, null,
                        null, null, new RetryPolicy(0, 0, 0), null), mapper, Clock.systemUTC());
        MemoryStateRepository watermarks = new MemoryStateRepository();
        TriggerSpec spec = new TriggerSpec("pullRequestCreated", null, null, null,
                io.github.camelbitbucket.trigger.TriggerEvents.once("created_on", "pullrequest:created"), null);
        Fleet fleet = new Fleet(spec, Accounts.of(connections, "*", null), null,
                new Fleet.Settings("website", 60_000, 800, "now", 5_000), Clock.systemUTC());
        long before = heapAfterGc();
        Instant now = Instant.now();
        for (int i = 0; i < IDLE; i++) {
            String id = String.format("customer-%05d", i);
            store.install(new Connection(id, "{" + UUID.randomUUID() + "}", "Customer " + i, List.of("ws-" + i),
                    Set.of("account", "repository", "pullrequest", "webhook"), Connection.Status.ACTIVE, null, null,
                    null, null), "made-up-refresh-token-" + UUID.randomUUID());
            store.saveHooks(id, new Hooks(UUID.randomUUID().toString() + UUID.randomUUID(),
                    List.of("pullrequest:created"), Map.of("ws-" + i, "{" + UUID.randomUUID() + "}")));
            watermarks.setState(spec.on(id, "ws-" + i, "website").stateKey(null),
                    "{\"time\":\"2026-12-06T07:00:00.123Z\",\"ids\":[\"" + (1000 + i) + "\"]}");
            connections.budget(id, now);
        }
        fleet.refresh();
        long idle = heapAfterGc() - before;
        int clients = 1_000;
        for (int i = 0; i < clients; i++) {
            connections.pollingClient(String.format("customer-%05d", i));
        }
        long withClients = heapAfterGc() - before - idle;
        report.format("%,d connections, each with its store entry (refresh token, webhook secret), fleet member, "
                      + "request budget and watermark: **%,d bytes per idle connection** (%.1f MB in all). A connection"
                      + " being polled also holds a client (its token manager; the access token once fetched): %,d"
                      + " bytes more each (measured on %,d). Clients are kept for the %,d connections used last (two each: actions and polls, one token).%n%n",
                IDLE, idle / IDLE, idle / 1e6, withClients / clients, clients, 10_000);
        report.verdict(String.format(java.util.Locale.ROOT, "Many connections: %,d bytes per idle connection at %,d"
                                                            + " connections (target: a few KB).",
                idle / IDLE, IDLE));
        if (fleet.members().size() != IDLE) {
            throw new IllegalStateException("the fleet holds " + fleet.members().size() + " members");
        }
    }

    private static void pollCycleAndReceiver(BitbucketStandIn standIn, Report report) throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CamelContext ctx = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setBindPort(port);
        ctx.addService(new VertxPlatformHttpServer(conf));
        BitbucketComponent component = new BitbucketComponent();
        standIn.configure(component.getConfiguration());
        MemoryConnectionStore store = new MemoryConnectionStore();
        component.getConfiguration().setConnectionStore(store);
        component.getConfiguration().setStateSecret("made-up-benchmark-state-secret");
        component.getConfiguration().setAuthorizeUrl(standIn.authorizeUrl());
        ctx.addComponent("bitbucket", component);
        ctx.start();
        ProducerTemplate template = ctx.createProducerTemplate();
        long installStart = System.nanoTime();
        for (int i = 0; i < POLLED; i++) {
            String id = String.format("customer-%04d", i);
            standIn.addWorkspace("ws-" + i, "Workspace " + i);
            standIn.addAccount(id, "Customer " + i, "ws-" + i);
            String url = template.requestBodyAndHeader("bitbucket:authorizationUrl", null,
                    BitbucketConstants.OVERRIDE_CONNECTION, id, String.class);
            BitbucketStandIn.Callback callback = standIn.consent(url, id);
            template.requestBodyAndHeaders("bitbucket:exchangeAuthorizationCode", null, Map.of(
                    BitbucketConstants.AUTHORIZATION_CODE, callback.code(),
                    BitbucketConstants.AUTHORIZATION_STATE, callback.state()));
        }
        double installSeconds = (System.nanoTime() - installStart) / 1e9;
        AtomicLong delivered = new AtomicLong();
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // delay=1 makes every connection due at each run(): one run is one whole cycle
                from("bitbucket:repositoryCreated?connection=*&delay=1&startScheduler=false&startFrom=beginning"
                     + "&connectionHourlyBudget=1000000").routeId("cycle").process(e -> delivered.incrementAndGet());
                from("bitbucket:repositoryCreated?connection=*&delivery=webhook&webhookExternalUrl=http://127.0.0.1:"
                     + port + "/bitbucket/webhook/connections").routeId("receive")
                        .process(e -> delivered.incrementAndGet());
            }
        });
        ScheduledPollConsumer consumer = (ScheduledPollConsumer) ctx.getRoute("cycle").getConsumer();
        int before = standIn.apiRequests();
        int tokensBefore = standIn.tokenRequests();
        long t0 = System.nanoTime();
        consumer.run(); // first cycle: each connection's first token, lanes and poll
        double firstSeconds = (System.nanoTime() - t0) / 1e9;
        int firstRequests = standIn.apiRequests() - before;
        int firstTokens = standIn.tokenRequests() - tokensBefore;
        before = standIn.apiRequests();
        tokensBefore = standIn.tokenRequests();
        t0 = System.nanoTime();
        consumer.run(); // a steady cycle
        double steadySeconds = (System.nanoTime() - t0) / 1e9;
        int steadyRequests = standIn.apiRequests() - before;
        int steadyTokens = standIn.tokenRequests() - tokensBefore;
        double perHour = steadyRequests / (double) POLLED * 60; // default delay: 60 polls an hour
        report.format("| %,d connections (repositoryCreated, one workspace each) | API requests | token requests |"
                      + " wall time |%n|---|---|---|---|%n", POLLED);
        report.format("| first cycle | %,d | %,d | %.2f s |%n| steady cycle | %,d | %,d | %.2f s |%n%n"
                      + "(The access tokens were fetched before, when the receiving route registered each connection's"
                      + " hooks at its start.)%n%n", firstRequests,
                firstTokens, firstSeconds, steadyRequests, steadyTokens, steadySeconds);
        double perRequestMs = steadySeconds * 1000 / Math.max(1, steadyRequests);
        report.format("A steady cycle costs %.2f requests per connection: at the default delay of one minute that is"
                      + " **%.0f requests per connection per hour** for this trigger, inside the default"
                      + " connectionHourlyBudget of 800 (Bitbucket allows 1,000). With connectionScheduler=local one"
                      + " thread of a node polls the connections one after another: %.2f ms a request against the local"
                      + " stand-in. Live Bitbucket answers in tens of milliseconds, so at 40 ms a request one node covers"
                      + " about 1,500 connections a minute per trigger; beyond that, connectionScheduler=quartz spreads"
                      + " the connections over the nodes and Quartz's threads. Installing the %,d connections took %.1f s"
                      + " (consent page, code exchange, account and workspaces).%n%n", steadyRequests / (double) POLLED,
                perHour, perRequestMs, POLLED, installSeconds);
        report.verdict(String.format(java.util.Locale.ROOT, "Many connections: a steady cycle over %,d connections is"
                                                            + " %,d requests in %.2f s; %.0f requests per connection"
                                                            + " per hour at the default delay (budget 800).",
                POLLED, steadyRequests, steadySeconds, perHour));
        receiver(store, port, delivered, report);
        ctx.stop();
    }

    /** Deliveries of 1,000 connections to the one path, each signed with its connection's secret, 8 senders. */
    private static void receiver(MemoryConnectionStore store, int port, AtomicLong delivered, Report report)
            throws Exception {
        List<String> ids = new ArrayList<>();
        for (Connection c : store.list()) {
            if (store.hooks(c.id()).isPresent()) {
                ids.add(c.id());
            }
        }
        if (ids.size() != POLLED) {
            throw new IllegalStateException(ids.size() + " of " + POLLED + " connections have webhooks");
        }
        List<String> secrets = ids.stream().map(id -> store.hooks(id).orElseThrow().secret()).toList();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        long deliveredBefore = delivered.get();
        AtomicLong accepted = new AtomicLong();
        long t0 = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            int sender = s;
            sent.add(senders.submit(() -> {
                for (int i = sender; i < DELIVERIES; i += 8) {
                    int c = i % ids.size();
                    String ws = "ws-" + Integer.parseInt(ids.get(c).substring("customer-".length()));
                    byte[] body = ("{\"repository\":{\"type\":\"repository\",\"full_name\":\"" + ws + "/repo-" + i
                                   + "\",\"name\":\"repo-" + i + "\",\"uuid\":\"{" + UUID.randomUUID() + "}\","
                                   + "\"workspace\":{\"slug\":\"" + ws + "\"}}}").getBytes(StandardCharsets.UTF_8);
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                                                            + "/bitbucket/webhook/connections/"
                                                                            + ids.get(c)))
                            .header("Content-Type", "application/json").header("X-Event-Key", "repo:created")
                            .header("X-Request-UUID", UUID.randomUUID().toString()).header("X-Hook-UUID", "{bench}")
                            .header("X-Attempt-Number", "1")
                            .header("X-Hub-Signature", "sha256=" + Webhooks.hmac(secrets.get(c), body))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 202) {
                        accepted.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (delivered.get() - deliveredBefore < accepted.get() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        senders.shutdown();
        long routed = delivered.get() - deliveredBefore;
        report.format("The one receiver path, %,d deliveries of %,d connections from 8 senders over HTTP, each checked"
                      + " with its connection's secret (HMAC-SHA256) and workspace, de-duplicated and handed to the"
                      + " route: **%,.0f deliveries/s** (%,d accepted, %,d routed, %.2f s).%n%n", DELIVERIES,
                ids.size(), routed / seconds, accepted.get(), routed, seconds);
        report.verdict(String.format(java.util.Locale.ROOT, "Many connections: the receiver checks and routes %,.0f"
                                                            + " deliveries/s for %,d connections.",
                routed / seconds, ids.size()));
    }
}
