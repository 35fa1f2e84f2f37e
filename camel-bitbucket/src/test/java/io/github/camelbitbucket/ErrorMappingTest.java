package io.github.camelbitbucket;

import io.github.camelbitbucket.client.BitbucketException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Non-2xx answers become a BitbucketException with Bitbucket's message, detail and fields; no token in it. */
class ErrorMappingTest extends WireMockTestSupport {

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(json(body));
    }

    @Test
    void validationErrorCarriesMessageDetailAndFields() {
        wm.stubFor(post(urlEqualTo("/2.0/workspaces/acme/projects")).willReturn(error(400,
                "{'type':'error','error':{'message':'Bad request','detail':'key is taken',"
                + "'fields':{'key':['already exists']}}}")));

        Exchange out = template.request("bitbucket:createProject?workspace=acme&name=Ops&key=OPS", e -> {
        });

        BitbucketException ex = out.getException(BitbucketException.class);
        assertThat(ex.getStatusCode()).isEqualTo(400);
        assertThat(ex.getErrorMessage()).isEqualTo("Bad request");
        assertThat(ex.getErrorDetail()).isEqualTo("key is taken");
        assertThat(ex.getFields()).containsKey("key");
        assertThat(ex.getOperation()).isEqualTo("createProject");
        assertThat(ex.getReason()).isEqualTo(BitbucketException.Reason.BAD_REQUEST);
        assertThat(ex.getPath()).isEqualTo("/workspaces/acme/projects");
        assertThat(ex.getMessage()).contains("HTTP 400", "createProject", "POST /workspaces/acme/projects",
                "Bad request", "key is taken").doesNotContain("access-token-1", CLIENT_SECRET);
    }

    @Test
    void issueTrackerGoneSaysWhy() {
        wm.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/web/issues")).willReturn(error(404,
                "{'type':'error','error':{'message':'Repository has no issue tracker.'}}")));
        wm.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/web/issues/3")).willReturn(error(410,
                "{'type':'error','error':{'message':'Gone'}}")));

        Exchange list = template.request("bitbucket:listIssues?workspace=acme&repoSlug=web", e -> {
        });
        Exchange one = template.request("bitbucket:getIssue?workspace=acme&repoSlug=web&issueId=3", e -> {
        });

        assertThat(list.getException()).hasMessageContaining("the repository has no issue tracker")
                .hasMessageContaining("retired");
        assertThat(one.getException()).hasMessageContaining("HTTP 410")
                .hasMessageContaining("the repository has no issue tracker");
        assertThat(list.getException(BitbucketException.class).getReason())
                .isEqualTo(BitbucketException.Reason.RETIRED_API);
    }

    @Test
    void nonIssueNotFoundIsPlain() {
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/nope")).willReturn(error(404,
                "{'type':'error','error':{'message':'No workspace with identifier nope.'}}")));

        Exchange out = template.request("bitbucket:getWorkspace?workspace=nope", e -> {
        });

        assertThat(out.getException()).hasMessage(
                "Bitbucket answered HTTP 404 to getWorkspace (GET /workspaces/nope): No workspace with identifier nope.");
    }

    @Test
    void htmlErrorPageIsReportedNotParsed() {
        validateResponses = false;
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Bad gateway</body></html>")));

        Exchange out = template.request("bitbucket:getWorkspace?workspace=acme&maxRetries=1", e -> {
        });

        assertThat(out.getException()).hasMessageContaining("HTTP 502")
                .hasMessageContaining("not Bitbucket's JSON error body (text/html")
                .hasMessageContaining("after 2 attempts");
    }

    @Test
    void postIsNeverRetriedOnServerError() {
        wm.stubFor(post(urlEqualTo("/2.0/repositories/acme/web/issues")).willReturn(error(503,
                "{'type':'error','error':{'message':'Unavailable'}}")));

        Exchange out = template.request("bitbucket:createIssue?workspace=acme&repoSlug=web&title=x", e -> {
        });

        assertThat(out.getException()).hasMessageContaining("HTTP 503");
        wm.verify(1, postRequestedFor(urlEqualTo("/2.0/repositories/acme/web/issues")));
    }

    @Test
    void getIsRetriedOnServerErrorAndRateLimit() {
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).inScenario("flaky")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(error(503, "{'type':'error','error':{'message':'Unavailable'}}")).willSetStateTo("limited"));
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).inScenario("flaky").whenScenarioStateIs("limited")
                .willReturn(error(429, "{'type':'error','error':{'message':'Rate limit'}}").withHeader("Retry-After", "0"))
                .willSetStateTo("ok"));
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson("{'type':'workspace','slug':'acme'}")));

        Object ws = template.requestBody("bitbucket:getWorkspace?workspace=acme", (Object) null);

        assertThat(ws).isNotNull();
        assertThat(apiEvents()).hasSize(3);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "HTTP {0} on {1} is {3}")
    @org.junit.jupiter.params.provider.CsvSource({
            "401, /workspaces/acme, Unauthorized, AUTHENTICATION",
            "403, /workspaces/acme, Your credentials lack one or more required privilege scopes., SCOPE",
            "403, /workspaces/acme/projects/OPS, You may not delete a project that holds repositories, PERMISSION",
            "404, /workspaces/acme, No such workspace, NOT_FOUND",
            "404, /repositories/acme/web/issues, Repository has no issue tracker., RETIRED_API",
            "410, /workspaces, CHANGE-2770 removed, RETIRED_API",
            "409, /workspaces/acme/projects, Conflict, BAD_REQUEST",
            "429, /workspaces/acme, Rate limit for this resource has been exceeded, RATE_LIMIT",
            "503, /workspaces/acme, Unavailable, SERVER" })
    void everyFailureHasATypedReason(int status, String path, String message, BitbucketException.Reason reason) {
        assertThat(io.github.camelbitbucket.client.ErrorMapperAccess.reason(status, path, message)).isEqualTo(reason);
    }
}
