package io.github.camelbitbucket;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets never show: with every logger at TRACE (see {@link TraceLogCapture}), across successes, retries and
 * failures, no secret value appears in the log, in exception messages, in toString() or in sanitized endpoint URIs.
 * The fault matrix runs under the same capture (FaultMatrixTest).
 */
class SecretLeakTest extends WireMockTestSupport {

    /** A fresh file per run for the rotated refresh tokens (they must survive a restart, so never memory alone). */
    static String refreshTokenFile(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bitbucket-rt");
            dir.toFile().deleteOnExit();
            return dir.resolve(name).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String REFRESH = "rt-secret-Qw3";
    static final String ROTATED = "rt-rotated-Xk9";
    static final String ACCESS = "access-token-1";
    static final String STATIC_TOKEN = "static-bearer-Ab7";
    static final String API_TOKEN = "api-token-Pp4";

    @RegisterExtension
    static final TraceLogCapture LOGS = new TraceLogCapture();

    private final List<String> texts = new ArrayList<>();

    private void component(String name, java.util.function.Consumer<BitbucketConfiguration> settings) {
        BitbucketComponent c = new BitbucketComponent();
        configure(c.getConfiguration());
        settings.accept(c.getConfiguration());
        context.addComponent(name, c);
    }

    private void run(String uri) {
        try {
            Exchange out = template.request(uri, e -> {
            });
            collect(out.getException());
            texts.add(String.valueOf(out.getMessage().getBody()));
        } catch (RuntimeException e) {
            collect(e);
        }
    }

    private void collect(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            texts.add(c.toString());
        }
    }

    @Test
    void noSecretInLogsExceptionsOrToString() {
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(okJson("{'type':'workspace','slug':'acme'}")));
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/down")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody(json("{'type':'error','error':{'message':'down'}}"))));
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/denied")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(json("{'type':'error','error':{'message':'nope'}}"))));
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("refresh_token"))
                .willReturn(okJson("{'access_token':'" + ACCESS + "','expires_in':3600,'refresh_token':'" + ROTATED
                                   + "'}")));
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("refresh_token=bad"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody(json("{'error':'invalid_grant','error_description':'Invalid refresh_token'}"))));

        // secrets are configured on components (as the docs recommend): Camel core itself logs raw endpoint URIs
        // at TRACE, so a secret written into a URI is only masked where Camel sanitizes (see the next test)
        component("bbrt", c -> {
            c.setRefreshToken(REFRESH);
            c.setRefreshTokenFile(refreshTokenFile("rt"));
        });
        component("bbrtbad", c -> {
            c.setRefreshToken("bad");
            c.setRefreshTokenFile(refreshTokenFile("rtbad"));
        });
        component("bbstatic", c -> {
            c.setClientId(null);
            c.setClientSecret(null);
            c.setAccessToken(STATIC_TOKEN);
        });
        component("bbapi", c -> {
            c.setClientId(null);
            c.setClientSecret(null);
            c.setUsername("me@example.com");
            c.setApiToken(API_TOKEN);
        });
        run("bitbucket:getWorkspace?workspace=acme");
        run("bitbucket:getWorkspace?workspace=down&maxRetries=2");
        run("bitbucket:getWorkspace?workspace=denied");
        run("bbrt:getWorkspace?workspace=acme");
        run("bbrtbad:getWorkspace?workspace=acme");
        run("bbstatic:getWorkspace?workspace=acme");
        run("bbstatic:getWorkspace?workspace=denied");
        run("bbapi:getWorkspace?workspace=acme");
        component("bbmixed", c -> c.setAccessToken(STATIC_TOKEN));
        run("bbmixed:getWorkspace?workspace=acme");
        context.getEndpoints().forEach(e -> {
            texts.add(e.toString());
            texts.add(URISupport.sanitizeUri(e.getEndpointUri()));
            if (e instanceof BitbucketEndpoint be) {
                texts.add(be.getConfiguration().toString());
                texts.add(String.valueOf(be.getServiceMetadata()));
            }
        });
        texts.add(context.getComponent("bitbucket").toString());
        // the last run mixed two kinds of credentials: its error must not name the values

        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        String apiBasic = Base64.getEncoder().encodeToString(("me@example.com:" + API_TOKEN)
                .getBytes(StandardCharsets.UTF_8));
        String everything = LOGS.text() + "\n" + String.join("\n", texts);
        assertThat(LOGS.text()).contains("DEBUG").contains("BitbucketClient");
        for (String secret : List.of(CLIENT_SECRET, REFRESH, ROTATED, ACCESS, STATIC_TOKEN, API_TOKEN, basic, apiBasic)) {
            assertThat(everything).as("secret " + secret.substring(0, 4) + "...").doesNotContain(secret);
        }
    }
}
