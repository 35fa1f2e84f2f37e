package io.github.camelbitbucket;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelbitbucket.model.Issue;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** startFrom=now is Bitbucket's now (the Date of its answer), not this machine's: a clock ahead would skip events. */
class ServerClockTest extends WireMockTestSupport {

    @Test
    void startFromNowTakesBitbucketsClockNotTheLocalOne() throws Exception {
        // Bitbucket's clock is a day behind this machine's (or this machine's a day ahead)
        ZonedDateTime bitbucketNow = ZonedDateTime.now(ZoneOffset.UTC).minusDays(1);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(bitbucketNow);
        String created = bitbucketNow.plusMinutes(5).toOffsetDateTime().toString();
        wm.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/web/issues")).inScenario("clock")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{'values':[]}").withHeader("Date", date)).willSetStateTo("filed"));
        wm.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/web/issues")).inScenario("clock")
                .whenScenarioStateIs("filed")
                .willReturn(okJson("{'values':[{'type':'issue','id':1,'title':'Filed after start','created_on':'"
                                   + created + "','updated_on':'" + created + "'}]}").withHeader("Date", date)));
        List<Long> delivered = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:issueCreated?workspace=acme&repoSlug=web&delay=50&initialDelay=0")
                        .process(e -> delivered.add(e.getIn().getBody(Issue.class).getId()));
            }
        });

        await().atMost(10, TimeUnit.SECONDS).until(() -> !delivered.isEmpty());
        assertThat(delivered).first().isEqualTo(1L);
    }
}
