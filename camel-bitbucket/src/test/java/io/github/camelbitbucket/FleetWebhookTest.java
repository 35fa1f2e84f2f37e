package io.github.camelbitbucket;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitbucket.model.PullRequest;
import io.github.camelbitbucket.webhook.WebhookEvents;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What an operator meets on a fleet: an idempotent repository that fails loses nothing and stops nothing (a delivery
 * is answered 5xx so Bitbucket re-sends it, a queued event is left for the reconciling poll, a poll reports and tries
 * again), the generic webhook consumer models only the events it lists, and misconfiguration fails at route start.
 */
class FleetWebhookTest extends WebhookTestSupport {

    @RegisterExtension
    static TraceLogCapture logs = new TraceLogCapture();

    /** An IdempotentRepository that throws, for the keys a predicate picks, while switched on. */
    static final class FlakyRepository implements IdempotentRepository {
        final IdempotentRepository memory = MemoryIdempotentRepository.memoryIdempotentRepository(1000);
        volatile Predicate<String> failOn = k -> false;

        private void check(String key) {
            if (failOn.test(key)) {
                throw new IllegalStateException("database unreachable (made up)");
            }
        }

        @Override
        public boolean add(String key) {
            check(key);
            return memory.add(key);
        }

        @Override
        public boolean contains(String key) {
            check(key);
            return memory.contains(key);
        }

        @Override
        public boolean remove(String key) {
            check(key);
            return memory.remove(key);
        }

        @Override
        public boolean confirm(String key) {
            return true;
        }

        @Override
        public void clear() {
            memory.clear();
        }

        @Override
        public void start() {
            memory.start();
        }

        @Override
        public void stop() {
            memory.stop();
        }
    }

    private static final String PR = "{\"repository\":{\"full_name\":\"acme/website\"},\"pullrequest\":{\"id\":%d,"
                                     + "\"title\":\"t\",\"created_on\":\"2026-11-29T10:00:00.000000+00:00\"}}";

    private static int deliver(String path, String key, String body, String requestUuid) throws Exception {
        return post(path, key, body, SECRET, Map.of("X-Request-UUID", requestUuid));
    }

    @Test
    void aDeliveryTheStoreCannotRecordIsAnswered503AndTakenWhenBitbucketSendsItAgain() throws Exception {
        FlakyRepository store = new FlakyRepository();
        context.getRegistry().bind("flaky", store);
        MockEndpoint mock = route("receiver", "bitbucket:pullRequestCreated?workspace=acme&repoSlug=website"
                                              + "&delivery=webhook&webhookSecret=" + SECRET
                                              + "&webhookPath=/flaky-receiver&idempotentRepository=#flaky");
        String uuid = UUID.randomUUID().toString();
        store.failOn = k -> true;
        assertThat(deliver("/flaky-receiver", "pullrequest:created", String.format(PR, 901), uuid)).isEqualTo(503);
        store.failOn = k -> false;
        // Bitbucket re-sends a 5xx at once, with the same request id
        assertThat(deliver("/flaky-receiver", "pullrequest:created", String.format(PR, 901), uuid)).isEqualTo(202);
        await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 1);
        assertThat(deliver("/flaky-receiver", "pullrequest:created", String.format(PR, 901), uuid)).isEqualTo(200);
        await().during(Duration.ofMillis(300)).atMost(2, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 1);
        assertThat(logs.text()).contains("answered 503: the idempotent repository failed");
        context.getRouteController().stopRoute("receiver");
    }

    @Test
    void anEventWhoseKeyCannotBeKeptIsLeftForTheReconcilingPollAndAPollRecoversWithTheStore() throws Exception {
        FlakyRepository store = new FlakyRepository();
        context.getRegistry().bind("flaky2", store);
        String repo = "flaky" + System.nanoTime() % 100000;
        standIn.addRepository("acme", repo, "WEB");
        String path = "/flaky-both";
        MockEndpoint mock = route("both", "bitbucket:pullRequestCreated?workspace=acme&repoSlug=" + repo
                                          + "&delivery=both&webhookSecret=" + SECRET + "&webhookPath=" + path
                                          + "&webhookRegister=true&webhookExternalUrl=" + url(path)
                                          + "&idempotentRepository=#flaky2&reconcileDelay=600000&initialDelay=600000");
        BitbucketConsumer consumer = (BitbucketConsumer) context.getRoute("both").getConsumer();
        // the delivery id is recorded, the event's key is not: the delivery is acknowledged, the event kept back
        store.failOn = k -> k.startsWith("pullRequestCreated|");
        int id = standIn.openPullRequest("acme", repo, "Arrives while the store is down");
        await().atMost(5, TimeUnit.SECONDS).until(() -> logs.text().contains("is not handed over now"));
        assertThat(mock.getReceivedCounter()).isZero();

        consumer.run(); // the reconciling poll, store still down: it reports and delivers nothing
        assertThat(mock.getReceivedCounter()).isZero();
        assertThat(consumer.getLastFailure()).contains("database unreachable");

        store.failOn = k -> false;
        consumer.run(); // the store is back: the poll delivers the event, once
        await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 1);
        assertThat(mock.getReceivedExchanges().get(0).getIn().getBody(PullRequest.class).getId().intValue()).isEqualTo(id);
        assertThat(mock.getReceivedExchanges().get(0).getIn().getHeader(BitbucketConstants.DELIVERY)).isEqualTo("poll");
        consumer.run();
        await().during(Duration.ofMillis(300)).atMost(2, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 1);
        context.getRouteController().stopRoute("both");
        context.removeRoute("both");
    }

    /** Atlassian's documented payload shapes (event payloads reference), reduced to what identifies them. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "pullrequest:created|PullRequest|pullrequest",
            "pullrequest:updated|PullRequest|pullrequest",
            "pullrequest:approved|PullRequest|pullrequest",
            "pullrequest:unapproved|PullRequest|pullrequest",
            "pullrequest:fulfilled|PullRequest|pullrequest",
            "pullrequest:rejected|PullRequest|pullrequest",
            "pullrequest:changes_request_created|PullRequest|pullrequest",
            "pullrequest:changes_request_removed|PullRequest|pullrequest",
            "issue:created|Issue|issue",
            "issue:updated|Issue|issue",
            "repo:created|Repository|repository",
            "repo:updated|Repository|repository",
            "project:updated|Project|project",
            "repo:push|JsonNode|push",
            "repo:fork|JsonNode|fork",
            "repo:commit_status_created|JsonNode|commit_status",
            "repo:commit_status_updated|JsonNode|commit_status",
            "repo:commit_comment_created|JsonNode|comment",
            "repo:transfer|JsonNode|previous_workspace",
            "repo:deleted|JsonNode|repository",
            "pullrequest:comment_created|JsonNode|comment",
            "pullrequest:comment_updated|JsonNode|comment",
            "pullrequest:comment_deleted|JsonNode|comment",
            "pullrequest:comment_resolved|JsonNode|comment",
            "pullrequest:comment_reopened|JsonNode|comment",
            "issue:comment_created|JsonNode|comment"})
    void theGenericConsumerModelsOnlyTheEventsTheReferenceLists(String key, String type, String field) throws Exception {
        String path = "/generic/" + key.replace(':', '-');
        MockEndpoint mock = route("generic-" + key, "bitbucket:webhook?events=" + key + "&webhookSecret=" + SECRET
                                                    + "&webhookPath=" + path);
        String body = "{\"actor\":{\"type\":\"user\",\"display_name\":\"Ada\",\"uuid\":\"{ada}\"},"
                      + "\"repository\":{\"type\":\"repository\",\"full_name\":\"acme/website\",\"name\":\"website\","
                      + "\"uuid\":\"{r}\"},\"" + field + "\":" + payloadOf(field) + "}";
        assertThat(deliver(path, key, body, UUID.randomUUID().toString())).isEqualTo(202);
        await().atMost(5, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 1);
        Object received = mock.getReceivedExchanges().get(0).getIn().getBody();
        assertThat(WebhookEvents.modelOf(key) == null ? "JsonNode" : WebhookEvents.modelOf(key).getSimpleName())
                .isEqualTo(type);
        if ("JsonNode".equals(type)) {
            assertThat(received).isInstanceOf(JsonNode.class);
            assertThat(((JsonNode) received).path(field).isObject()).as("the whole payload, its content kept").isTrue();
        } else {
            assertThat(received.getClass().getSimpleName()).isEqualTo(type);
        }
        context.getRouteController().stopRoute("generic-" + key);
        context.removeRoute("generic-" + key);
    }

    private static String payloadOf(String field) {
        return switch (field) {
            case "pullrequest" -> "{\"type\":\"pullrequest\",\"id\":5,\"title\":\"t\",\"state\":\"OPEN\","
                                  + "\"created_on\":\"2026-11-29T10:00:00.000000+00:00\"}";
            case "issue" -> "{\"type\":\"issue\",\"id\":5,\"title\":\"t\",\"state\":\"new\"}";
            case "repository" -> "{\"type\":\"repository\",\"full_name\":\"acme/website\",\"name\":\"website\"}";
            case "project" -> "{\"type\":\"project\",\"key\":\"WEB\",\"name\":\"Website\"}";
            case "commit_status" -> "{\"type\":\"commit_status\",\"key\":\"ci\",\"name\":\"Build #7\",\"state\":"
                                    + "\"SUCCESSFUL\",\"url\":\"https://ci.example.com/7\",\"refname\":\"main\","
                                    + "\"created_on\":\"2026-11-29T10:00:00.000000+00:00\"}";
            case "comment" -> "{\"type\":\"pullrequest_comment\",\"id\":17,\"content\":{\"raw\":\"Looks good\"}}";
            case "fork" -> "{\"type\":\"repository\",\"full_name\":\"someone/website\"}";
            case "push" -> "{\"changes\":[]}";
            default -> "{\"type\":\"workspace\",\"slug\":\"old\"}";
        };
    }

    @Test
    void startWarnsOfUnsignedDeliveriesAndOfWhatDeliveryWebhookCannotRecover() throws Exception {
        route("unsigned", "bitbucket:webhook?webhookAllowUnsigned=true&webhookPath=/unsigned");
        route("webhook-only", "bitbucket:pullRequestCreated?workspace=acme&repoSlug=website&delivery=webhook"
                              + "&webhookSecret=" + SECRET + "&webhookPath=/webhook-only");
        String text = logs.text();
        assertThat(text).contains("WARN").contains("webhookAllowUnsigned=true: deliveries on /unsigned are not signed");
        assertThat(text).contains("delivery=webhook: Bitbucket re-sends only deliveries answered 5xx, at most twice")
                .contains("256 KB").contains("delivery=both");
        assertThat(text.lines().filter(l -> l.contains("delivery=webhook:") || l.contains("not signed")))
                .isNotEmpty().noneMatch(l -> l.contains(SECRET));
        context.getRouteController().stopRoute("unsigned");
        context.getRouteController().stopRoute("webhook-only");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"issueCreated,repoSlug=website", "issueUpdated,repoSlug=website", "pullRequestCreated,repoSlug=website",
            "pullRequestUpdated,repoSlug=website", "commitPushed,repoSlug=website", "repositoryCreated,",
            "projectCreated,", "projectUpdated,"})
    void aTriggerWithoutItsWorkspaceFailsAtRouteStart(String trigger, String repo) {
        for (String delivery : List.of("poll", "webhook", "both")) {
            if (trigger.equals("projectCreated") && !delivery.equals("poll")) {
                continue;
            }
            String uri = "bitbucket:" + trigger + "?delivery=" + delivery + "&webhookSecret=" + SECRET
                         + (repo == null ? "" : "&" + repo) + "&webhookPath=/start-" + trigger + "-" + delivery;
            assertThatThrownBy(() -> route("start-" + trigger + "-" + delivery, uri)).as(uri)
                    .hasStackTraceContaining(trigger + " needs workspace")
                    .hasStackTraceContaining("option 'workspace'");
        }
        if (repo != null) {
            String uri = "bitbucket:" + trigger + "?workspace=acme&webhookSecret=" + SECRET;
            assertThatThrownBy(() -> route("start-" + trigger + "-norepo", uri)).as(uri)
                    .hasStackTraceContaining("option 'repoSlug'");
        }
    }
}
