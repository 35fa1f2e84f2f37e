package io.github.camelbitbucket.standin;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stand-in's deliveries look like Bitbucket's: headers, signature, payload, retries with the same request id. */
class StandInWebhooksTest {

    record Received(Map<String, List<String>> headers, byte[] body) {
    }

    @Test
    void aFailedDeliveryIsRetriedSignedWithTheSameRequestIdAndTheNextAttemptNumber() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 500 : 202, -1);
            exchange.close();
        });
        receiver.start();
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            standIn.webhooks().retryDelayMillis(10);
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            String hook = standIn.webhooks().addHook("acme", "website", url, "made-up-secret", "pullrequest:created");
            int id = standIn.openPullRequest("acme", "website", "Retried");

            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> received.size() == 2);
            Received first = received.get(0);
            Received second = received.get(1);
            assertThat(first.headers().get("X-event-key")).containsExactly("pullrequest:created");
            assertThat(first.headers().get("X-hook-uuid")).containsExactly(hook);
            assertThat(first.headers().get("X-attempt-number")).containsExactly("1");
            assertThat(second.headers().get("X-attempt-number")).containsExactly("2");
            assertThat(second.headers().get("X-request-uuid")).isEqualTo(first.headers().get("X-request-uuid"));
            assertThat(first.headers().get("X-hub-signature"))
                    .containsExactly("sha256=" + Webhooks.hmac("made-up-secret", first.body()));
            JsonNode payload = new ObjectMapper().readTree(new String(first.body(), StandardCharsets.UTF_8));
            assertThat(payload.path("pullrequest").path("id").asInt()).isEqualTo(id);
            assertThat(payload.path("repository").path("full_name").asText()).isEqualTo("acme/website");
            assertThat(payload.path("actor").path("display_name").asText()).isEqualTo("Demo User");
            assertThat(standIn.webhooks().sent()).extracting(Webhooks.Sent::status).containsExactly(500, 202);
            // the API never shows the secret back
            assertThat(standIn.webhooks().hooks("acme", "website").get(0).toString()).doesNotContain("made-up-secret")
                    .contains("\"secret_set\":true");
        } finally {
            receiver.stop(0);
        }
    }

    /** Live Bitbucket (webhook delivery facts): only a 5xx is re-sent, at most twice more; a 4xx is not re-sent. */
    @Test
    void liveWebhooksOnlyA5xxIsSentAgainAtMostTwice() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/down", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        receiver.createContext("/refusing", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        receiver.start();
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
            standIn.webhooks().addHook("acme", "website", base + "/down", null, "pullrequest:created");
            standIn.webhooks().addHook("acme", "website", base + "/refusing", null, "pullrequest:created");
            standIn.openPullRequest("acme", "website", "Not taken");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> standIn.webhooks().sent().size() == 4);
            org.awaitility.Awaitility.await().during(java.time.Duration.ofMillis(300))
                    .atMost(java.time.Duration.ofSeconds(2)).until(() -> calls.get() == 4);
            assertThat(standIn.webhooks().sent()).filteredOn(s -> s.url().endsWith("/down"))
                    .extracting(Webhooks.Sent::attempt).containsExactly(1, 2, 3);
            assertThat(standIn.webhooks().sent()).filteredOn(s -> s.url().endsWith("/refusing"))
                    .extracting(Webhooks.Sent::status).containsExactly(401);
        } finally {
            receiver.stop(0);
        }
    }
}
