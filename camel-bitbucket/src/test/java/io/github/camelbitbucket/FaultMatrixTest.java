package io.github.camelbitbucket;

import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelbitbucket.client.BitbucketException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The fault matrix: for each fault, the number of attempts Bitbucket (WireMock) received, and the outcome. GET is
 * idempotent and retried; a POST that may have reached the server is sent exactly once. maxRetries=2 (3 attempts),
 * socketTimeout=400 ms. The table lands in docs/RELIABILITY.md.
 */
class FaultMatrixTest extends WireMockTestSupport {

    static final String GET_PATH = "/2.0/workspaces/acme";
    static final String POST_PATH = "/2.0/repositories/acme/web/issues";
    static final String ISSUE = "{\"type\":\"issue\",\"id\":1,\"title\":\"t\"}";
    static final List<String> ROWS = new CopyOnWriteArrayList<>();
    static final String REFUSED_TOKEN = "refused-token-Qz7";

    /** The whole matrix runs with every logger at TRACE; no secret may show up in what was logged. */
    @RegisterExtension
    static final TraceLogCapture LOGS = new TraceLogCapture();

    @Override
    protected void configure(BitbucketConfiguration cfg) {
        super.configure(cfg);
        cfg.setMaxRetries(2);
        cfg.setSocketTimeout(400);
        cfg.setRetryInitialDelay(5);
        cfg.setRetryMaxDelay(20);
    }

    static ResponseDefinitionBuilder fault(Fault f) {
        return aResponse().withFault(f);
    }

    static ResponseDefinitionBuilder status(int s, String body) {
        return aResponse().withStatus(s).withHeader("Content-Type", "application/json").withBody(body);
    }

    static final String ERR = "{\"type\":\"error\",\"error\":{\"message\":\"boom\"}}";

    static Stream<Arguments> matrix() {
        return Stream.of(
                // name, method, response, attempts, outcome (null = success, else text of the failure)
                arguments("connection reset", "GET", (Supplier<ResponseDefinitionBuilder>) () -> fault(Fault.CONNECTION_RESET_BY_PEER), 3, "after 3 attempt(s)"),
                arguments("connection reset", "POST", (Supplier<ResponseDefinitionBuilder>) () -> fault(Fault.CONNECTION_RESET_BY_PEER), 1, "never sent twice"),
                arguments("empty response", "GET", (Supplier<ResponseDefinitionBuilder>) () -> fault(Fault.EMPTY_RESPONSE), 3, "after 3 attempt(s)"),
                arguments("empty response", "POST", (Supplier<ResponseDefinitionBuilder>) () -> fault(Fault.EMPTY_RESPONSE), 1, "never sent twice"),
                arguments("malformed chunk", "GET", (Supplier<ResponseDefinitionBuilder>) () -> fault(Fault.MALFORMED_RESPONSE_CHUNK), 3, "after 3 attempt(s)"),
                arguments("malformed chunk", "POST", (Supplier<ResponseDefinitionBuilder>) () -> fault(Fault.MALFORMED_RESPONSE_CHUNK), 1, "never sent twice"),
                arguments("random data, close", "GET", (Supplier<ResponseDefinitionBuilder>) () -> fault(Fault.RANDOM_DATA_THEN_CLOSE), 3, "after 3 attempt(s)"),
                arguments("delay past socketTimeout", "GET", (Supplier<ResponseDefinitionBuilder>) () -> status(200, ISSUE).withFixedDelay(1500), 3, "SocketTimeoutException"),
                arguments("delay past socketTimeout", "POST", (Supplier<ResponseDefinitionBuilder>) () -> status(201, ISSUE).withFixedDelay(1500), 1, "never sent twice"),
                // one bounded wait (rateLimitMaxWait), one more attempt: an hourly window is not waited out in seconds
                arguments("429, no Retry-After", "GET", (Supplier<ResponseDefinitionBuilder>) () -> status(429, ERR), 2, "HTTP 429"),
                arguments("429, no Retry-After", "POST", (Supplier<ResponseDefinitionBuilder>) () -> status(429, ERR), 2, "HTTP 429"),
                arguments("500", "GET", (Supplier<ResponseDefinitionBuilder>) () -> status(500, ERR), 3, "HTTP 500"),
                arguments("500", "POST", (Supplier<ResponseDefinitionBuilder>) () -> status(500, ERR), 1, "HTTP 500"),
                arguments("502 HTML page", "GET", (Supplier<ResponseDefinitionBuilder>) () -> aResponse().withStatus(502)
                        .withHeader("Content-Type", "text/html").withBody("<html>Bad gateway</html>"), 3, "not Bitbucket's JSON error body (text/html"),
                arguments("503", "GET", (Supplier<ResponseDefinitionBuilder>) () -> status(503, ERR), 3, "HTTP 503"),
                arguments("503", "POST", (Supplier<ResponseDefinitionBuilder>) () -> status(503, ERR), 1, "HTTP 503"),
                arguments("200 with malformed JSON", "GET", (Supplier<ResponseDefinitionBuilder>) () -> status(200, "{\"type\":\"workspace\",\"slug\":"), 1, "could not be read as Workspace"),
                arguments("400 validation error", "POST", (Supplier<ResponseDefinitionBuilder>) () -> status(400,
                        "{\"type\":\"error\",\"error\":{\"message\":\"Bad request\",\"fields\":{\"title\":[\"required\"]}}}"), 1, "fields: {title=[required]}"),
                arguments("404", "GET", (Supplier<ResponseDefinitionBuilder>) () -> status(404, ERR), 1, "HTTP 404"));
    }

    @ParameterizedTest(name = "{0} on {1}: {3} attempt(s)")
    @MethodSource("matrix")
    void faultGivesTheExpectedAttemptsAndOutcome(String name, String method,
                                                Supplier<ResponseDefinitionBuilder> response, int attempts,
                                                String outcome) {
        validateResponses = false;
        String path = "GET".equals(method) ? GET_PATH : POST_PATH;
        MappingBuilder stub = "GET".equals(method) ? get(urlEqualTo(path)) : post(urlEqualTo(path));
        wm.stubFor(stub.willReturn(response.get()));

        Exchange out = call(method);

        int received = wm.findAll("GET".equals(method)
                ? com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo(path))
                : com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(path))).size();
        assertThat(received).as("attempts received").isEqualTo(attempts);
        Exception e = out.getException();
        if (outcome == null) {
            assertThat(e).isNull();
        } else {
            assertThat(e).isInstanceOf(BitbucketException.class).hasMessageContaining(outcome);
        }
        ROWS.add("| " + name + " | " + method + " | " + received + " | "
                 + (e == null ? "success" : "`BitbucketException`: " + e.getMessage().replace("|", "\\|")
                         .replace("\n", " ")) + " |");
    }

    private Exchange call(String method) {
        return "GET".equals(method)
                ? template.request("bitbucket:getWorkspace?workspace=acme", x -> {
                })
                : template.request("bitbucket:createIssue?workspace=acme&repoSlug=web&title=t", x -> {
                });
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        validateResponses = false;
        wm.stubFor(get(urlEqualTo(GET_PATH)).inScenario("ra").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(429, ERR).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        wm.stubFor(get(urlEqualTo(GET_PATH)).inScenario("ra").whenScenarioStateIs("ok")
                .willReturn(status(200, "{\"type\":\"workspace\",\"slug\":\"acme\"}")));

        long t0 = System.nanoTime();
        // a Retry-After within rateLimitMaxWait is waited out
        Exchange out = template.request("bitbucket:getWorkspace?workspace=acme&rateLimitMaxWait=5000", x -> {
        });
        long waitedMs = (System.nanoTime() - t0) / 1_000_000;

        assertThat(out.getException()).isNull();
        assertThat(waitedMs).isGreaterThanOrEqualTo(950);
        ROWS.add("| 429 with `Retry-After: 1`, then 200 | GET | 2 | success after waiting " + waitedMs + " ms |");
    }

    @Test
    void retryAfterAsHttpDateIsHonoured() {
        validateResponses = false;
        String in1s = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(2));
        wm.stubFor(get(urlEqualTo(GET_PATH)).inScenario("rad").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(429, ERR).withHeader("Retry-After", in1s)).willSetStateTo("ok"));
        wm.stubFor(get(urlEqualTo(GET_PATH)).inScenario("rad").whenScenarioStateIs("ok")
                .willReturn(status(200, "{\"type\":\"workspace\",\"slug\":\"acme\"}")));

        long t0 = System.nanoTime();
        Exchange out = template.request("bitbucket:getWorkspace?workspace=acme&rateLimitMaxWait=5000", x -> {
        });
        long waitedMs = (System.nanoTime() - t0) / 1_000_000;

        assertThat(out.getException()).isNull();
        assertThat(waitedMs).isGreaterThanOrEqualTo(900);
        ROWS.add("| 429 with `Retry-After: <HTTP date +2 s>`, then 200 | GET | 2 | success after waiting " + waitedMs
                 + " ms |");
    }

    @Test
    void aRetryAfterBeyondRateLimitMaxWaitFailsAtOnceWithTheRateLimitReason() {
        validateResponses = false;
        wm.stubFor(get(urlEqualTo(GET_PATH)).willReturn(status(429, ERR).withHeader("Retry-After", "3600")));

        Exchange out = call("GET");

        assertThat(out.getException(BitbucketException.class).getReason())
                .isEqualTo(BitbucketException.Reason.RATE_LIMIT);
        assertThat(out.getException(BitbucketException.class).getRateLimitHeaders()).containsEntry("Retry-After", "3600");
        assertThat(wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo(GET_PATH))))
                .hasSize(1);
        ROWS.add("| 429 with `Retry-After: 3600` (beyond `rateLimitMaxWait`) | GET | 1 | `BitbucketException` RATE_LIMIT"
                 + " at once |");
    }

    @Test
    void transientServerErrorThenSuccess() {
        validateResponses = false;
        wm.stubFor(get(urlEqualTo(GET_PATH)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(fault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("503"));
        wm.stubFor(get(urlEqualTo(GET_PATH)).inScenario("t").whenScenarioStateIs("503")
                .willReturn(status(503, ERR)).willSetStateTo("ok"));
        wm.stubFor(get(urlEqualTo(GET_PATH)).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(status(200, "{\"type\":\"workspace\",\"slug\":\"acme\"}")));

        Exchange out = call("GET");

        assertThat(out.getException()).isNull();
        assertThat(apiEvents()).hasSize(3);
        ROWS.add("| reset, then 503, then 200 | GET | 3 | success |");
    }

    @Test
    void unauthorizedAfterExpiryRefreshesOnceAndSucceeds() {
        wm.stubFor(get(urlEqualTo(GET_PATH)).inScenario("exp").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(401, "{\"type\":\"error\",\"error\":{\"message\":\"Access token expired.\"}}"))
                .willSetStateTo("ok"));
        wm.stubFor(get(urlEqualTo(GET_PATH)).inScenario("exp").whenScenarioStateIs("ok")
                .willReturn(status(200, "{\"type\":\"workspace\",\"slug\":\"acme\"}")));

        Exchange out = call("GET");

        assertThat(out.getException()).isNull();
        assertThat(tokenRequests()).isEqualTo(2);
        assertThat(apiEvents()).hasSize(2);
        ROWS.add("| 401 (token expired early), then 200 | GET | 2 (+1 token refresh) | success |");
    }

    @Test
    void connectionRefusedIsRetriedEvenForPost() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        // the credential is set on a component, not in the URI (Camel core logs raw URIs at TRACE)
        BitbucketComponent refused = new BitbucketComponent();
        configure(refused.getConfiguration());
        refused.getConfiguration().setClientId(null);
        refused.getConfiguration().setClientSecret(null);
        refused.getConfiguration().setAccessToken(REFUSED_TOKEN);
        context.addComponent("bbrefused", refused);
        Exchange out = template.request("bbrefused:createIssue?workspace=acme&repoSlug=web&title=t&baseUrl=http://"
                                        + "localhost:" + closedPort + "/2.0",
                x -> {
                });

        assertThat(out.getException()).isInstanceOf(BitbucketException.class)
                .hasMessageContaining("after 3 attempt(s)").hasMessageContaining("ConnectException");
        ROWS.add("| connection refused (nothing sent) | POST | 3 (client side) | `BitbucketException`: "
                 + out.getException().getMessage() + " |");
    }

    @AfterAll
    static void noSecretWasLoggedAndWriteTheTable() throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(LOGS.text()).contains("TRACE").contains("retrying in");
        for (String secret : List.of(CLIENT_SECRET, "access-token-1", REFUSED_TOKEN, basic)) {
            assertThat(LOGS.text()).as("secret in the TRACE log").doesNotContain(secret);
        }
        java.nio.file.Path out = java.nio.file.Paths.get("target", "fault-matrix.md");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, "| fault | method | requests received | outcome |\n|---|---|---|---|\n"
                                             + String.join("\n", ROWS) + "\n");
    }
}
