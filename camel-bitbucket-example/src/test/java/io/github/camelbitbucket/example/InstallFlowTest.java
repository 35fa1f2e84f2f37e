package io.github.camelbitbucket.example;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelbitbucket.BitbucketComponent;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import io.github.camelbitbucket.model.Workspace;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The OAuth install flow end to end: browser -> /oauth/install -> authorize -> /oauth/callback -> stored token. */
class InstallFlowTest extends StandInMainTestSupport {

    @Test
    void installStoresARefreshTokenTheComponentThenUsesAndRotates() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        standIn = BitbucketStandIn.start(0);
        standIn.addConsumer(BitbucketStandIn.DEMO_CLIENT_ID, BitbucketStandIn.DEMO_CLIENT_SECRET,
                BitbucketStandIn.DEMO_SCOPES, "http://localhost:" + port + "/oauth/callback");
        Path tokenFile = data.resolve("bitbucket.refresh-token");
        main = new Main();
        ExampleMain.installFlow(main, standIn, port, tokenFile);
        main.start();

        // the "browser": follows the redirects to the authorize page and back to the callback
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/oauth/install")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).startsWith("Installed. Granted scopes: [account, issue:write");
        String installed = Files.readString(tokenFile);
        assertThat(standIn.isValidRefreshToken(installed)).isTrue();

        // the component uses the stored refresh token, and stores the rotated one
        CamelContext ctx = new DefaultCamelContext();
        BitbucketComponent component = ExampleMain.standInComponent(standIn);
        component.getConfiguration().setRefreshTokenFile(tokenFile.toString());
        ctx.addComponent("bitbucket", component);
        ctx.start();
        try (ProducerTemplate template = ctx.createProducerTemplate()) {
            Workspace ws = template.requestBody("bitbucket:getWorkspace?workspace=acme", null, Workspace.class);
            assertThat(ws.getName()).isEqualTo("Acme Robotics");
        } finally {
            ctx.stop();
        }
        String rotated = Files.readString(tokenFile);
        assertThat(rotated).isNotEqualTo(installed);
        assertThat(standIn.isValidRefreshToken(installed)).isFalse();
        assertThat(standIn.isValidRefreshToken(rotated)).isTrue();
    }
}
