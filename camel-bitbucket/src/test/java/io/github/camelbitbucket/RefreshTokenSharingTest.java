package io.github.camelbitbucket;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.camelbitbucket.model.Workspace;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Live row 12 (refresh tokens rotate, the old one dies at once on the stand-in): the newest refresh token survives a
 * restart, and two CamelContexts sharing one refreshTokenFile keep working while both refresh every second.
 */
class RefreshTokenSharingTest extends StandInTestSupport {

    @TempDir
    Path tmp;

    @AfterEach
    void normalLifetime() {
        standIn.setTokenLifetimeSeconds(3600);
    }

    /** The install flow's callback step, done by the component: returns the file holding the app's refresh token. */
    private Path install() throws Exception {
        HttpResponse<Void> authorize = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                standIn.authorizeUrl() + "?client_id=" + BitbucketStandIn.DEMO_CLIENT_ID + "&response_type=code"))
                .build(), HttpResponse.BodyHandlers.discarding());
        String location = authorize.headers().firstValue("Location").orElseThrow();
        String code = location.substring(location.indexOf("code=") + 5).split("&")[0];
        Path file = tmp.resolve("bitbucket.refresh-token");
        Object scopes = template.requestBodyAndHeader("bitbucket:exchangeAuthorizationCode?refreshTokenFile=" + file,
                null, BitbucketConstants.AUTHORIZATION_CODE, code);
        assertThat(scopes).asString().contains("account");
        return file;
    }

    private CamelContext node(Path file) throws Exception {
        CamelContext ctx = new DefaultCamelContext();
        BitbucketComponent component = standInComponent(ctx);
        component.getConfiguration().setRefreshTokenFile(file.toString());
        ctx.addComponent("bitbucket", component);
        ctx.start();
        return ctx;
    }

    @Test
    void liveRow12RefreshTokensRotateTheNewestSurvivesARestart() throws Exception {
        Path file = install();
        String installed = Files.readString(file);
        standIn.setTokenLifetimeSeconds(1);

        CamelContext first = node(file);
        try (ProducerTemplate t = first.createProducerTemplate()) {
            assertThat(t.requestBody("bitbucket:getWorkspace?workspace=acme", null, Workspace.class).getSlug())
                    .isEqualTo("acme");
        } finally {
            first.stop();
        }
        String rotated = Files.readString(file);
        assertThat(rotated).isNotEqualTo(installed);
        assertThat(standIn.isValidRefreshToken(installed)).isFalse();

        // a restart: a new CamelContext starts from the file, not from the dead token
        CamelContext restarted = node(file);
        try (ProducerTemplate t = restarted.createProducerTemplate()) {
            assertThat(t.requestBody("bitbucket:getWorkspace?workspace=acme", null, Workspace.class).getSlug())
                    .isEqualTo("acme");
        } finally {
            restarted.stop();
        }
        assertThat(standIn.isValidRefreshToken(Files.readString(file))).isTrue();
    }

    @Test
    void liveRow12TwoCamelContextsSharingOneTokenFileBothKeepWorking() throws Exception {
        Path file = install();
        standIn.setTokenLifetimeSeconds(1);
        CamelContext a = node(file);
        CamelContext b = node(file);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (CamelContext ctx : List.of(a, b, a, b)) {
                runs.add(pool.submit(() -> {
                    int ok = 0;
                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3500);
                    try (ProducerTemplate t = ctx.createProducerTemplate()) {
                        while (System.nanoTime() < until) {
                            t.requestBody("bitbucket:getWorkspace?workspace=acme", null, Workspace.class);
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get(30, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
            a.stop();
            b.stop();
        }
        // both refreshed several times (1 s tokens), one at a time, each from the token the other stored
        assertThat(standIn.tokenRequests()).isGreaterThanOrEqualTo(4);
        assertThat(standIn.isValidRefreshToken(Files.readString(file))).isTrue();
    }

    @Test
    void aRefreshTokenKeptOnlyInMemoryRefusesToStart() {
        assertThatThrownBy(() -> template.requestBody(
                "bitbucket:getWorkspace?workspace=acme&refreshToken=rt-from-an-install", (Object) null))
                .hasStackTraceContaining("Set refreshTokenFile")
                .hasStackTraceContaining("refreshToken alone would be dead after a restart");
    }
}
