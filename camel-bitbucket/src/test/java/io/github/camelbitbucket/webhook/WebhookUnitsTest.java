package io.github.camelbitbucket.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.BitbucketOperation;
import io.github.camelbitbucket.trigger.Event;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookUnitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSignatureIsHmacSha256OfTheRawBodyInHex() {
        WebhookSignature s = new WebhookSignature("It's a Secret to Everybody");
        byte[] body = "Hello, World!".getBytes(StandardCharsets.UTF_8);
        // the HMAC-SHA256 test vector GitHub documents for the same scheme
        assertThat(s.sign(body)).isEqualTo("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
        assertThat(s.verify(body, s.sign(body))).isTrue();
        assertThat(s.verify(body, s.sign(body).toUpperCase().replace("SHA256=", "sha256="))).isTrue();
        assertThat(s.verify("Hello, World?".getBytes(StandardCharsets.UTF_8), s.sign(body))).isFalse();
        assertThat(s.verify(body, null)).isFalse();
        assertThat(s.toString()).doesNotContain("Secret to Everybody");
    }

    @Test
    void aWebhookEventAndThePolledItemShareTheirIdentity() throws Exception {
        JsonNode polled = JSON.readTree("{\"id\":7,\"title\":\"x\",\"updated_on\":\"2026-11-29T10:00:00.123456+00:00\"}");
        Event fromPoll = Event.of(polled, "updated_on", null);
        JsonNode payload = JSON.readTree("{\"repository\":{\"full_name\":\"acme/web\"},\"pullrequest\":{\"id\":7,"
                                         + "\"updated_on\":\"2026-11-29T10:00:00.123456Z\",\"extra\":1}}");
        WebhookEvents.Items items = WebhookEvents.itemsOf(BitbucketOperation.pullRequestUpdated.triggerSpec("acme", "web", null), Set.of(),
                new WebhookCheck.Delivery("pullrequest:updated", "r1", "h1", 1, payload));
        assertThat(items.items()).singleElement().satisfies(i -> assertThat(i.identity())
                .isEqualTo(BitbucketOperation.pullRequestUpdated.triggerSpec("acme", "web", null).identity(fromPoll)));
        // an approval changes no timestamp: its own date keeps it apart from the update
        WebhookEvents.Items approved = WebhookEvents.itemsOf(BitbucketOperation.pullRequestUpdated.triggerSpec("acme", "web", null), Set.of(),
                new WebhookCheck.Delivery("pullrequest:approved", "r2", "h1", 1, ((com.fasterxml.jackson.databind.node
                        .ObjectNode) payload.deepCopy()).set("approval", JSON.readTree("{\"date\":\"2026-11-29T11:00:00Z\"}"))));
        assertThat(approved.items().get(0).identity()).isNotEqualTo(items.items().get(0).identity());
    }

    @Test
    void aCreationIsKnownByItsIdEvenFromACondensedPayloadWithoutCreatedOn() throws Exception {
        JsonNode polled = JSON.readTree("{\"uuid\":\"{r1}\",\"created_on\":\"2026-11-29T10:00:00.123456+00:00\"}");
        JsonNode payload = JSON.readTree("{\"repository\":{\"type\":\"repository\",\"full_name\":\"acme/new\","
                                         + "\"uuid\":\"{r1}\"}}");
        WebhookEvents.Items items = WebhookEvents.itemsOf(BitbucketOperation.repositoryCreated.triggerSpec("acme", null, null), Set.of(),
                new WebhookCheck.Delivery("repo:created", "r", "h", 1, payload));
        assertThat(items.items().get(0).identity()).isEqualTo(
                BitbucketOperation.repositoryCreated.triggerSpec("acme", null, null).identity(Event.of(polled, "created_on", null)));
    }

    @Test
    void deliveriesForOtherTargetsAreNotTheEndpoints() throws Exception {
        JsonNode other = JSON.readTree("{\"repository\":{\"full_name\":\"acme/other\"},\"issue\":{\"id\":1}}");
        assertThat(WebhookEvents.forTarget(other, "acme", "web")).isFalse();
        assertThat(WebhookEvents.forTarget(other, "acme", null)).isTrue();
        assertThat(WebhookEvents.forTarget(other, "umbrella", null)).isFalse();
        assertThat(WebhookEvents.forTarget(JSON.readTree("{\"project\":{}}"), "acme", null)).isTrue();
    }

    @Test
    void thePushOfABranchNotWatchedHasNoEvents() throws Exception {
        JsonNode push = JSON.readTree("{\"repository\":{\"full_name\":\"acme/web\"},\"push\":{\"changes\":[{\"new\":{"
                                      + "\"type\":\"branch\",\"name\":\"dev\"},\"commits\":[{\"hash\":\"a\"}]},{\"new\":"
                                      + "{\"type\":\"tag\",\"name\":\"main\"},\"commits\":[{\"hash\":\"b\"}]},{\"new\":null,"
                                      + "\"old\":{\"type\":\"branch\",\"name\":\"main\"}}]}}");
        WebhookEvents.Items items = WebhookEvents.itemsOf(BitbucketOperation.commitPushed.triggerSpec("acme", "web", null), Set.of("main"),
                new WebhookCheck.Delivery("repo:push", "r", "h", 1, push));
        assertThat(items.items()).isEmpty();
        assertThat(Map.of("keys", BitbucketOperation.projectCreated.triggerSpec("acme", null, null).eventKeys())).containsEntry("keys", java.util.List.of());
    }
}
