package io.github.camelbitbucket;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitbucket.standin.BitbucketStandIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three nodes (three CamelContexts) share one JDBC connection store on a real PostgreSQL: 200 customers installed the
 * app, their tokens expire every 4 seconds, and 8 callers per node run actions as random customers for 20 seconds,
 * while one customer withdraws its grant half-way. The stand-in answers each request as the account of the token it
 * carried: no request ever carries another customer's token, no refresh races into invalid_grant, each node refreshes
 * a customer at most about once per token lifetime, and only the revoked customer fails.
 */
class ConnectionsFleetTest {

    private static final int CUSTOMERS = 200;
    private static final int NODES = 3;
    private static final int CALLERS = 8;
    private static final long RUN_SECONDS = 20;
    private static final long TOKEN_SECONDS = 4;
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String REVOKED = "cust-007";

    private static EmbeddedPostgres postgres;
    private static BitbucketStandIn standIn;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        standIn = BitbucketStandIn.start(0);
        standIn.setTokenLifetimeSeconds(TOKEN_SECONDS);
    }

    @AfterAll
    static void stop() throws IOException {
        standIn.close();
        postgres.close();
    }

    private static CamelContext node() throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("bitbucket", onDatabase(context, standIn, postgres.getPostgresDatabase()));
        context.start();
        return context;
    }

    /** A bitbucket component of an application node: the stand-in's app, its connections in the shared database. */
    static BitbucketComponent onDatabase(CamelContext context, BitbucketStandIn standIn, javax.sql.DataSource db) {
        BitbucketComponent component = StandInTestSupport.standInComponent(context, standIn);
        BitbucketConfiguration cfg = component.getConfiguration();
        cfg.setConnectionDataSource(db);
        cfg.setConnectionEncryptionKey(KEY);
        cfg.setStateSecret("made-up-state-secret-of-the-fleet");
        cfg.setAuthorizeUrl(standIn.authorizeUrl());
        return component;
    }

    private static String customer(int i) {
        return String.format("cust-%03d", i);
    }

    /** A customer's consent on the stand-in and the app's callback. */
    private static void install(ProducerTemplate template, String customer) {
        ConnectionTriggersTest.install(template, standIn, customer, customer);
    }

    @Test
    void threeNodesServeTwoHundredCustomersWithoutMixingOrRacingTheirTokens() throws Exception {
        List<CamelContext> nodes = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
            nodes.add(node());
        }
        try {
            ProducerTemplate installer = nodes.get(0).createProducerTemplate();
            for (int i = 0; i < CUSTOMERS; i++) {
                standIn.addAccount(customer(i), "Customer " + customer(i), "acme");
                install(installer, customer(i));
            }
            int refreshesBefore = standIn.refreshGrants();
            int invalidBefore = standIn.invalidGrants();
            AtomicInteger calls = new AtomicInteger();
            AtomicInteger wrongAccount = new AtomicInteger();
            Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_SECONDS);
            long revokeAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_SECONDS / 2);
            ExecutorService pool = Executors.newFixedThreadPool(NODES * CALLERS);
            List<Future<?>> done = new ArrayList<>();
            for (CamelContext node : nodes) {
                ProducerTemplate template = node.createProducerTemplate();
                for (int c = 0; c < CALLERS; c++) {
                    done.add(pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            String customer = customer(ThreadLocalRandom.current().nextInt(CUSTOMERS));
                            try {
                                Map<?, ?> user = template.requestBodyAndHeader("bitbucket:httpRequest?path=/user",
                                        null, BitbucketConstants.OVERRIDE_CONNECTION, customer, Map.class);
                                if (!("Customer " + customer).equals(user.get("display_name"))) {
                                    wrongAccount.incrementAndGet();
                                }
                                calls.incrementAndGet();
                            } catch (RuntimeException e) {
                                failures.computeIfAbsent(customer, k -> new AtomicInteger()).incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
            }
            await().atMost(RUN_SECONDS, TimeUnit.SECONDS).until(() -> System.nanoTime() >= revokeAt);
            standIn.revokeAccount(REVOKED);
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();

            int refreshes = standIn.refreshGrants() - refreshesBefore;
            int invalidGrants = standIn.invalidGrants() - invalidBefore;
            assertThat(calls.get()).as("calls answered").isGreaterThan(NODES * CALLERS * 10);
            assertThat(wrongAccount.get()).as("requests answered as another customer").isZero();
            assertThat(failures.keySet()).as("customers whose calls failed").containsOnly(REVOKED);
            // the revoked customer's refresh is refused once per node that tried; no race spends a live token twice
            assertThat(invalidGrants).as("invalid_grant answers").isLessThanOrEqualTo(NODES);
            long lifetimes = RUN_SECONDS / TOKEN_SECONDS + 1;
            assertThat(refreshes).as("refreshes: at most about one per customer, node and token lifetime")
                    .isLessThanOrEqualTo((int) (NODES * CUSTOMERS * (lifetimes + 1)));
            System.out.printf("fleet: %d calls, %d refreshes, %d invalid_grant, revoked failures %s%n", calls.get(),
                    refreshes, invalidGrants, failures);
        } finally {
            nodes.forEach(CamelContext::stop);
        }
    }
}
