package io.github.camelbitbucket;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** proxyHost/proxyPort: API and token requests go through the HTTP proxy (a second WireMock, forwarding). */
class ProxyTest extends WireMockTestSupport {

    WireMockServer proxy;

    @BeforeEach
    void startProxy() {
        proxy = new WireMockServer(wireMockConfig().dynamicPort().enableBrowserProxying(true));
        proxy.start();
    }

    @AfterEach
    void stopProxy() {
        proxy.stop();
    }

    @Test
    void requestsGoThroughTheConfiguredProxy() {
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(okJson("{'type':'workspace','slug':'acme'}")));

        Object ws = template.requestBody("bitbucket:getWorkspace?workspace=acme&proxyHost=localhost&proxyPort="
                                         + proxy.port(),
                (Object) null);

        assertThat(ws).isNotNull();
        wm.verify(getRequestedFor(urlEqualTo("/2.0/workspaces/acme"))
                .withHeader("Authorization", equalTo("Bearer access-token-1")));
        // the proxy saw both the token request and the API request
        assertThat(proxy.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()))).extracting(r -> r.getUrl())
                .anyMatch(u -> u.endsWith("/2.0/workspaces/acme"))
                .anyMatch(u -> u.endsWith(TOKEN_PATH));
    }
}
