package io.github.camelbitbucket;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitbucket.model.Commit;
import io.github.camelbitbucket.model.PullRequest;
import io.github.camelbitbucket.standin.Webhooks;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Instant triggers end to end: the stand-in registers the route's subscription and sends signed deliveries; the route
 * gets the same bodies and headers as the polling trigger, once per event, and the reconciling poll of delivery=both
 * brings what deliveries lost.
 */
class WebhookTest extends WebhookTestSupport {

    private static final String PR_PATH = "/bitbucket/webhook/acme/website/pullRequestCreated";

    @AfterEach
    void resetStandIn() {
        standIn.webhooks().dropNext(0);
        standIn.webhooks().duplicate(false);
    }

    private void removeRoute(String id) throws Exception {
        context.getRouteController().stopRoute(id);
        context.removeRoute(id);
    }

    private static String prTrigger(String delivery, String extra) {
        return "bitbucket:pullRequestCreated?workspace=acme&repoSlug=website&delivery=" + delivery + "&webhookSecret="
               + SECRET + "&webhookRegister=true&webhookExternalUrl=" + url(PR_PATH) + extra;
    }

    /** A webhook-only trigger on acme/website that registers its hook for the given path. */
    private static String registered(String trigger, String path) {
        return "bitbucket:" + trigger + "?workspace=acme&repoSlug=website&delivery=webhook&webhookSecret=" + SECRET
               + "&webhookPath=" + path + "&webhookRegister=true&webhookExternalUrl=" + url(path);
    }

    @Test
    void aPullRequestArrivesByWebhookWithThePollingTriggersBodyAndHeaders() throws Exception {
        MockEndpoint mock = route("instant", prTrigger("webhook", ""));
        assertThat(standIn.webhooks().hooks("acme", "website")).singleElement().satisfies(h -> {
            assertThat(h.path("url").asText()).isEqualTo(url(PR_PATH));
            assertThat(h.path("events").toString()).isEqualTo("[\"pullrequest:created\"]");
            assertThat(h.path("secret_set").asBoolean()).isTrue();
        });
        int id = standIn.openPullRequest("acme", "website", "Instant");

        await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 1);
        Exchange e = mock.getReceivedExchanges().get(0);
        assertThat(e.getIn().getBody()).isInstanceOfSatisfying(PullRequest.class,
                pr -> assertThat(pr.getId().intValue()).isEqualTo(id));
        assertThat(e.getIn().getHeaders()).containsEntry(BitbucketConstants.DELIVERY, "webhook")
                .containsEntry(BitbucketConstants.WEBHOOK_EVENT_KEY, "pullrequest:created")
                .containsEntry(BitbucketConstants.EVENT_TYPE, "pullRequestCreated")
                .containsEntry(BitbucketConstants.ITEM_ID, String.valueOf(id))
                .containsEntry(BitbucketConstants.WORKSPACE, "acme").containsEntry(BitbucketConstants.REPO_SLUG, "website")
                .containsKey(BitbucketConstants.WEBHOOK_DELIVERY_ID).containsKey(BitbucketConstants.EVENT_TIMESTAMP);
        assertThat(e.getIn().getHeader(BitbucketConstants.WEBHOOK_PAYLOAD, JsonNode.class).path("actor")
                .path("display_name").asText()).isEqualTo("Demo User");
        // the subscription the route created goes with it
        removeRoute("instant");
        assertThat(standIn.webhooks().hooks("acme", "website")).isEmpty();
    }

    @Test
    void anExistingHookWithTheSameUrlIsReusedUpdatedAndKept() throws Exception {
        String uuid = standIn.webhooks().addHook("acme", "website", url(PR_PATH), "old-secret", "repo:push");
        MockEndpoint mock = route("reuse", prTrigger("webhook", ""));
        List<ObjectNode> hooks = standIn.webhooks().hooks("acme", "website");
        assertThat(hooks).singleElement().satisfies(h -> {
            assertThat(h.path("uuid").asText()).isEqualTo(uuid);
            assertThat(h.path("events").toString()).contains("pullrequest:created", "repo:push");
        });
        standIn.openPullRequest("acme", "website", "Through the reused hook");
        // signed with the route's secret: the reused hook was given it
        await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 1);
        removeRoute("reuse");
        assertThat(standIn.webhooks().hooks("acme", "website")).extracting(h -> h.path("uuid").asText())
                .containsExactly(uuid);
        standIn.webhooks().removeHook("acme", "website", uuid);
        assertThat(standIn.webhooks().hooks("acme", "website")).isEmpty();
    }

    @Test
    void aRedeliveryIsHandedOverOnce() throws Exception {
        MockEndpoint mock = route("redelivery", prTrigger("webhook", ""));
        standIn.webhooks().duplicate(true);
        standIn.openPullRequest("acme", "website", "Sent twice");

        await().atMost(5, TimeUnit.SECONDS).until(() -> standIn.webhooks().sent().stream()
                .filter(s -> s.url().equals(url(PR_PATH)) && s.attempt() == 2).count() == 1);
        List<Webhooks.Sent> sent = standIn.webhooks().sent().stream().filter(s -> s.url().equals(url(PR_PATH))).toList();
        Webhooks.Sent last = sent.get(sent.size() - 1);
        assertThat(last.status()).as("a replay is acknowledged").isEqualTo(200);
        assertThat(sent.get(sent.size() - 2).requestUuid()).isEqualTo(last.requestUuid());
        await().during(Duration.ofMillis(500)).atMost(3, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 1);
        removeRoute("redelivery");
    }

    @Test
    void droppedDeliveriesAreBroughtByTheReconcilingPollExactlyOnce() throws Exception {
        MockEndpoint mock = route("backstop", prTrigger("both", "&reconcileDelay=600000&initialDelay=600000"));
        BitbucketConsumer consumer = (BitbucketConsumer) context.getRoute("backstop").getConsumer();
        standIn.webhooks().dropNext(2);
        int lost1 = standIn.openPullRequest("acme", "website", "Lost on the way 1");
        int lost2 = standIn.openPullRequest("acme", "website", "Lost on the way 2");
        int arrived = standIn.openPullRequest("acme", "website", "Arrived");
        await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 1);
        assertThat(mock.getReceivedExchanges().get(0).getIn().getBody(PullRequest.class).getId().intValue()).isEqualTo(arrived);

        consumer.run(); // the reconciling poll (its schedule is minutes; run once now)

        await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 3);
        assertThat(mock.getReceivedExchanges().stream().map(e -> e.getIn().getBody(PullRequest.class).getId().intValue()))
                .containsExactly(arrived, lost1, lost2);
        assertThat(mock.getReceivedExchanges().subList(1, 3))
                .allSatisfy(e -> assertThat(e.getIn().getHeader(BitbucketConstants.DELIVERY)).isEqualTo("poll"));
        consumer.run(); // again: nothing is new, nothing comes twice
        standIn.openPullRequest("acme", "website", "Delivered by webhook, then seen by the poll");
        await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 4);
        consumer.run();
        await().during(Duration.ofMillis(500)).atMost(3, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 4);
        removeRoute("backstop");
    }

    @Test
    void aPushFiresCommitPushedPerCommitOldestFirstOnTheWatchedBranchOnly() throws Exception {
        MockEndpoint mock = route("push", registered("commitPushed", "/push"));
        List<String> newestFirst = standIn.pushAll("acme", "website", "main", "one", "two", "three");
        standIn.push("acme", "website", "feature/x", "elsewhere");

        await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 3);
        assertThat(mock.getReceivedExchanges().stream().map(e -> e.getIn().getBody(Commit.class).getHash()))
                .containsExactly(newestFirst.get(2), newestFirst.get(1), newestFirst.get(0));
        assertThat(mock.getReceivedExchanges()).allSatisfy(e -> assertThat(e.getIn().getHeaders())
                .containsEntry(BitbucketConstants.BRANCH, "main")
                .containsEntry(BitbucketConstants.WEBHOOK_EVENT_KEY, "repo:push"));
        await().during(Duration.ofMillis(300)).atMost(2, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 3);
        removeRoute("push");
    }

    @Test
    void approvalsMergesAndDeclinesFirePullRequestUpdated() throws Exception {
        MockEndpoint mock = route("updated", registered("pullRequestUpdated", "/updated"));
        int id = standIn.openPullRequest("acme", "website", "To be reviewed");
        standIn.approvePullRequest("acme", "website", id);
        standIn.changePullRequest("acme", "website", id, "MERGED");
        int other = standIn.openPullRequest("acme", "website", "To be declined");
        standIn.changePullRequest("acme", "website", other, "DECLINED");

        await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 3);
        assertThat(mock.getReceivedExchanges().stream().map(e -> e.getIn().getHeader(
                BitbucketConstants.WEBHOOK_EVENT_KEY))).containsExactly("pullrequest:approved", "pullrequest:fulfilled",
                        "pullrequest:rejected");
        removeRoute("updated");
    }

    @Test
    void theGenericWebhookConsumerHandsOverAnyEventTypedWhereAModelExists() throws Exception {
        String path = "/any";
        MockEndpoint mock = route("any", "bitbucket:webhook?events=repo:push,pullrequest:created&webhookSecret="
                                         + SECRET + "&webhookPath=" + path);
        String hook = standIn.webhooks().addHook("acme", null, url(path), SECRET, "repo:push", "pullrequest:created");
        standIn.push("acme", "website", "main", "anything");
        standIn.openPullRequest("acme", "website", "Typed");

        await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 2);
        assertThat(mock.getReceivedExchanges().get(0).getIn().getBody()).isInstanceOf(JsonNode.class);
        assertThat(mock.getReceivedExchanges().get(0).getIn().getBody(JsonNode.class).path("push").path("changes")
                .isArray()).isTrue();
        assertThat(mock.getReceivedExchanges().get(1).getIn().getBody()).isInstanceOf(PullRequest.class);
        assertThat(mock.getReceivedExchanges().get(1).getIn().getHeaders())
                .containsEntry(BitbucketConstants.REPO_SLUG, "website")
                .containsEntry(BitbucketConstants.WEBHOOK_EVENT_KEY, "pullrequest:created");
        removeRoute("any");
        standIn.webhooks().removeHook("acme", null, hook);
    }

    /**
     * Two nodes (here two routes, each with its own hook and path) sharing one IdempotentRepository: Bitbucket delivers
     * the event to both, with different delivery ids; it is handed over once.
     */
    @Test
    void nodesSharingAnIdempotentRepositoryHandOverAnEventOnce() throws Exception {
        context.getRegistry().bind("shared", org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository
                .memoryIdempotentRepository(100));
        String common = "bitbucket:pullRequestCreated?workspace=acme&repoSlug=website&delivery=webhook&webhookSecret="
                        + SECRET + "&idempotentRepository=#shared&webhookRegister=true";
        MockEndpoint nodeA = route("nodeA", common + "&webhookPath=/node-a&webhookExternalUrl=" + url("/node-a"));
        MockEndpoint nodeB = route("nodeB", common + "&webhookPath=/node-b&webhookExternalUrl=" + url("/node-b"));
        assertThat(standIn.webhooks().hooks("acme", "website")).hasSize(2);
        standIn.openPullRequest("acme", "website", "Seen by both nodes");

        await().atMost(5, TimeUnit.SECONDS).until(() -> standIn.webhooks().sent().stream()
                .filter(s -> s.url().endsWith("/node-a") || s.url().endsWith("/node-b")).count() == 2);
        await().during(Duration.ofMillis(500)).atMost(3, TimeUnit.SECONDS)
                .until(() -> nodeA.getReceivedCounter() + nodeB.getReceivedCounter() == 1);
        removeRoute("nodeA");
        removeRoute("nodeB");
        assertThat(standIn.webhooks().hooks("acme", "website")).isEmpty();
    }

    @Test
    void aSlowRouteDoesNotDelayTheAnswer() throws Exception {
        String path = "/slow";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:pullRequestCreated?workspace=acme&repoSlug=website&delivery=webhook&webhookSecret="
                     + SECRET + "&webhookPath=" + path).routeId("slow").delay(3000).to("mock:slow");
            }
        });
        String body = "{\"repository\":{\"full_name\":\"acme/website\"},\"pullrequest\":{\"id\":77,\"created_on\":"
                      + "\"2026-11-29T10:00:00.000000+00:00\"}}";
        long t0 = System.nanoTime();
        assertThat(post(path, "pullrequest:created", body, SECRET, Map.of())).isEqualTo(202);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        MockEndpoint mock = getMockEndpoint("mock:slow");
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 1);
        removeRoute("slow");
    }

    @Test
    void aFullHandOverQueueAnswers503SoBitbucketSendsAgain() throws Exception {
        String path = "/full";
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:pullRequestCreated?workspace=acme&repoSlug=website&delivery=webhook&webhookSecret="
                     + SECRET + "&webhookPath=" + path + "&webhookQueueSize=1").routeId("full")
                        .process(e -> release.await(10, TimeUnit.SECONDS)).to("mock:full");
            }
        });
        String body = "{\"repository\":{\"full_name\":\"acme/website\"},\"pullrequest\":{\"id\":%d,\"created_on\":"
                      + "\"2026-11-29T10:00:00.000000+00:00\"}}";
        assertThat(post(path, "pullrequest:created", String.format(body, 1), SECRET, Map.of())).isEqualTo(202);
        await().atMost(5, TimeUnit.SECONDS).until(() -> context.getInflightRepository().size("full") == 1);
        assertThat(post(path, "pullrequest:created", String.format(body, 2), SECRET, Map.of())).isEqualTo(202);
        assertThat(post(path, "pullrequest:created", String.format(body, 3), SECRET, Map.of())).isEqualTo(503);
        release.countDown();
        MockEndpoint mock = getMockEndpoint("mock:full");
        await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 2);
        removeRoute("full");
    }

    @Test
    void startIsRefusedWithoutASecretForProjectCreatedAndWithoutAnExternalUrl() {
        assertThatThrownBy(() -> route("nosecret", "bitbucket:pullRequestCreated?workspace=acme&repoSlug=website"
                                                   + "&delivery=webhook"))
                .hasStackTraceContaining("webhookSecret").hasStackTraceContaining("webhookAllowUnsigned");
        assertThatThrownBy(() -> route("noevent", "bitbucket:projectCreated?workspace=acme&delivery=both&webhookSecret="
                                                  + SECRET))
                .hasStackTraceContaining("Bitbucket sends no webhook event for projectCreated; use delivery=poll");
        assertThatThrownBy(() -> route("nourl", "bitbucket:issueCreated?workspace=acme&repoSlug=website"
                                                + "&delivery=webhook&webhookSecret=" + SECRET + "&webhookRegister=true"))
                .hasStackTraceContaining("webhookRegister needs webhookExternalUrl");
    }
}
