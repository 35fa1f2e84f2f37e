package io.github.camelbitbucket;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets written into endpoint URIs (not recommended: Camel core logs raw URIs at TRACE) are masked wherever Camel
 * shows a URI, and never part of an error message.
 */
class SecretMaskingTest extends WireMockTestSupport {

    static final String REFRESH = SecretLeakTest.REFRESH;
    static final String STATIC_TOKEN = SecretLeakTest.STATIC_TOKEN;
    static final String API_TOKEN = SecretLeakTest.API_TOKEN;

    private final List<String> texts = new ArrayList<>();

    @Test
    void secretsWrittenIntoUrisAreMaskedWhereCamelShowsThem() {
        String oauth = "bitbucket:getWorkspace?workspace=acme&clientSecret=" + CLIENT_SECRET + "&refreshToken=" + REFRESH
                       + "&refreshTokenFile=" + SecretLeakTest.refreshTokenFile("masking");
        String bearer = "bitbucket:getWorkspace?workspace=acme&clientId=&clientSecret=&accessToken=" + STATIC_TOKEN;
        String api = "bitbucket:getWorkspace?workspace=acme&clientId=&clientSecret=&username=me&apiToken=" + API_TOKEN;
        String mixed = "bitbucket:getWorkspace?workspace=acme&apiToken=" + API_TOKEN + "&accessToken=" + STATIC_TOKEN;
        List<String> shown = new ArrayList<>();
        for (String uri : List.of(oauth, bearer, api)) {
            shown.add(URISupport.sanitizeUri(uri));
            shown.add(context.getEndpoint(uri).toString());
        }
        try {
            context.getEndpoint(mixed);
        } catch (RuntimeException e) {
            texts.add(String.valueOf(e));
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                texts.add(String.valueOf(c));
            }
        }
        shown.addAll(texts);

        assertThat(texts).isNotEmpty();
        for (String secret : List.of(CLIENT_SECRET, REFRESH, STATIC_TOKEN, API_TOKEN)) {
            assertThat(String.join("\n", shown)).doesNotContain(secret);
        }
        assertThat(shown.get(0)).contains("workspace=acme").contains("clientSecret=xxxxxx");
    }

    @Test
    void theWebhookSecretWrittenIntoAUriIsMaskedToo() {
        String secret = "made-up-webhook-secret-for-masking";
        String uri = "bitbucket:pullRequestCreated?workspace=acme&repoSlug=web&delivery=webhook&webhookSecret=" + secret;
        assertThat(URISupport.sanitizeUri(uri)).doesNotContain(secret).contains("webhookSecret=xxxxxx");
        assertThat(context.getEndpoint(uri).toString()).doesNotContain(secret);
        assertThat(((BitbucketEndpoint) context.getEndpoint(uri)).getConfiguration().toString()).doesNotContain(secret);
    }
}
