package io.github.camelbitbucket;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Items are checked at the door: a listed item without its identity or timestamp is skipped with one WARN and never
 * reaches the route or the watermark, so the trigger keeps polling; an item listed twice in one poll is delivered once;
 * a failure that repeats on every poll logs its stack trace once and backs off.
 */
class PoisonedItemTest extends WireMockTestSupport {

    @RegisterExtension
    static TraceLogCapture logs = new TraceLogCapture();

    private static final String COMMITS = "/2.0/repositories/acme/web/commits";
    private static final String PULL_REQUESTS = "/2.0/repositories/acme/web/pullrequests";

    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final MemoryStateRepository watermarks = new MemoryStateRepository();

    @BeforeEach
    void noContractCheckOnBrokenAnswers() {
        validateResponses = false; // the answers here are deliberately odd
        context.getRegistry().bind("watermarks", watermarks);
    }

    private void route(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("poisoned")
                        .process(e -> delivered.add(e.getIn().getHeader(BitbucketConstants.ITEM_ID, String.class)));
            }
        });
    }

    private static String commit(String hash, String date) {
        return "{'type':'commit','hash':'" + hash + "','date':" + (date == null ? "null" : "'" + date + "'")
               + ",'message':'m\\n'}";
    }

    @Test
    void aCommitWithoutHashIsSkippedOnceAndACommitListedTwiceIsDeliveredOnce() throws Exception {
        String c1 = "1111111111111111111111111111111111111111";
        String c2 = "2222222222222222222222222222222222222222";
        // newest first, as Bitbucket lists them: an odd commit without hash, c2 twice (a repeated page), c1
        wm.stubFor(get(urlPathEqualTo(COMMITS)).withQueryParam("exclude", absent()).willReturn(okJson(
                "{'pagelen':10,'values':[" + commit("", "2026-11-30T10:03:00+00:00") + ","
                + commit(c2, "2026-11-30T10:02:00+00:00") + "," + commit(c2, "2026-11-30T10:02:00+00:00") + ","
                + commit("3333333333333333333333333333333333333333", null) + ","
                + commit(c1, "2026-11-30T10:01:00+00:00") + "]}")));
        wm.stubFor(get(urlPathEqualTo(COMMITS)).withQueryParam("exclude", com.github.tomakehurst.wiremock.client.WireMock
                .matching(".+")).willReturn(okJson("{'pagelen':10,'values':[" + commit("", "2026-11-30T10:03:00+00:00")
                                                   + "]}")));
        route("bitbucket:commitPushed?workspace=acme&repoSlug=web&branch=main&startFrom=beginning&delay=20"
              + "&initialDelay=0&stateRepository=#watermarks");

        await().atMost(5, TimeUnit.SECONDS).until(() -> wm.findAll(getRequestedFor(urlPathEqualTo(COMMITS))
                .withQueryParam("exclude", com.github.tomakehurst.wiremock.client.WireMock.matching(".+"))).size() >= 5);
        assertThat(delivered).containsExactly(c1, c2);
        String mark = watermarks.getState("bitbucket:commitPushed:acme/web:main");
        assertThat(mark).contains("\"hash\":\"" + c2 + "\"").doesNotContain("\"@");
        BitbucketConsumer consumer = (BitbucketConsumer) context.getRoute("poisoned").getConsumer();
        assertThat(consumer.getLastFailure()).as("the trigger keeps polling without failure").isNull();
        assertThat(countOf(logs.text(), "(commits of main): skipped the listed item")).as("one WARN per odd item, not one per poll")
                .isEqualTo(2);
        assertThat(logs.text()).contains("it has no hash").contains("3333333333333333333333333333333333333333")
                .contains("it has no date");
    }

    @Test
    void anItemWithoutIdOrTimestampIsSkippedAndItsNeighboursDeliveredOnce() throws Exception {
        wm.stubFor(get(urlPathEqualTo(PULL_REQUESTS)).willReturn(okJson("{'pagelen':50,'values':["
                + "{'id':1,'title':'a','created_on':'2026-11-30T10:01:00+00:00','updated_on':'2026-11-30T10:01:00+00:00'},"
                + "{'title':'no id','created_on':'2026-11-30T10:01:30+00:00'},"
                + "{'id':3,'title':'no date'},"
                + "{'id':2,'title':'b','created_on':'2026-11-30T10:02:00+00:00','updated_on':'2026-11-30T10:02:00+00:00'},"
                + "{'id':2,'title':'b','created_on':'2026-11-30T10:02:00+00:00','updated_on':'2026-11-30T10:02:00+00:00'}"
                + "]}")));
        route("bitbucket:pullRequestCreated?workspace=acme&repoSlug=web&startFrom=beginning&delay=20&initialDelay=0"
              + "&stateRepository=#watermarks&lookback=0");

        await().atMost(5, TimeUnit.SECONDS).until(() -> wm.findAll(getRequestedFor(urlPathEqualTo(PULL_REQUESTS)))
                .size() >= 5);
        assertThat(delivered).containsExactly("1", "2");
        BitbucketConsumer consumer = (BitbucketConsumer) context.getRoute("poisoned").getConsumer();
        assertThat(consumer.getLastFailure()).isNull();
        assertThat(logs.text()).contains("it has no id or uuid").contains("\"title\":\"no id\"")
                .contains("skipped the listed item 3");
    }

    @Test
    void aFailureRepeatedOnEveryPollLogsItsStackTraceOnceAndBacksOff() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/web/issues")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error\",\"error\":{\"message\":\"Access token expired or revoked\"}}")));
        route("bitbucket:issueCreated?workspace=acme&repoSlug=web&startFrom=beginning&delay=10&initialDelay=0");
        BitbucketEndpoint endpoint = (BitbucketEndpoint) context.getRoute("poisoned").getEndpoint();
        assertThat(endpoint.getBackoffErrorThreshold()).isEqualTo(3);
        assertThat(endpoint.getBackoffMultiplier()).isEqualTo(5);

        await().atMost(10, TimeUnit.SECONDS).until(() -> countOf(logs.text(), "the same failure") >= 6);
        context.getRouteController().stopRoute("poisoned");
        String text = logs.text();
        assertThat(countOf(text, "BitbucketConsumer Failed polling endpoint")).as("the first failure is logged whole, once").isEqualTo(1);
        assertThat(countOf(text, "BitbucketException: Bitbucket answered HTTP 401")).isEqualTo(1);
        // Camel's scheduler skips 5 polls after 3 failed ones in a row (backoffErrorThreshold, backoffMultiplier)
        assertThat(text).contains("backoff due subsequent 3 errors (backoff at 4/5)");
        assertThat(text).contains("Access token expired or revoked (the same failure 2 times in a row");
    }

    @Test
    void aTriggersDefaultDelayIsOneMinute() throws Exception {
        route("bitbucket:issueCreated?workspace=acme&repoSlug=web&initialDelay=600000&startFrom=beginning");
        BitbucketEndpoint endpoint = (BitbucketEndpoint) context.getRoute("poisoned").getEndpoint();
        BitbucketConsumer consumer = (BitbucketConsumer) context.getRoute("poisoned").getConsumer();
        assertThat(endpoint.getDelay()).isEqualTo(60_000);
        assertThat(consumer.getDelay()).isEqualTo(60_000);
        String json = new String(BitbucketComponent.class.getResourceAsStream(
                "/META-INF/io/github/camelbitbucket/bitbucket.json").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).containsPattern("\"delay\": \\{[^}]*\"defaultValue\": \"60000\"")
                .containsPattern("\"backoffErrorThreshold\": \\{[^}]*\"defaultValue\": 3")
                .containsPattern("\"backoffMultiplier\": \\{[^}]*\"defaultValue\": 5");
    }

    /** Plain Camel without an HTTP server for platform-http: the route's start names what to add. */
    @Test
    void withoutAnHttpEngineTheStartSaysWhichDependencyAndSettingsToAdd() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> route("bitbucket:pullRequestCreated?workspace=acme"
                                                                      + "&repoSlug=web&delivery=webhook"
                                                                      + "&webhookSecret=made-up&webhookPath=/no-engine"))
                .hasStackTraceContaining("has no HTTP engine here")
                .hasStackTraceContaining("org.apache.camel:camel-platform-http-vertx")
                .hasStackTraceContaining("addService(new VertxPlatformHttpServer(conf))")
                .hasStackTraceContaining("camel-platform-http-starter");
    }

    static int countOf(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
