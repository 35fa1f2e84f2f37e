package io.github.camelbitbucket.standin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stand-in speaks Bitbucket: OAuth grants, scopes, BBQL, paging and error bodies. */
class StandInTest {

    static BitbucketStandIn standIn;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        standIn = BitbucketStandIn.start(0);
        standIn.addConsumer("narrow-app", "narrow-secret", "account repository", "http://localhost/cb");
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    static String token(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(standIn.tokenUrl()))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    static HttpResponse<String> get(String token, String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(standIn.baseUrl() + pathAndQuery))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bbqlFiltersAndSorts() throws Exception {
        String t = token(BitbucketStandIn.DEMO_CLIENT_ID, BitbucketStandIn.DEMO_CLIENT_SECRET);
        String q = java.net.URLEncoder.encode("(kind = \"bug\" OR title ~ \"DARK\") AND priority != \"trivial\"",
                StandardCharsets.UTF_8);

        JsonNode page = JSON.readTree(get(t, "/repositories/acme/website/issues?q=" + q + "&sort=-id").body());

        assertThat(page.get("values")).extracting(v -> v.get("title").asText())
                .containsExactly("Add dark mode", "App crashes on login with SSO");
    }

    @Test
    void pagesWithNextLinks() throws Exception {
        String t = token(BitbucketStandIn.DEMO_CLIENT_ID, BitbucketStandIn.DEMO_CLIENT_SECRET);
        for (int i = 0; i < 12; i++) {
            standIn.fileIssue("acme-labs", "prototype", "Idea " + i, "proposal");
        }

        JsonNode first = JSON.readTree(get(t, "/repositories/acme-labs/prototype/issues?pagelen=10").body());
        String next = first.get("next").asText();
        JsonNode second = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(next))
                .header("Authorization", "Bearer " + t).build(), HttpResponse.BodyHandlers.ofString()).body());

        assertThat(first.get("values")).hasSize(10);
        assertThat(second.get("values")).hasSize(2);
        assertThat(second.has("next")).isFalse();
        assertThat(get(t, "/repositories/acme/website/issues?pagelen=5").statusCode()).isEqualTo(400);
    }

    @Test
    void missingScopeIs403WithBitbucketsErrorBody() throws Exception {
        String narrow = token("narrow-app", "narrow-secret");

        HttpResponse<String> r = get(narrow, "/repositories/acme/website/issues");

        assertThat(r.statusCode()).isEqualTo(403);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("type").asText()).isEqualTo("error");
        assertThat(body.at("/error/message").asText()).contains("required privilege scopes");
        assertThat(get(narrow, "/repositories/acme").statusCode()).isEqualTo(200);
    }

    @Test
    void unauthenticatedIs401AndUnknownIs404AndRemovedListIs410() throws Exception {
        String t = token(BitbucketStandIn.DEMO_CLIENT_ID, BitbucketStandIn.DEMO_CLIENT_SECRET);

        assertThat(get("not-a-token", "/workspaces/acme").statusCode()).isEqualTo(401);
        assertThat(get(t, "/workspaces/nope").statusCode()).isEqualTo(404);
        HttpResponse<String> gone = get(t, "/workspaces");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("CHANGE-2770");
    }
}
