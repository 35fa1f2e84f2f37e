package io.github.camelbitbucket;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitbucket.connection.Hooks;
import io.github.camelbitbucket.connection.MemoryConnectionStore;
import io.github.camelbitbucket.model.PullRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Instant for every customer: installing registers one workspace hook per workspace of the connection (its own secret,
 * calling the one receiver path with the connection at its end); the stand-in sends each workspace's events to its
 * hooks; the route gets each event once, the customer named. A delivery signed with another connection's secret is
 * refused; a payload of another customer's workspace is refused; installing again reuses the hook; removing the
 * connection deletes it.
 */
class ConnectionWebhooksTest extends WebhookTestSupport {

    private static final String BASE = "/bitbucket/webhook/connections";
    private final MemoryConnectionStore store = new MemoryConnectionStore();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        BitbucketConfiguration cfg = context.getComponent("bitbucket", BitbucketComponent.class).getConfiguration();
        cfg.setConnectionStore(store);
        cfg.setStateSecret("made-up-state-secret-of-the-app");
        cfg.setAuthorizeUrl(standIn.authorizeUrl());
        return context;
    }

    private void install(String connection, String account) {
        ConnectionTriggersTest.install(template, standIn, connection, account);
    }

    private static List<String> connectionsOf(MockEndpoint mock, String title) {
        return mock.getReceivedExchanges().stream()
                .filter(e -> title.equals(e.getIn().getBody(PullRequest.class).getTitle()))
                .map(e -> e.getIn().getHeader(BitbucketConstants.CONNECTION, String.class)).toList();
    }

    @Test
    void threeCustomersOnOnePathEachVerifiedWithItsOwnSecret() throws Exception {
        standIn.addWorkspace("acme-ops", "Acme Ops");
        standIn.addProject("acme-ops", "OPS", "Operations");
        standIn.addRepository("acme-ops", "deploy", "OPS");
        standIn.addAccount("linus", "Linus Customer", "acme-ops");
        install("cust-ada", "ada");
        install("cust-grace", "grace");
        MockEndpoint mock = route("every-customer", "bitbucket:pullRequestCreated?connection=*&repoSlug=*"
                                                    + "&delivery=webhook&webhookExternalUrl=" + url(BASE));
        install("cust-linus", "linus"); // while the route runs: its hook is registered at once

        for (String[] c : new String[][] { { "cust-ada", "acme" }, { "cust-grace", "acme-labs" },
                { "cust-linus", "acme-ops" } }) {
            List<ObjectNode> hooks = standIn.webhooks().hooks(c[1], null);
            assertThat(hooks).hasSize(1);
            assertThat(hooks.get(0).path("url").asText()).isEqualTo(url(BASE + "/" + c[0]));
            assertThat(hooks.get(0).path("events").toString()).contains("pullrequest:created");
            assertThat(hooks.get(0).path("secret_set").asBoolean()).isTrue();
        }
        String adaSecret = store.hooks("cust-ada").map(Hooks::secret).orElseThrow();
        String graceSecret = store.hooks("cust-grace").map(Hooks::secret).orElseThrow();
        assertThat(adaSecret).isNotEqualTo(graceSecret).hasSizeGreaterThanOrEqualTo(40);

        standIn.openPullRequest("acme", "website", "ada's change");
        standIn.openPullRequest("acme-labs", "prototype", "grace's change");
        standIn.openPullRequest("acme-ops", "deploy", "linus's change");
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() >= 3);
        assertThat(connectionsOf(mock, "ada's change")).containsExactly("cust-ada");
        assertThat(connectionsOf(mock, "grace's change")).containsExactly("cust-grace");
        assertThat(connectionsOf(mock, "linus's change")).containsExactly("cust-linus");
        assertThat(mock.getReceivedExchanges()).allSatisfy(e -> assertThat(e.getIn()
                .getHeader(BitbucketConstants.DELIVERY, String.class)).isEqualTo("webhook"));

        // ada's path signed with grace's secret; grace's path with a payload of ada's workspace; no such connection
        String payload = "{\"repository\":{\"full_name\":\"acme/website\",\"workspace\":{\"slug\":\"acme\"}},"
                         + "\"pullrequest\":{\"id\":99,\"title\":\"signed by ada's hook secret\",\"created_on\":\"2026-12-01T00:00:00Z\","
                         + "\"updated_on\":\"2026-12-01T00:00:00Z\",\"state\":\"OPEN\"}}";
        assertThat(post(BASE + "/cust-ada", "pullrequest:created", payload, graceSecret, Map.of())).isEqualTo(401);
        assertThat(post(BASE + "/cust-grace", "pullrequest:created", payload, graceSecret, Map.of())).isEqualTo(403);
        assertThat(post(BASE + "/nobody", "pullrequest:created", payload, adaSecret, Map.of())).isEqualTo(404);
        assertThat(post(BASE + "/cust-ada", "pullrequest:created", payload, adaSecret, Map.of())).isEqualTo(202);
        await().atMost(5, TimeUnit.SECONDS).until(() -> connectionsOf(mock, "signed by ada's hook secret").size() == 1);

        // installing again reuses the hook and its secret; removing the connection deletes it
        String uuid = standIn.webhooks().hooks("acme", null).get(0).path("uuid").asText();
        install("cust-ada", "ada");
        assertThat(standIn.webhooks().hooks("acme", null)).hasSize(1).first()
                .satisfies(h -> assertThat(h.path("uuid").asText()).isEqualTo(uuid));
        template.requestBodyAndHeader("bitbucket:removeConnection", null, BitbucketConstants.OVERRIDE_CONNECTION,
                "cust-linus");
        assertThat(standIn.webhooks().hooks("acme-ops", null)).isEmpty();
        assertThat(post(BASE + "/cust-linus", "pullrequest:created", payload, adaSecret, Map.of())).isEqualTo(404);
    }

    @Test
    void bothReconcilesEachConnectionWhenADeliveryIsLost() throws Exception {
        install("cust-ada", "ada");
        install("cust-grace", "grace");
        MockEndpoint mock = route("both", "bitbucket:pullRequestCreated?connection=*&repoSlug=*&delivery=both"
                                          + "&reconcileDelay=300&connectionHourlyBudget=100000&webhookExternalUrl="
                                          + url(BASE));
        await().atMost(10, TimeUnit.SECONDS).until(() -> ((BitbucketConsumer) context.getRoute("both").getConsumer())
                .connectionStatus().values().stream().allMatch(s -> s.get("lastPollAt") != null));
        standIn.webhooks().dropNext(1);
        standIn.openPullRequest("acme", "website", "lost on the way");
        standIn.openPullRequest("acme-labs", "prototype", "delivered at once");
        await().atMost(10, TimeUnit.SECONDS).until(() -> connectionsOf(mock, "lost on the way").size() == 1
                && connectionsOf(mock, "delivered at once").size() == 1);
        await().during(java.time.Duration.ofMillis(900)).atMost(5, TimeUnit.SECONDS).until(
                () -> connectionsOf(mock, "lost on the way").size() == 1
                      && connectionsOf(mock, "delivered at once").size() == 1);
        assertThat(mock.getReceivedExchanges().stream().filter(e -> "lost on the way".equals(
                e.getIn().getBody(PullRequest.class).getTitle())).findFirst().orElseThrow().getIn()
                .getHeader(BitbucketConstants.DELIVERY)).isEqualTo("poll");
        assertThat(connectionsOf(mock, "delivered at once")).containsExactly("cust-grace");
    }

    @Test
    void pushesOfEveryCustomerReachACommitTriggerOnItsMainBranch() throws Exception {
        install("cust-ada", "ada");
        install("cust-grace", "grace");
        MockEndpoint mock = route("pushes", "bitbucket:commitPushed?connection=*&repoSlug=*&delivery=webhook"
                                            + "&webhookExternalUrl=" + url(BASE));
        standIn.push("acme", "website", "main", "Ada's fix");
        standIn.push("acme-labs", "prototype", "main", "Grace's experiment");
        standIn.push("acme", "website", "feature/x", "Not on the main branch");
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() >= 2);
        await().during(java.time.Duration.ofMillis(500)).atMost(5, TimeUnit.SECONDS)
                .until(() -> mock.getReceivedCounter() == 2);
        assertThat(mock.getReceivedExchanges()).extracting(e -> e.getIn().getHeader(BitbucketConstants.CONNECTION)
                + " " + e.getIn().getBody(io.github.camelbitbucket.model.Commit.class).getMessage().trim())
                .containsExactlyInAnyOrder("cust-ada Ada's fix", "cust-grace Grace's experiment");
    }
}
