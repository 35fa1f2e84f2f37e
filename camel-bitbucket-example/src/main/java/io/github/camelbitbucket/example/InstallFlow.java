package io.github.camelbitbucket.example;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.auth.FileRefreshTokenStore;
import io.github.camelbitbucket.auth.OAuthTokenManager;
import io.github.camelbitbucket.client.HttpTransport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * The "install the app" flow of an OAuth 2.0 consumer: {@code /oauth/install} sends the user to Bitbucket's authorize
 * page, Bitbucket redirects to {@code /oauth/callback?code=...}, the code is exchanged for tokens and the refresh token
 * is stored in a file that the component then uses ({@code refreshTokenFile}).
 */
public class InstallFlow extends RouteBuilder {

    private final String authorizeUrl;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final Path refreshTokenFile;
    private final Set<String> pendingStates = ConcurrentHashMap.newKeySet();

    public InstallFlow(String authorizeUrl, String tokenUrl, String clientId, String clientSecret, Path refreshTokenFile) {
        this.authorizeUrl = authorizeUrl;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshTokenFile = refreshTokenFile;
    }

    @Override
    public void configure() {
        from("platform-http:/oauth/install?httpMethodRestrict=GET").routeId("oauth-install")
                .process(e -> {
                    String state = UUID.randomUUID().toString();
                    pendingStates.add(state);
                    e.getMessage().setBody("");
                    e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 302);
                    e.getMessage().setHeader("Location", authorizeUrl + "?client_id=" + clientId
                                                         + "&response_type=code&state=" + state);
                })
                .log("[install] sending the browser to Bitbucket's authorize page");

        from("platform-http:/oauth/callback?httpMethodRestrict=GET").routeId("oauth-callback")
                .process(e -> {
                    String code = e.getMessage().getHeader("code", String.class);
                    String state = e.getMessage().getHeader("state", String.class);
                    e.getMessage().removeHeaders("*");
                    if (code == null || state == null || !pendingStates.remove(state)) {
                        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
                        e.getMessage().setBody("Missing code or unknown state: start again at /oauth/install");
                        return;
                    }
                    try (HttpTransport transport = new HttpTransport(HttpClients.createDefault(), true)) {
                        OAuthTokenManager tokens = new OAuthTokenManager(transport, tokenUrl, clientId, clientSecret,
                                new FileRefreshTokenStore(refreshTokenFile), new ObjectMapper(), Clock.systemUTC());
                        Set<String> scopes = tokens.exchangeAuthorizationCode(code, null);
                        e.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
                        e.getMessage().setBody(("Installed. Granted scopes: " + scopes + ". The refresh token is"
                                                + " stored in " + refreshTokenFile + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                })
                .log("[install] authorization code exchanged, refresh token stored");
    }
}
