package io.github.camelbitbucket;

import java.util.Collection;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The producer's readiness follows its last request: DOWN on a credential failure, UP again after a success. */
class HealthCheckTest extends WireMockTestSupport {

    private HealthCheck.Result result() {
        Collection<HealthCheck.Result> all = HealthCheckHelper.invokeReadiness(context);
        return all.stream().filter(r -> r.getCheck().getId().startsWith("bitbucket-producer:bitbucket://getWorkspace")).findFirst().orElseThrow();
    }

    @Test
    void readinessFollowsTheLastRequest() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ws").routeId("ws").to("bitbucket:getWorkspace?workspace=acme");
            }
        });
        assertThat(result().getState()).isEqualTo(HealthCheck.State.UP);

        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error\",\"error\":{\"message\":\"Your credentials lack one or more required"
                          + " privilege scopes.\"}}")));
        template.request("direct:ws", e -> {
        });
        HealthCheck.Result down = result();

        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(okJson("{'type':'workspace','slug':'acme'}")));
        template.request("direct:ws", e -> {
        });
        HealthCheck.Result up = result();

        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("HTTP 403")
                .doesNotContain(CLIENT_SECRET).doesNotContain("access-token-1"));
        assertThat(down.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 403)
                .containsEntry("authentication", "OAuth 2.0 client credentials");
        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
    }
}
