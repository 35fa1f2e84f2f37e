package io.github.camelbitbucket;

import java.nio.file.Path;
import java.nio.file.Paths;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * sslContextParameters: an HTTPS server with a self-signed localhost certificate is refused by default and reached
 * when its keystore is configured as trust store; hostname verification stays on.
 */
class TlsTest {

    WireMockServer https;
    CamelContext context;

    @TempDir
    Path tmp;

    @BeforeEach
    void start() throws Exception {
        // a certificate for localhost, made for this test (WireMock's built-in one has no localhost name, so hostname
        // verification, which stays on, would refuse it)
        Path keystore = tmp.resolve("localhost.p12");
        Process keytool = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        https = new WireMockServer(wireMockConfig().dynamicHttpsPort().httpDisabled(true)
                .keystorePath(keystore.toString()).keystorePassword("changeit").keyManagerPassword("changeit")
                .keystoreType("PKCS12"));
        https.start();
        https.stubFor(post(urlPathEqualTo("/site/oauth2/access_token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"access_token\":\"t\",\"expires_in\":3600}")));
        https.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"type\":\"workspace\",\"slug\":\"acme\"}")));
        context = new DefaultCamelContext();
        BitbucketComponent component = new BitbucketComponent();
        component.getConfiguration().setBaseUrl("https://localhost:" + https.httpsPort() + "/2.0");
        component.getConfiguration().setTokenUrl("https://localhost:" + https.httpsPort() + "/site/oauth2/access_token");
        component.getConfiguration().setClientId("tls-client");
        component.getConfiguration().setClientSecret("tls-secret");
        component.getConfiguration().setMaxRetries(0);
        context.addComponent("bitbucket", component);
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource(keystore.toUri().toString());
        store.setPassword("changeit");
        store.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setTrustManagers(trust);
        context.getRegistry().bind("trustTestServer", ssl);
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        https.stop();
    }

    @Test
    void selfSignedServerIsRefusedByDefaultAndReachedWithSslContextParameters() {
        Exchange refused = context.createProducerTemplate().request("bitbucket:getWorkspace?workspace=acme", e -> {
        });
        Exchange trusted = context.createProducerTemplate().request(
                "bitbucket:getWorkspace?workspace=acme&sslContextParameters=#trustTestServer", e -> {
                });

        assertThat(refused.getException()).hasStackTraceContaining("SSL");
        assertThat(trusted.getException()).isNull();
        assertThat(trusted.getMessage().getBody()).isNotNull();
    }
}
