package io.github.camelbitbucket;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.github.camelbitbucket.standin.Webhooks;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What must never reach a route: forged, replayed, malformed, oversized or misaddressed deliveries. Each is answered
 * with its status, logged without the secret or the body, and delivers nothing.
 */
class WebhookBadInputTest extends WebhookTestSupport {

    @RegisterExtension
    static final TraceLogCapture LOGS = new TraceLogCapture();

    private static final String PATH = "/bitbucket/bad";
    private static final String MARKER = "BODY-MARKER-7f3a";
    private static final String GOOD = "{\"repository\":{\"full_name\":\"acme/website\"},\"pullrequest\":{\"id\":5,"
                                       + "\"title\":\"" + MARKER + "\",\"created_on\":\"2026-11-29T10:00:00.000000+00:00\"}}";

    /** The secret set on the component (as credentials are), so no URI carries it into Camel's own logs. */
    @Override
    protected org.apache.camel.CamelContext createCamelContext() throws Exception {
        org.apache.camel.CamelContext context = super.createCamelContext();
        context.getComponent("bitbucket", BitbucketComponent.class).getConfiguration().setWebhookSecret(SECRET);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:pullRequestCreated?workspace=acme&repoSlug=website&delivery=webhook&webhookPath=" + PATH
                     + "&webhookMaxBodySize=4096").to("mock:events");
            }
        };
    }

    /** One request: method, headers (a null value leaves the header out), body, and the signature to send. */
    private record Bad(String method, Map<String, String> headers, String body, String signature, int status) {
    }

    private static Map<String, String> headers(String... overrides) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.put("X-Event-Key", "pullrequest:created");
        h.put("X-Request-UUID", UUID.randomUUID().toString());
        h.put("X-Hook-UUID", "{hook}");
        for (int i = 0; i < overrides.length; i += 2) {
            h.put(overrides[i], overrides[i + 1]);
        }
        return h;
    }

    private static String sign(String body) {
        return "sha256=" + Webhooks.hmac(SECRET, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Bad> cases() {
        Map<String, Bad> c = new LinkedHashMap<>();
        c.put("no signature", new Bad("POST", headers(), GOOD, null, 401));
        c.put("signed with another secret", new Bad("POST", headers(), GOOD,
                "sha256=" + Webhooks.hmac("another-secret", GOOD.getBytes(StandardCharsets.UTF_8)), 401));
        c.put("sha1 instead of sha256", new Bad("POST", headers(), GOOD, sign(GOOD).replace("sha256=", "sha1="), 401));
        c.put("signature not hex", new Bad("POST", headers(), GOOD, "sha256=" + "zz".repeat(32), 401));
        c.put("signature cut short", new Bad("POST", headers(), GOOD, sign(GOOD).substring(0, 40), 401));
        c.put("body changed after signing", new Bad("POST", headers(), GOOD.replace("\"id\":5", "\"id\":6"), sign(GOOD),
                401));
        c.put("no X-Event-Key", new Bad("POST", headers("X-Event-Key", null), GOOD, sign(GOOD), 400));
        c.put("no X-Request-UUID", new Bad("POST", headers("X-Request-UUID", null), GOOD, sign(GOOD), 400));
        c.put("unknown event key", new Bad("POST", headers("X-Event-Key", "repo:fork"), GOOD, sign(GOOD), 400));
        c.put("event key of another trigger", new Bad("POST", headers("X-Event-Key", "issue:created"), GOOD, sign(GOOD),
                400));
        c.put("text/plain", new Bad("POST", headers("Content-Type", "text/plain"), GOOD, sign(GOOD), 415));
        c.put("form encoded", new Bad("POST", headers("Content-Type", "application/x-www-form-urlencoded"), "a=" + MARKER,
                sign("a=" + MARKER), 415));
        String malformed = "{\"pullrequest\":{\"id\":" + MARKER;
        c.put("malformed JSON", new Bad("POST", headers(), malformed, sign(malformed), 400));
        String array = "[\"" + MARKER + "\"]";
        c.put("a JSON array", new Bad("POST", headers(), array, sign(array), 400));
        c.put("empty body", new Bad("POST", headers(), "", sign(""), 400));
        String big = "{\"pullrequest\":{\"id\":1,\"title\":\"" + MARKER + "x".repeat(5000) + "\"}}";
        c.put("oversized body", new Bad("POST", headers(), big, sign(big), 413));
        String noResource = "{\"repository\":{\"full_name\":\"acme/website\"},\"issue\":{\"id\":1,\"title\":\"" + MARKER
                            + "\"}}";
        c.put("payload without its pull request", new Bad("POST", headers(), noResource, sign(noResource), 400));
        c.put("GET instead of POST", new Bad("GET", headers(), "", null, 405));
        return c;
    }

    private static int send(Bad bad) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(PATH))).timeout(Duration.ofSeconds(10));
        bad.headers().forEach((k, v) -> {
            if (v != null) {
                r.header(k, v);
            }
        });
        if (bad.signature() != null) {
            r.header("X-Hub-Signature", bad.signature());
        }
        r.method(bad.method(), bad.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(bad.body()));
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void everyBadDeliveryIsAnsweredWithItsStatusLoggedWithoutSecretOrBodyAndNeverDelivered() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        Map<String, Bad> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
        for (Map.Entry<String, Bad> c : cases.entrySet()) {
            assertThat(send(c.getValue())).as(c.getKey()).isEqualTo(c.getValue().status());
        }
        // a good delivery still goes through, so the silence above is the checks' doing (without the marker: the mock
        // endpoint logs what it receives)
        String fine = GOOD.replace(MARKER, "fine");
        assertThat(send(new Bad("POST", headers(), fine, sign(fine), 202))).isEqualTo(202);
        await().atMost(5, TimeUnit.SECONDS).until(() -> events.getReceivedCounter() == 1);
        await().during(Duration.ofMillis(300)).atMost(2, TimeUnit.SECONDS).until(() -> events.getReceivedCounter() == 1);

        String logged = LOGS.text();
        assertThat(logged).contains("refused with 401", "refused with 400", "refused with 413", "refused with 415");
        assertThat(logged).doesNotContain(SECRET).doesNotContain(MARKER);
    }

    @Test
    void aReplayedDeliveryIsAcknowledgedAndNotDeliveredAgain() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        String body = GOOD.replace(MARKER, "fine").replace("\"id\":5", "\"id\":9");
        Map<String, String> h = headers();
        assertThat(send(new Bad("POST", h, body, sign(body), 202))).isEqualTo(202);
        h.put("X-Attempt-Number", "2");
        assertThat(send(new Bad("POST", h, body, sign(body), 200))).isEqualTo(200);
        // a new delivery id with the same event (id and timestamp): the event's identity stops it
        assertThat(send(new Bad("POST", headers(), body, sign(body), 202))).isEqualTo(202);
        await().atMost(5, TimeUnit.SECONDS).until(() -> events.getReceivedCounter() == 1);
        await().during(Duration.ofMillis(300)).atMost(2, TimeUnit.SECONDS).until(() -> events.getReceivedCounter() == 1);
    }

    @Test
    void aDeliveryForAnotherRepositoryIsAcceptedButNotDelivered() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        String body = GOOD.replace(MARKER, "fine").replace("acme/website", "acme/infra");
        assertThat(send(new Bad("POST", headers(), body, sign(body), 202))).isEqualTo(202);
        await().during(Duration.ofMillis(300)).atMost(2, TimeUnit.SECONDS).until(() -> events.getReceivedCounter() == 0);
        assertThat(List.of(events.getReceivedCounter())).containsExactly(0);
    }
}
