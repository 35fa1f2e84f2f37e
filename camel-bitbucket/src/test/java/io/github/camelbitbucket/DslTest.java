package io.github.camelbitbucket;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The same route written in Java DSL and in YAML DSL (camel-yaml-dsl) sends the same requests and gives the same answer. */
class DslTest extends WireMockTestSupport {

    static final String YAML = """
            - route:
                id: triage-yaml
                from:
                  uri: direct:triage-yaml
                  steps:
                    - to:
                        uri: bitbucket:getIssue
                        parameters:
                          workspace: acme
                          repoSlug: web
                    - choice:
                        when:
                          - simple: "${body.title} ~~ 'crash'"
                            steps:
                              - setHeader:
                                  name: CamelBitbucketPriority
                                  constant: critical
                        otherwise:
                          steps:
                            - setHeader:
                                name: CamelBitbucketPriority
                                constant: minor
                    - to:
                        uri: bitbucket:updateIssue
                        parameters:
                          workspace: acme
                          repoSlug: web
                    - setBody:
                        simple: "${body.title} is now ${body.priority}"
            """;

    private void stubs() {
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme/web/issues/7")).willReturn(okJson(
                "{'type':'issue','id':7,'title':'App crash on start','priority':'major'}")));
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlEqualTo("/2.0/repositories/acme/web/issues/7"))
                .willReturn(okJson("{'type':'issue','id':7,'title':'App crash on start','priority':'critical'}")));
    }

    private void assertSent() {
        wm.verify(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                urlEqualTo("/2.0/repositories/acme/web/issues/7"))
                // the fetched issue is the body, the header overrides its priority
                .withRequestBody(equalToJson("{\"type\":\"issue\",\"id\":7,\"priority\":\"critical\"}", true, true)));
    }

    @Test
    void javaDslRoute() throws Exception {
        stubs();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:triage-java")
                        .to("bitbucket:getIssue?workspace=acme&repoSlug=web")
                        .choice()
                            .when(simple("${body.title} ~~ 'crash'"))
                                .setHeader(BitbucketConstants.PRIORITY, constant("critical"))
                            .otherwise()
                                .setHeader(BitbucketConstants.PRIORITY, constant("minor"))
                        .end()
                        .to("bitbucket:updateIssue?workspace=acme&repoSlug=web")
                        .setBody(simple("${body.title} is now ${body.priority}"));
            }
        });

        String result = template.requestBodyAndHeader("direct:triage-java", null, BitbucketConstants.ISSUE_ID, "7",
                String.class);

        assertThat(result).isEqualTo("App crash on start is now critical");
        assertSent();
    }

    @Test
    void yamlDslRoute() throws Exception {
        stubs();
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("triage.yaml", YAML));

        String result = template.requestBodyAndHeader("direct:triage-yaml", null, BitbucketConstants.ISSUE_ID, "7",
                String.class);

        assertThat(result).isEqualTo("App crash on start is now critical");
        assertSent();
    }
}
