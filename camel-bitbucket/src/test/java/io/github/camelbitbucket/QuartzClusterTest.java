package io.github.camelbitbucket;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import io.github.camelbitbucket.standin.BitbucketStandIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes share one PostgreSQL (started from Maven): the connection store, the watermarks, and Quartz's
 * clustered JDBC job store, through camel-quartz (connectionScheduler=quartz). Each connection's polling runs on one
 * node at a time; the node polling a connection stops, the other takes it over, and every pull request reaches a route
 * exactly once. The control: the same two nodes with connectionScheduler=local both poll every connection, twice the
 * requests.
 */
class QuartzClusterTest {

    private static EmbeddedPostgres postgres;
    private static BitbucketStandIn standIn;
    private static final List<BitbucketStandIn.Recorded> RECORDED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final List<CamelContext> nodes = new ArrayList<>();
    private final List<Scheduler> schedulers = new ArrayList<>();
    /** node|connection|title of each event a route received. */
    private final ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        standIn = BitbucketStandIn.start(0);
        standIn.onExchange(RECORDED::add);
        String ddl = new String(Scheduler.class.getResourceAsStream("/org/quartz/impl/jdbcjobstore/tables_postgres.sql")
                .readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement st = db.createStatement()) {
            for (String sql : ddl.split(";")) {
                if (!sql.isBlank() && !sql.trim().equalsIgnoreCase("commit")) {
                    st.execute(sql);
                }
            }
        }
        DBConnectionManager.getInstance().addConnectionProvider("bitbucketFleet", new ConnectionProvider() {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                return postgres.getPostgresDatabase().getConnection();
            }

            @Override
            public void shutdown() {
            }

            @Override
            public void initialize() {
            }
        });
    }

    @AfterAll
    static void stop() throws IOException {
        standIn.close();
        postgres.close();
    }

    @AfterEach
    void stopNodes() throws Exception {
        for (CamelContext node : nodes) {
            node.stop();
        }
        for (Scheduler s : schedulers) {
            if (!s.isShutdown()) {
                s.shutdown(true);
            }
        }
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement st = db.createStatement()) {
            st.execute("DELETE FROM qrtz_simple_triggers");
            st.execute("DELETE FROM qrtz_fired_triggers");
            st.execute("DELETE FROM qrtz_triggers");
            st.execute("DELETE FROM qrtz_job_details");
        }
    }

    /** A node: the bitbucket component on the shared database, camel-quartz on the clustered job store. */
    private CamelContext node(String name, String scheduler) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        context.addComponent("bitbucket", ConnectionsFleetTest.onDatabase(context, standIn,
                postgres.getPostgresDatabase()));
        Properties p = new Properties();
        p.put("org.quartz.scheduler.instanceName", "bitbucket-app");
        p.put("org.quartz.scheduler.instanceId", name);
        p.put("org.quartz.scheduler.idleWaitTime", "1000");
        p.put("org.quartz.threadPool.threadCount", "4");
        p.put("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.put("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.put("org.quartz.jobStore.dataSource", "bitbucketFleet");
        p.put("org.quartz.jobStore.isClustered", "true");
        p.put("org.quartz.jobStore.clusterCheckinInterval", "1000");
        Scheduler quartzScheduler = new StdSchedulerFactory(p).getScheduler();
        // one JVM plays two machines: Quartz keeps one scheduler per name in a JVM-wide repository
        SchedulerRepository.getInstance().remove("bitbucket-app");
        schedulers.add(quartzScheduler);
        QuartzComponent quartz = new QuartzComponent();
        quartz.setScheduler(quartzScheduler);
        context.addComponent("quartz", quartz);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:pullRequestCreated?connection=*&repoSlug=*&delay=500&connectionHourlyBudget=100000"
                     + "&connectionScheduler=" + scheduler).routeId("every-customer")
                        .process(e -> received.add(name + "|" + e.getIn().getHeader(BitbucketConstants.CONNECTION) + "|"
                                                   + e.getIn().getBody(io.github.camelbitbucket.model.PullRequest.class)
                                                           .getTitle()));
            }
        });
        context.start();
        quartzScheduler.start();
        nodes.add(context);
        return context;
    }

    private void install(ProducerTemplate template, String connection, String account) {
        ConnectionTriggersTest.install(template, standIn, connection, account);
    }

    private List<String> received(String title) {
        return received.stream().filter(r -> r.endsWith("|" + title)).toList();
    }

    /** A pull request trigger's watermark in the shared table, or null. */
    private static String watermark(String target) throws java.sql.SQLException {
        try (Connection db = postgres.getPostgresDatabase().getConnection();
             java.sql.PreparedStatement ps = db.prepareStatement(
                     "SELECT state_value FROM camel_bitbucket_watermark WHERE state_key = ?")) {
            ps.setString(1, "bitbucket:pullRequestCreated:" + target);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private long pollsOfWebsite(int from) {
        List<BitbucketStandIn.Recorded> all = List.copyOf(RECORDED);
        return all.subList(from, all.size()).stream()
                .filter(r -> r.path().equals("/2.0/repositories/acme/website/pullrequests")).count();
    }

    @Test
    void theNodePollingAConnectionStopsAndTheOtherTakesItOverWithNothingLostOrRepeated() throws Exception {
        CamelContext one = node("node-1", "quartz");
        CamelContext two = node("node-2", "quartz");
        install(one.createProducerTemplate(), "cust-ada", "ada");
        install(one.createProducerTemplate(), "cust-grace", "grace");
        await().atMost(20, TimeUnit.SECONDS).until(() -> watermark("cust-ada@acme/website") != null);
        String first = "ada's first change";
        standIn.openPullRequest("acme", "website", first);
        await().atMost(20, TimeUnit.SECONDS).until(() -> received(first).size() == 1);
        String polling = received(first).get(0).split("\\|")[0];
        assertThat(received(first).get(0)).contains("|cust-ada|");

        // one node at a time: in two seconds at a delay of 500 ms the repository is polled about 4 times, not 8
        int mark = RECORDED.size();
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertThat(pollsOfWebsite(mark)).isBetween(2L, 6L);

        CamelContext stopping = "node-1".equals(polling) ? one : two;
        stopping.stop();
        schedulers.get(stopping == one ? 0 : 1).shutdown(true);
        String other = stopping == one ? "node-2" : "node-1";
        List<String> titles = List.of("after the stop 1", "after the stop 2", "after the stop 3");
        for (String title : titles) {
            standIn.openPullRequest("acme", "website", title);
        }
        await().atMost(30, TimeUnit.SECONDS).until(() -> titles.stream().allMatch(t -> received(t).size() == 1));
        await().during(Duration.ofSeconds(1)).atMost(5, TimeUnit.SECONDS)
                .until(() -> received(first).size() == 1 && titles.stream().allMatch(t -> received(t).size() == 1));
        assertThat(titles).allSatisfy(t -> assertThat(received(t).get(0)).startsWith(other + "|cust-ada|"));
    }

    @Test
    void controlWithLocalPollingBothNodesPollEveryConnection() throws Exception {
        CamelContext one = node("node-1", "local");
        node("node-2", "local");
        install(one.createProducerTemplate(), "cust-ada", "ada");
        await().atMost(20, TimeUnit.SECONDS).until(() -> watermark("cust-ada@acme/website") != null);
        String first = "polled by both";
        standIn.openPullRequest("acme", "website", first);
        await().atMost(20, TimeUnit.SECONDS).until(() -> !received(first).isEmpty());
        int mark = RECORDED.size();
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        // both nodes poll: about 8 requests in two seconds
        assertThat(pollsOfWebsite(mark)).isGreaterThanOrEqualTo(7L);
    }
}
