package io.github.camelbitbucket;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.github.camelbitbucket.client.PageIterator;
import io.github.camelbitbucket.model.Issue;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Paging: next links followed to the end, maxResults, streamList, BBQL encoding. */
class PagingTest extends WireMockTestSupport {

    private void stubThreePages() {
        String base = wm.baseUrl() + "/2.0/repositories/acme/web/issues";
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme/web/issues?pagelen=10&q=state%20%3D%20%22new%22"))
                .willReturn(okJson(page(1, 10, base + "?pagelen=10&q=state%20%3D%20%22new%22&page=2"))));
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme/web/issues?pagelen=10&q=state%20%3D%20%22new%22&page=2"))
                .willReturn(okJson(page(11, 10, base + "?pagelen=10&q=state%20%3D%20%22new%22&page=3"))));
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme/web/issues?pagelen=10&q=state%20%3D%20%22new%22&page=3"))
                .willReturn(okJson(page(21, 5, null))));
    }

    static String page(int firstId, int count, String next) {
        StringBuilder sb = new StringBuilder("{'pagelen':10,'values':[");
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : ",").append("{'type':'issue','id':").append(firstId + i)
                    .append(",'title':'Issue ").append(firstId + i).append("'}");
        }
        sb.append(']');
        if (next != null) {
            sb.append(",'next':'").append(next).append('\'');
        }
        return sb.append('}').toString();
    }

    @Test
    void listFollowsNextUntilTheLastPage() {
        stubThreePages();

        Exchange out = template.request("bitbucket:listIssues?workspace=acme&repoSlug=web&pageSize=10"
                                        + "&q=RAW(state = \"new\")",
                e -> {
                });

        List<?> issues = out.getMessage().getBody(List.class);
        assertThat(issues).hasSize(25);
        assertThat(((Issue) issues.get(24)).getId()).isEqualTo(25L);
        assertThat(out.getMessage().getHeader(BitbucketConstants.PAGE_COUNT)).isEqualTo(3);
        assertThat(out.getMessage().getHeader(BitbucketConstants.RESULT_COUNT)).isEqualTo(25);
        assertThat(apiEvents()).hasSize(3);
        wm.verify(3, getRequestedFor(urlPathEqualTo("/2.0/repositories/acme/web/issues"))
                .withHeader("Authorization", equalTo("Bearer access-token-1")));
    }

    @Test
    void maxResultsStopsFetchingPages() {
        stubThreePages();

        List<?> issues = template.requestBodyAndHeader("bitbucket:listIssues?workspace=acme&repoSlug=web&pageSize=10"
                                                       + "&maxResults=12",
                null, BitbucketConstants.QUERY, "state = \"new\"", List.class);

        assertThat(issues).hasSize(12);
        assertThat(apiEvents()).hasSize(2);
    }

    @Test
    void streamListFetchesPagesOnlyWhenIterated() {
        stubThreePages();

        Object body = template.requestBody("bitbucket:listIssues?workspace=acme&repoSlug=web&pageSize=10"
                                           + "&q=RAW(state = \"new\")&streamList=true",
                (Object) null);

        assertThat(body).isInstanceOf(PageIterator.class);
        assertThat(apiEvents()).isEmpty();
        Iterator<?> it = (Iterator<?>) body;
        it.next();
        assertThat(apiEvents()).hasSize(1);
        List<Object> rest = new ArrayList<>();
        it.forEachRemaining(rest::add);
        assertThat(rest).hasSize(24);
        assertThat(apiEvents()).hasSize(3);
    }

    @Test
    void streamListSplitsOneExchangePerItem() throws Exception {
        stubThreePages();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:split")
                        .to("bitbucket:listIssues?workspace=acme&repoSlug=web&pageSize=10&streamList=true"
                            + "&q=RAW(state = \"new\")")
                        .split(body()).streaming().to("mock:issue");
            }
        });
        MockEndpoint mock = getMockEndpoint("mock:issue");
        mock.expectedMessageCount(25);

        template.sendBody("direct:split", null);

        mock.assertIsSatisfied();
        assertThat(mock.getExchanges().get(0).getIn().getBody()).isInstanceOf(Issue.class);
    }

    @Test
    void nextLinkToAnotherHostIsNotFollowed() {
        validateResponses = false;
        wm.stubFor(get(urlPathEqualTo("/2.0/repositories/acme")).willReturn(okJson(
                "{'values':[{'type':'repository','slug':'a'}],'next':'https://evil.example.com/2.0/repositories/acme?page=2'}")));

        Exchange out = template.request("bitbucket:listRepositories?workspace=acme", e -> {
        });

        assertThat(out.getException()).hasMessageContaining("outside the configured baseUrl");
        assertThat(apiEvents()).hasSize(1);
    }

    @Test
    void aFieldsSelectorThatListsPathsAsksForNextTooSoPagingGoesOn() {
        // live Bitbucket keeps only the listed paths, the envelope's next too: without it the list would stop at page 1
        String base = wm.baseUrl() + "/2.0/repositories/acme/web/issues";
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme/web/issues?pagelen=10&fields=values.id%2Cvalues.title%2Cnext"))
                .willReturn(okJson(page(1, 10, base + "?pagelen=10&fields=values.id%2Cvalues.title%2Cnext&page=2"))));
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme/web/issues?pagelen=10&fields=values.id%2Cvalues.title%2Cnext&page=2"))
                .willReturn(okJson(page(11, 3, null))));
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme/web/issues?pagelen=10&fields=-values.links"))
                .willReturn(okJson(page(1, 2, null))));

        List<?> listed = template.requestBody("bitbucket:listIssues?workspace=acme&repoSlug=web&pageSize=10"
                                              + "&fields=values.id,values.title", null, List.class);
        List<?> removed = template.requestBody("bitbucket:listIssues?workspace=acme&repoSlug=web&pageSize=10"
                                               + "&fields=-values.links", null, List.class);

        assertThat(listed).hasSize(13);
        assertThat(removed).as("a removal only keeps the envelope: sent as given").hasSize(2);
    }
}
