package io.github.camelbitbucket;

import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel test with a WireMock Bitbucket on a dynamic port. The component is configured with made-up OAuth client
 * credentials, a token endpoint stub answers, and after each test every API request (and response) WireMock saw is
 * validated against the project's contract.
 */
public abstract class WireMockTestSupport extends CamelTestSupport {

    public static final String CLIENT_ID = "test-client-id";
    public static final String CLIENT_SECRET = "test-client-secret-Zq81";
    public static final String TOKEN_PATH = "/site/oauth2/access_token";
    public static final String GRANTED = "account issue:write project project:admin pullrequest pullrequest:write repository";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    /** Set to false in a test that serves deliberately broken answers. */
    protected boolean validateResponses = true;
    /** Set to false in a test whose httpRequest reaches a documented path outside our contract (downloads, src). */
    protected boolean validateRequests = true;

    protected String baseUrl() {
        return wm.baseUrl() + "/2.0";
    }

    protected String tokenUrl() {
        return wm.baseUrl() + TOKEN_PATH;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        stubToken("access-token-1", 3600);
        stubLiveBehaviour();
        BitbucketComponent component = new BitbucketComponent();
        configure(component.getConfiguration());
        context.addComponent("bitbucket", component);
        return context;
    }

    /** The component defaults for the tests; override to change the credential mode. */
    protected void configure(BitbucketConfiguration cfg) {
        cfg.setBaseUrl(baseUrl());
        cfg.setTokenUrl(tokenUrl());
        cfg.setClientId(CLIENT_ID);
        cfg.setClientSecret(CLIENT_SECRET);
        cfg.setRetryInitialDelay(10);
        cfg.setRetryMaxDelay(50);
        cfg.setRateLimitMaxWait(50);
    }

    /**
     * What every WireMock Bitbucket of the tests does as live Bitbucket does, whatever a test stubs: a pull request
     * list asked for more than 50 per page answers 400 "Invalid pagelen" (live row 1).
     */
    protected static void stubLiveBehaviour() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(".*/pullrequests/?"))
                .withQueryParam("pagelen", com.github.tomakehurst.wiremock.client.WireMock.matching(
                        "0*([5-9][1-9]|[6-9][0-9]|[1-9][0-9]{2,})"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"type\":\"error\",\"error\":{\"message\":\"Invalid pagelen\"}}")));
    }

    protected static void stubToken(String token, long expiresIn) {
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn
                          + ",\"scopes\":\"" + GRANTED + "\"}")));
    }

    protected static String json(String body) {
        return body.replace('\'', '"');
    }

    protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json(body));
    }

    /** Requests to the REST API (not the token endpoint). */
    protected static List<ServeEvent> apiEvents() {
        return wm.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/2.0/")).toList();
    }

    protected static int tokenRequests() {
        return wm.findAll(WireMock.postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size();
    }

    @AfterEach
    void everyRequestFollowsTheContract() {
        if (!validateRequests) {
            return;
        }
        assertThat(ContractValidator.validate(wm.getAllServeEvents(), validateResponses))
                .as("requests/responses not allowed by src-gen-config/bitbucket-api.yaml").isEmpty();
    }
}
