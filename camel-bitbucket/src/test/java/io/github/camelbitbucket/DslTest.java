package io.github.camelbitbucket;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The same route written in Java DSL and in YAML DSL (camel-yaml-dsl) sends the same requests and gives the same answer. */
class DslTest extends WireMockTestSupport {

    /** Canonical YAML DSL notation (what Camel 4.22 loads without the "compact notation" warning). */
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
                          - expression:
                              simple:
                                expression: "${body.title} ~~ 'crash'"
                            steps:
                              - setHeader:
                                  name: CamelBitbucketPriority
                                  expression:
                                    constant:
                                      expression: critical
                        otherwise:
                          steps:
                            - setHeader:
                                name: CamelBitbucketPriority
                                expression:
                                  constant:
                                    expression: minor
                    # the next action names its issue itself: the output header of getIssue is only a report
                    - setHeader:
                        name: CamelBitbucketOverrideIssueId
                        expression:
                          header:
                            expression: CamelBitbucketIssueId
                    - to:
                        uri: bitbucket:updateIssue
                        parameters:
                          workspace: acme
                          repoSlug: web
                    - setBody:
                        expression:
                          simple:
                            expression: "${body.title} is now ${body.priority}"
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
                // only the field the route set: the fetched issue (a previous step's result) is not sent back
                .withRequestBody(equalToJson("{\"type\":\"issue\",\"priority\":\"critical\"}")));
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
                        // the next action names its issue itself: the output header of getIssue is only a report
                        .setHeader(BitbucketConstants.OVERRIDE_ISSUE_ID, header(BitbucketConstants.ISSUE_ID))
                        .to("bitbucket:updateIssue?workspace=acme&repoSlug=web")
                        .setBody(simple("${body.title} is now ${body.priority}"));
            }
        });

        String result = template.requestBodyAndHeader("direct:triage-java", null, BitbucketConstants.OVERRIDE_ISSUE_ID, "7",
                String.class);

        assertThat(result).isEqualTo("App crash on start is now critical");
        assertSent();
    }

    @RegisterExtension
    static final TraceLogCapture LOG = new TraceLogCapture();

    @Test
    void yamlDslRoute() throws Exception {
        stubs();
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("triage.yaml", YAML));
        assertThat(LOG.text()).doesNotContain("compact notation");

        String result = template.requestBodyAndHeader("direct:triage-yaml", null, BitbucketConstants.OVERRIDE_ISSUE_ID, "7",
                String.class);

        assertThat(result).isEqualTo("App crash on start is now critical");
        assertSent();
    }
}
