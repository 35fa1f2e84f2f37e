package io.github.camelbitbucket;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelbitbucket.connection.MemoryConnectionStore;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Triggers for every customer (connection=*): one route watches every installed account's repositories on the stand-in,
 * each event names its customer; a customer installing while the route runs is watched from then on, a removed one is
 * no longer polled; one customer over its rate limit holds back alone; a customer with many repositories cannot starve
 * the others.
 */
class ConnectionTriggersTest extends StandInTestSupport {

    private final MemoryStateRepository watermarks = new MemoryStateRepository();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        BitbucketConfiguration cfg = context.getComponent("bitbucket", BitbucketComponent.class).getConfiguration();
        cfg.setConnectionStore(new MemoryConnectionStore());
        cfg.setStateSecret("made-up-state-secret-of-the-app");
        cfg.setAuthorizeUrl(standIn.authorizeUrl());
        context.getRegistry().bind("watermarks", watermarks);
        return context;
    }

    @AfterEach
    void liftLimits() {
        standIn.live().rateLimitAccount("ada", false);
    }

    /** Installs the app as a stand-in account (consent page, callback, code exchange); the connection is stored. */
    static void install(org.apache.camel.ProducerTemplate template, BitbucketStandIn standIn, String connection,
                        String account) {
        String url = template.requestBodyAndHeader("bitbucket:authorizationUrl", null,
                BitbucketConstants.OVERRIDE_CONNECTION, connection, String.class);
        BitbucketStandIn.Callback callback = standIn.consent(url, account);
        template.requestBodyAndHeaders("bitbucket:exchangeAuthorizationCode", null,
                Map.of(BitbucketConstants.AUTHORIZATION_CODE, callback.code(),
                        BitbucketConstants.AUTHORIZATION_STATE, callback.state()));
    }

    private MockEndpoint route(String uri) throws Exception {
        return route(uri, "every-customer");
    }

    private MockEndpoint route(String uri, String routeId) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(routeId).to("mock:events");
            }
        });
        return getMockEndpoint("mock:events");
    }

    private static List<String> connectionsOf(MockEndpoint mock, String title) {
        return mock.getReceivedExchanges().stream()
                .filter(e -> title.equals(((io.github.camelbitbucket.model.PullRequest) e.getIn().getBody()).getTitle()))
                .map(e -> e.getIn().getHeader(BitbucketConstants.CONNECTION, String.class)).toList();
    }

    /** Ada and Grace install the app; one route watches both; answers once each has its first watermark. */
    private MockEndpoint watchAdaAndGrace() throws Exception {
        install(template, standIn, "cust-ada", "ada");
        install(template, standIn, "cust-grace", "grace");
        MockEndpoint mock = route("bitbucket:pullRequestCreated?connection=*&repoSlug=*&delay=200"
                                  + "&connectionHourlyBudget=100000&stateRepository=#watermarks");
        await().atMost(10, TimeUnit.SECONDS).until(() -> watermarks.getState(
                "bitbucket:pullRequestCreated:cust-grace@acme-labs/prototype") != null
                && watermarks.getState("bitbucket:pullRequestCreated:cust-ada@acme/website") != null);
        return mock;
    }

    @Test
    void oneRouteWatchesEveryCustomerAndFollowsInstallsAndRemovals() throws Exception {
        MockEndpoint mock = watchAdaAndGrace();

        standIn.openPullRequest("acme", "website", "ada's change");
        standIn.openPullRequest("acme-labs", "prototype", "grace's change");
        await().atMost(10, TimeUnit.SECONDS).until(() -> connectionsOf(mock, "ada's change").size() == 1
                && connectionsOf(mock, "grace's change").size() == 1);
        assertThat(connectionsOf(mock, "ada's change")).containsExactly("cust-ada");
        assertThat(connectionsOf(mock, "grace's change")).containsExactly("cust-grace");
        Exchange ada = mock.getReceivedExchanges().stream().filter(e -> "cust-ada".equals(
                e.getIn().getHeader(BitbucketConstants.CONNECTION))).findFirst().orElseThrow();
        assertThat(ada.getIn().getHeader(BitbucketConstants.WORKSPACE)).isEqualTo("acme");
        assertThat(ada.getIn().getHeader(BitbucketConstants.REPO_SLUG)).isEqualTo("website");

        // a customer installs while the route runs: watched from then on, from now (startFrom)
        standIn.addWorkspace("acme-ops", "Acme Ops");
        standIn.addProject("acme-ops", "OPS", "Operations");
        standIn.addRepository("acme-ops", "deploy", "OPS");
        java.time.OffsetDateTime earlier = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(5); // beyond the lookback
        standIn.addPullRequest("acme-ops", "deploy", 1, "before linus installed", "OPEN", earlier, earlier);
        standIn.addAccount("linus", "Linus Customer", "acme-ops");
        install(template, standIn, "cust-linus", "linus");
        await().atMost(10, TimeUnit.SECONDS).until(() -> watermarks.getState(
                "bitbucket:pullRequestCreated:cust-linus@acme-ops/deploy") != null);
        standIn.openPullRequest("acme-ops", "deploy", "linus's change");
        await().atMost(10, TimeUnit.SECONDS).until(() -> connectionsOf(mock, "linus's change").size() == 1);
        assertThat(connectionsOf(mock, "linus's change")).containsExactly("cust-linus");
        assertThat(connectionsOf(mock, "before linus installed")).isEmpty();

        // a removed customer is no longer polled; its watermark stays
        template.requestBodyAndHeader("bitbucket:removeConnection", null, BitbucketConstants.OVERRIDE_CONNECTION,
                "cust-grace");
        int before = RECORDED.size();
        standIn.openPullRequest("acme-labs", "prototype", "after grace left");
        standIn.openPullRequest("acme", "website", "ada again");
        await().atMost(10, TimeUnit.SECONDS).until(() -> connectionsOf(mock, "ada again").size() == 1);
        await().during(Duration.ofMillis(600)).atMost(5, TimeUnit.SECONDS)
                .until(() -> connectionsOf(mock, "after grace left").isEmpty());
        assertThat(RECORDED.subList(before, RECORDED.size())).noneMatch(r -> r.path().contains("/acme-labs/"));
        assertThat(watermarks.getState("bitbucket:pullRequestCreated:cust-grace@acme-labs/prototype")).isNotNull();
        assertThat(mock.getReceivedExchanges()).extracting(e -> e.getIn().getHeader(BitbucketConstants.CONNECTION))
                .doesNotContainNull();
    }

    @Test
    void aRateLimitedCustomerHoldsBackAloneAndTheOthersKeepTheirPace() throws Exception {
        MockEndpoint mock = watchAdaAndGrace();
        standIn.live().rateLimitAccount("ada", true);
        int before = RECORDED.size();
        for (int i = 1; i <= 3; i++) {
            String title = "grace's change " + i;
            standIn.openPullRequest("acme-labs", "prototype", title);
            await().atMost(3, TimeUnit.SECONDS).until(() -> connectionsOf(mock, title).size() == 1);
        }
        standIn.openPullRequest("acme", "website", "ada's change while limited");
        await().during(Duration.ofMillis(800)).atMost(5, TimeUnit.SECONDS)
                .until(() -> connectionsOf(mock, "ada's change while limited").isEmpty());
        List<BitbucketStandIn.Recorded> limited = RECORDED.subList(before, RECORDED.size()).stream()
                .filter(r -> r.status() == 429).toList();
        // one 429, then ada's polls wait (a minute at least); grace's went on every 200 ms
        assertThat(limited).hasSize(1);
        BitbucketConsumer consumer = (BitbucketConsumer) context.getRoute("every-customer").getConsumer();
        assertThat(consumer.connectionStatus().get("cust-ada")).containsEntry("rateLimits", 1)
                .extractingByKey("rateLimitedUntil").isNotNull();
        assertThat(consumer.connectionStatus().get("cust-grace")).containsEntry("rateLimits", 0);
    }

    @Test
    void aCustomerWithManyRepositoriesCannotStarveTheOthersNorOverspendItsBudget() throws Exception {
        standIn.addWorkspace("bigco", "Big Co");
        standIn.addProject("bigco", "ALL", "Everything");
        for (int i = 0; i < 150; i++) {
            standIn.addRepository("bigco", "repo-" + i, "ALL");
        }
        standIn.addAccount("big", "Big Customer", "bigco");
        install(template, standIn, "cust-big", "big");
        install(template, standIn, "cust-grace", "grace");
        // 3,600 requests an hour at a delay of 200 ms: at most 1 request per cycle of each customer
        MockEndpoint mock = route("bitbucket:pullRequestCreated?connection=*&repoSlug=*&delay=200"
                                  + "&connectionHourlyBudget=3600&stateRepository=#watermarks");
        await().atMost(10, TimeUnit.SECONDS).until(() -> watermarks.getState(
                "bitbucket:pullRequestCreated:cust-grace@acme-labs/prototype") != null);
        int before = RECORDED.size();
        standIn.openPullRequest("acme-labs", "prototype", "small customer's change");
        await().atMost(3, TimeUnit.SECONDS).until(() -> connectionsOf(mock, "small customer's change").size() == 1);
        long bigRequests = RECORDED.subList(before, RECORDED.size()).stream()
                .filter(r -> r.path().contains("/bigco")).count();
        long graceRequests = RECORDED.subList(before, RECORDED.size()).stream()
                .filter(r -> r.path().contains("/acme-labs")).count();
        // both get their turn at the same pace: the big one's 150 repositories wait for later cycles
        assertThat(bigRequests).isLessThanOrEqualTo(graceRequests * 2 + 4);
        BitbucketConsumer consumer = (BitbucketConsumer) context.getRoute("every-customer").getConsumer();
        assertThat(consumer.connectionStatus().get("cust-big")).containsEntry("targets", 150);
    }

    @Test
    void aWorkspaceTriggerWatchesEachCustomersOwnWorkspaces() throws Exception {
        install(template, standIn, "cust-ada", "ada");
        install(template, standIn, "cust-grace", "grace");
        MockEndpoint mock = route("bitbucket:repositoryCreated?connection=*&delay=200&connectionHourlyBudget=100000"
                                  + "&stateRepository=#watermarks");
        await().atMost(10, TimeUnit.SECONDS).until(() -> watermarks.getState(
                "bitbucket:repositoryCreated:cust-ada@acme/") != null
                && watermarks.getState("bitbucket:repositoryCreated:cust-grace@acme-labs/") != null);
        standIn.addRepository("acme", "docs", "WEB");
        standIn.addRepository("acme-labs", "sensors", "PROTO");
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() >= 2);
        assertThat(mock.getReceivedExchanges()).extracting(e -> e.getIn().getHeader(BitbucketConstants.CONNECTION)
                + " " + e.getIn().getBody(io.github.camelbitbucket.model.Repository.class).getFullName())
                .containsExactlyInAnyOrder("cust-ada acme/docs", "cust-grace acme-labs/sensors");
    }

    @Test
    void badFleetOptionsFailAtStartNamingTheOption() {
        assertThatThrownBy(() -> route("bitbucket:pullRequestCreated?connection=*")).hasStackTraceContaining(
                "connection=* on a repository trigger needs repoSlug");
        assertThatThrownBy(() -> route("bitbucket:repositoryCreated?connection=*&repoSlug=*", "second"))
                .hasStackTraceContaining("repoSlug=* is for repository triggers");
    }
}
