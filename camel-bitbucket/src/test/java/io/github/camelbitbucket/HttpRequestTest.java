package io.github.camelbitbucket;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The raw httpRequest action: placeholders, query map, body passthrough, JSON/raw answers, paging. */
class HttpRequestTest extends WireMockTestSupport {

    @Test
    void getFillsPlaceholdersAndQueryAndReturnsMap() {
        wm.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/web")).willReturn(okJson(
                "{'type':'repository','slug':'web','mainbranch':{'name':'main'}}")));
        wm.stubFor(get(urlPathEqualTo("/2.0/repositories/acme")).willReturn(okJson("{'values':[]}")));

        Exchange out = template.request("bitbucket:httpRequest?workspace=acme&path=/repositories/{workspace}/{repoSlug}"
                                        + "?fields=slug,mainbranch",
                e -> e.getIn().setHeader(BitbucketConstants.OVERRIDE_REPO_SLUG, "web"));
        template.requestBodyAndHeaders("bitbucket:httpRequest?path=/repositories/{workspace}?role=member", null,
                Map.of(BitbucketConstants.OVERRIDE_WORKSPACE, "acme", BitbucketConstants.QUERY_PARAMETERS,
                        Map.of("pagelen", 10)));

        Map<?, ?> body = out.getMessage().getBody(Map.class);
        assertThat(((Map<?, ?>) body.get("mainbranch")).get("name")).isEqualTo("main");
        wm.verify(getRequestedFor(urlEqualTo("/2.0/repositories/acme/web?fields=slug%2Cmainbranch")));
        wm.verify(getRequestedFor(urlEqualTo("/2.0/repositories/acme?role=member&pagelen=10")));
    }

    @Test
    void putPassesTheBodyThroughAndRawJsonReturnsString() {
        wm.stubFor(put(urlEqualTo("/2.0/workspaces/acme/projects/OPS")).willReturn(okJson(
                "{'type':'project','key':'OPS'}")));

        Object body = template.requestBodyAndHeaders("bitbucket:httpRequest?rawJson=true",
                "{\"type\":\"project\",\"name\":\"Ops\",\"key\":\"OPS\"}",
                Map.of(BitbucketConstants.HTTP_METHOD, "put", BitbucketConstants.PATH,
                        "/workspaces/{workspace}/projects/{project_key}", BitbucketConstants.OVERRIDE_WORKSPACE, "acme",
                        BitbucketConstants.OVERRIDE_PROJECT_KEY, "OPS"));

        assertThat(body).isEqualTo("{\"type\":\"project\",\"key\":\"OPS\"}");
        wm.verify(putRequestedFor(urlEqualTo("/2.0/workspaces/acme/projects/OPS"))
                .withHeader("Authorization", equalTo("Bearer access-token-1"))
                .withRequestBody(equalToJson("{\"type\":\"project\",\"name\":\"Ops\",\"key\":\"OPS\"}")));
    }

    @Test
    void paginateCollectsAllValues() {
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme?pagelen=100")).willReturn(okJson(
                "{'values':[{'slug':'a'}],'next':'" + wm.baseUrl() + "/2.0/repositories/acme?pagelen=100&page=2'}")));
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme?pagelen=100&page=2")).willReturn(okJson(
                "{'values':[{'slug':'b'}]}")));

        List<?> all = template.requestBody("bitbucket:httpRequest?paginate=true&path=/repositories/acme", null,
                List.class);

        List<Object> slugs = all.stream().map(m -> ((Map<?, ?>) m).get("slug")).map(Object.class::cast).toList();
        assertThat(slugs).containsExactly((Object) "a", "b");
    }

    @Test
    void deleteReturnsNullBodyAndStatus() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlEqualTo("/2.0/workspaces/acme/projects/X"))
                .willReturn(aResponse().withStatus(204)));

        Exchange out = template.request("bitbucket:httpRequest?httpMethod=DELETE&path=/workspaces/acme/projects/X",
                e -> {
                });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isNull();
        assertThat(out.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(204);
    }

    @Test
    void liveRow09ARedirectToAnotherHostIsFollowedWithoutTheCredential() {
        // a download: Bitbucket answers 302 to its storage host; 127.0.0.1 is another origin than localhost here
        String storage = "http://127.0.0.1:" + wm.getPort() + "/storage/report.bin";
        wm.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/web/downloads/report.bin")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(302).withHeader("Location", storage)));
        wm.stubFor(get(urlPathEqualTo("/storage/report.bin")).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
                .withBody(new byte[] { 1, 2, 3 })));
        validateRequests = false; // downloads: documented by Atlassian, outside our contract

        Exchange out = template.request("bitbucket:httpRequest?path=/repositories/acme/web/downloads/report.bin", e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isEqualTo(new byte[] { 1, 2, 3 });
        wm.verify(getRequestedFor(urlPathEqualTo("/2.0/repositories/acme/web/downloads/report.bin"))
                .withHeader("Authorization", equalTo("Bearer access-token-1")));
        wm.verify(getRequestedFor(urlPathEqualTo("/storage/report.bin"))
                .withoutHeader("Authorization"));
    }

    @Test
    void aFormBodyIsSentWithItsContentType() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/2.0/repositories/acme/web/src"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(201)));
        validateRequests = false; // /src: documented by Atlassian, outside our contract

        template.requestBodyAndHeaders("bitbucket:httpRequest?httpMethod=POST&path=/repositories/acme/web/src",
                "message=Update&branch=main", Map.of(BitbucketConstants.REQUEST_CONTENT_TYPE,
                        "application/x-www-form-urlencoded"));

        wm.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/2.0/repositories/acme/web/src"))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing(
                        "application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("message=Update&branch=main")));
    }
}
