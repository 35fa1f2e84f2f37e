package io.github.camelbitbucket.example;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelbitbucket.BitbucketConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The "install the app" flow of an OAuth 2.0 consumer: {@code /oauth/install} sends the user to Bitbucket's authorize
 * page, Bitbucket redirects to {@code /oauth/callback?code=...}, the code is exchanged for tokens and the refresh token
 * is stored by the component's exchangeAuthorizationCode action in its refreshTokenFile, which every later request
 * then uses (and rotates).
 */
public class InstallFlow extends RouteBuilder {

    private final String authorizeUrl;
    private final String clientId;
    private final Set<String> pendingStates = ConcurrentHashMap.newKeySet();

    /** @param clientId the OAuth consumer key (public: it appears in the authorize URL) */
    public InstallFlow(String authorizeUrl, String clientId) {
        this.authorizeUrl = authorizeUrl;
        this.clientId = clientId;
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
                    e.getMessage().setBody(null);
                    if (code == null || state == null || !pendingStates.remove(state)) {
                        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
                        e.getMessage().setBody("Missing code or unknown state: start again at /oauth/install");
                        e.setRouteStop(true);
                        return;
                    }
                    e.getMessage().setHeader(BitbucketConstants.AUTHORIZATION_CODE, code);
                })
                // the component exchanges the code and keeps the refresh token in its refreshTokenFile
                .to("bitbucket:exchangeAuthorizationCode")
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain; charset=utf-8"))
                .setBody(simple("Installed. Granted scopes: ${body}. The refresh token is stored.\n"))
                .log("[install] authorization code exchanged, refresh token stored");
    }
}
