package io.github.camelbitbucket.standin;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-in plays many accounts installing one app: the authorize page redirects to the app's callback with a code
 * and the app's state for the chosen account; the token endpoint rotates each account's refresh token and answers
 * invalid_grant to a used one; a revoked account's tokens stop working, the others' do not; installing again revives it.
 */
class StandInAccountsTest {

    private static final String CALLBACK = "http://localhost:9/oauth/callback";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static BitbucketStandIn standIn;

    @BeforeAll
    static void start() {
        standIn = BitbucketStandIn.start(0);
        standIn.addConsumer("saas-app", "made-up-saas-secret", "account repository pullrequest", CALLBACK);
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    /** Follows the authorize page as a browser would: answers the code of the redirect, checking the state came back. */
    private static String install(String account, String state) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(standIn.authorizeUrl()
                + "?client_id=saas-app&response_type=code&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)
                + "&account=" + account)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        String location = page.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(CALLBACK + "?code=")
                .contains("&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
        Matcher code = Pattern.compile("code=([^&]+)").matcher(location);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private static HttpResponse<String> token(String form) throws Exception {
        String basic = Base64.getEncoder().encodeToString("saas-app:made-up-saas-secret".getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(standIn.tokenUrl())).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode grant(String form) throws Exception {
        HttpResponse<String> r = token(form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(String accessToken, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(standIn.baseUrl() + path))
                .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eachAccountInstallsTheAppAndSeesItsOwnWorkspaces() throws Exception {
        assertThat(standIn.accounts()).containsExactly("ada", "demo", "grace");
        JsonNode ada = grant("grant_type=authorization_code&code=" + install("ada", "state-for-ada"));
        JsonNode grace = grant("grant_type=authorization_code&code=" + install("grace", "state-for-grace"));

        JsonNode adaUser = JSON.readTree(get(ada.path("access_token").asText(), "/user").body());
        assertThat(adaUser.path("display_name").asText()).isEqualTo("Ada Customer");
        assertThat(adaUser.path("uuid").asText()).startsWith("{").endsWith("}");
        assertThat(JSON.readTree(get(ada.path("access_token").asText(), "/user/workspaces").body()).path("values"))
                .extracting(v -> v.path("workspace").path("slug").asText()).containsExactly("acme");
        assertThat(JSON.readTree(get(grace.path("access_token").asText(), "/user/workspaces").body()).path("values"))
                .extracting(v -> v.path("workspace").path("slug").asText()).containsExactly("acme-labs");
        assertThat(JSON.readTree(get(grace.path("access_token").asText(), "/user").body()).path("uuid").asText())
                .isNotEqualTo(adaUser.path("uuid").asText());
    }

    @Test
    void anAccountReachesOnlyItsOwnWorkspacesAndHooks() throws Exception {
        String ada = grant("grant_type=authorization_code&code=" + install("ada", "state-ada-2")).path("access_token")
                .asText();
        assertThat(get(ada, "/repositories/acme").statusCode()).isEqualTo(200);
        assertThat(get(ada, "/repositories/acme-labs").statusCode()).isEqualTo(403);
        assertThat(get(ada, "/repositories/acme-labs/prototype/pullrequests").statusCode()).isEqualTo(403);
        HttpResponse<String> hooks = get(ada, "/workspaces/acme-labs/hooks");
        assertThat(hooks.statusCode()).isEqualTo(403);
        assertThat(hooks.body()).contains("is not a member of workspace acme-labs");
        // the demo user sees every workspace
        String demo = grant("grant_type=authorization_code&code=" + install("demo", "state-demo-2"))
                .path("access_token").asText();
        assertThat(get(demo, "/repositories/acme-labs").statusCode()).isEqualTo(200);
    }

    @Test
    void oneAccountOverItsRateLimitDoesNotLimitTheOthers() throws Exception {
        String ada = grant("grant_type=authorization_code&code=" + install("ada", "state-ada-3")).path("access_token")
                .asText();
        String grace = grant("grant_type=authorization_code&code=" + install("grace", "state-grace-3"))
                .path("access_token").asText();
        standIn.live().rateLimitAccount("ada", true);
        try {
            HttpResponse<String> limited = get(ada, "/repositories/acme");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.body()).isEqualTo("Rate limit for this resource has been exceeded");
            assertThat(get(grace, "/repositories/acme-labs").statusCode()).isEqualTo(200);
        } finally {
            standIn.live().rateLimitAccount("ada", false);
        }
        assertThat(get(ada, "/repositories/acme").statusCode()).isEqualTo(200);
    }

    @Test
    void refreshTokensRotatePerAccountAndAUsedOneIsInvalidGrant() throws Exception {
        JsonNode first = grant("grant_type=authorization_code&code=" + install("ada", "s1"));
        String rt1 = first.path("refresh_token").asText();
        JsonNode second = grant("grant_type=refresh_token&refresh_token=" + rt1);
        assertThat(second.path("refresh_token").asText()).isNotEqualTo(rt1);
        HttpResponse<String> reused = token("grant_type=refresh_token&refresh_token=" + rt1);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(reused.body()).path("error").asText()).isEqualTo("invalid_grant");
        // the rotated token still acts as Ada
        assertThat(JSON.readTree(get(second.path("access_token").asText(), "/user").body()).path("display_name")
                .asText()).isEqualTo("Ada Customer");
        // a code works once
        String code = install("grace", "s2");
        grant("grant_type=authorization_code&code=" + code);
        assertThat(token("grant_type=authorization_code&code=" + code).statusCode()).isEqualTo(400);
    }

    @Test
    void aRevokedAccountFailsAloneAndInstallingAgainRevivesIt() throws Exception {
        JsonNode ada = grant("grant_type=authorization_code&code=" + install("ada", "s3"));
        JsonNode grace = grant("grant_type=authorization_code&code=" + install("grace", "s4"));

        standIn.revokeAccount("ada");

        assertThat(get(ada.path("access_token").asText(), "/user").statusCode()).isEqualTo(401);
        HttpResponse<String> refresh = token("grant_type=refresh_token&refresh_token=" + ada.path("refresh_token").asText());
        assertThat(refresh.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refresh.body()).path("error").asText()).isEqualTo("invalid_grant");
        assertThat(get(grace.path("access_token").asText(), "/user").statusCode()).isEqualTo(200);
        assertThat(grant("grant_type=refresh_token&refresh_token=" + grace.path("refresh_token").asText())
                .path("access_token").asText()).isNotBlank();

        JsonNode again = grant("grant_type=authorization_code&code=" + install("ada", "s5"));
        assertThat(get(again.path("access_token").asText(), "/user").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownAccountIsRefusedOnTheAuthorizePage() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(standIn.authorizeUrl()
                + "?client_id=saas-app&response_type=code&account=mallory")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("No stand-in account 'mallory'");
    }
}
