package io.github.camelbitbucket;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelbitbucket.auth.RefreshTokenStore;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OAuth 2.0: grants sent right, tokens cached and shared, single-flight refresh, 401 handling, rotation, scopes. */
class OAuthTest extends WireMockTestSupport {

    @TempDir
    Path tmp;

    private void stubWorkspace() {
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(okJson("{'type':'workspace','slug':'acme'}")));
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void clientCredentialsGrantIsFormEncodedWithBasicAuthAndTokenIsReused() {
        stubWorkspace();

        for (int i = 0; i < 5; i++) {
            template.requestBody("bitbucket:getWorkspace?workspace=acme", (Object) null);
        }

        wm.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withHeader("Authorization", equalTo(basic()))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials")));
        wm.verify(5, getRequestedFor(urlEqualTo("/2.0/workspaces/acme"))
                .withHeader("Authorization", equalTo("Bearer access-token-1")));
    }

    @Test
    void sixteenThreadsShareOneTokenRequest() throws Exception {
        stubWorkspace();
        // a slow token endpoint makes the threads meet at the refresh
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withFixedDelay(300)
                .withHeader("Content-Type", "application/json")
                .withBody(json("{'access_token':'shared','expires_in':3600,'scopes':'" + GRANTED + "'}"))));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return template.requestBody("bitbucket:getWorkspace?workspace=acme", (Object) null);
            }));
        }
        start.countDown();
        for (Future<Object> f : calls) {
            f.get();
        }
        pool.shutdown();

        assertThat(tokenRequests()).isEqualTo(1);
        wm.verify(16, getRequestedFor(urlEqualTo("/2.0/workspaces/acme"))
                .withHeader("Authorization", equalTo("Bearer shared")));
    }

    @Test
    void expiredTokenIsRefreshedOnce() {
        stubWorkspace();
        MutableClock clock = new MutableClock();
        ((BitbucketComponent) context.getComponent("bitbucket")).setClock(clock);
        stubToken("short-lived", 100);

        template.requestBody("bitbucket:getWorkspace?workspace=acme", (Object) null);
        template.requestBody("bitbucket:getWorkspace?workspace=acme", (Object) null);
        clock.advance(Duration.ofSeconds(95)); // past expires_in minus the 10% margin
        template.requestBody("bitbucket:getWorkspace?workspace=acme", (Object) null);
        template.requestBody("bitbucket:getWorkspace?workspace=acme", (Object) null);

        assertThat(tokenRequests()).isEqualTo(2);
    }

    @Test
    void unauthorizedAnswerTriggersOneRefreshAndOneRetry() {
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).inScenario("revoked").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody(json("{'type':'error','error':{'message':'Access token expired.'}}")))
                .willSetStateTo("refreshed"));
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).inScenario("revoked").whenScenarioStateIs("refreshed")
                .willReturn(okJson("{'type':'workspace','slug':'acme'}")));

        Object ws = template.requestBody("bitbucket:getWorkspace?workspace=acme", (Object) null);

        assertThat(ws).isNotNull();
        assertThat(tokenRequests()).isEqualTo(2);
        assertThat(apiEvents()).hasSize(2);
    }

    @Test
    void persistentUnauthorizedFailsAfterOneRefresh() {
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(json("{'type':'error','error':{'message':'Bad credentials'}}"))));

        Exchange out = template.request("bitbucket:getWorkspace?workspace=acme", e -> {
        });

        assertThat(out.getException()).hasMessageContaining("HTTP 401").hasMessageContaining("Bad credentials");
        assertThat(tokenRequests()).isEqualTo(2);
        assertThat(apiEvents()).hasSize(2);
    }

    @Test
    void rotatedRefreshTokenIsHandedToTheStore() {
        stubWorkspace();
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(okJson("{'access_token':'from-refresh','expires_in':3600,'refresh_token':'rt-2',"
                                   + "'scope':'" + GRANTED + "'}")));
        AtomicReference<String> stored = new AtomicReference<>("rt-1");
        RefreshTokenStore store = new RefreshTokenStore() {
            @Override
            public String load() {
                return stored.get();
            }

            @Override
            public void store(String refreshToken) {
                stored.set(refreshToken);
            }
        };
        context.getRegistry().bind("rtStore", store);

        template.requestBody("bitbucket:getWorkspace?workspace=acme&refreshTokenStore=#rtStore", (Object) null);

        wm.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(equalTo("grant_type=refresh_token&refresh_token=rt-1")));
        assertThat(stored.get()).isEqualTo("rt-2");
        wm.verify(getRequestedFor(urlEqualTo("/2.0/workspaces/acme"))
                .withHeader("Authorization", equalTo("Bearer from-refresh")));
    }

    @Test
    void fileStoreKeepsTheRotatedRefreshTokenAcrossRestarts() throws Exception {
        stubWorkspace();
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(okJson("{'access_token':'t','expires_in':3600,'refresh_token':'rt-rotated'}")));
        Path file = tmp.resolve("bitbucket.refresh-token");

        template.requestBody("bitbucket:getWorkspace?workspace=acme&refreshToken=rt-initial&refreshTokenFile="
                             + file,
                (Object) null);

        assertThat(Files.readString(file)).isEqualTo("rt-rotated");
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void missingScopeFailsRouteStartNamingOperationAndScope() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:x").routeId("needs-issue-write")
                        .to("bitbucket:createIssue?workspace=a&repoSlug=b&scopes=account issue project");
            }
        })).hasStackTraceContaining("Operation createIssue needs the OAuth scope(s) [issue:write]");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void scopesWithoutAccountAreRefused() {
        assertThatThrownBy(() -> template.request("bitbucket:getWorkspace?workspace=acme&scopes=repository", e -> {
        })).hasStackTraceContaining("must include 'account'");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void impliedScopesCount() {
        stubWorkspace();
        wm.stubFor(get(urlPathEqualTo("/2.0/repositories/acme")).willReturn(okJson("{'values':[]}")));

        // project implies repository
        Object repos = template.requestBody("bitbucket:listRepositories?workspace=acme&scopes=account project",
                (Object) null);

        assertThat(repos).isNotNull();
    }

    @Test
    void grantedScopesFromTheTokenAreChecked() {
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(
                "{'access_token':'t','expires_in':3600,'scopes':'account repository'}")));

        Exchange out = template.request("bitbucket:listIssues?workspace=acme&repoSlug=web", e -> {
        });

        assertThat(out.getException()).hasMessageContaining("needs the OAuth scope(s) [issue]")
                .hasMessageContaining("[account, repository]");
        assertThat(apiEvents()).isEmpty();
    }

    @Test
    void accessTokenAndApiTokenModesSendTheirHeaders() {
        stubWorkspace();
        String basic = "Basic " + Base64.getEncoder().encodeToString("me@example.com:api-tok-xyz"
                .getBytes(StandardCharsets.UTF_8));

        template.requestBody("bitbucket:getWorkspace?workspace=acme&clientId=&clientSecret=&accessToken=repo-tok-abc",
                (Object) null);
        template.requestBody("bitbucket:getWorkspace?workspace=acme&clientId=&clientSecret=&username=me@example.com"
                             + "&apiToken=api-tok-xyz",
                (Object) null);

        wm.verify(getRequestedFor(urlEqualTo("/2.0/workspaces/acme"))
                .withHeader("Authorization", equalTo("Bearer repo-tok-abc")));
        wm.verify(getRequestedFor(urlEqualTo("/2.0/workspaces/acme")).withHeader("Authorization", equalTo(basic)));
        assertThat(tokenRequests()).isZero();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
