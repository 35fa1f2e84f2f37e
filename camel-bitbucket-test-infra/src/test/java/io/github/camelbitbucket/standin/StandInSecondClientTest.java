package io.github.camelbitbucket.standin;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static io.github.camelbitbucket.standin.StandInTest.HTTP;
import static io.github.camelbitbucket.standin.StandInTest.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The divergences a third-party Bitbucket client library found when it drove the stand-in (issue 25: 59 of 77 cases
 * matched), each as live Bitbucket and Atlassian's description answer it.
 */
class StandInSecondClientTest extends StandInHttpTestSupport {

    static HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(standIn.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        return HTTP.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCreatedProjectsLocationIsItsUrlAndTheNonEmptyDeleteSaysRepositories() throws Exception {
        HttpResponse<String> created = send("POST", "/workspaces/acme/projects", "{\"name\":\"Fid\",\"key\":\"FID\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo(standIn.baseUrl() + "/workspaces/acme/projects/FID");
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = send("DELETE", "/workspaces/acme/projects/WEB", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot delete a project that contains repositories.")
                .doesNotContain("store.");
    }

    @Test
    void aProjectRenamedByPutHasItsNewLocationAndItsNewKeyIsCheckedAndNeverOverwritesAnother() throws Exception {
        send("POST", "/workspaces/acme/projects", "{\"name\":\"Old\",\"key\":\"OLDKEY\"}");

        HttpResponse<String> bad = send("PUT", "/workspaces/acme/projects/OLDKEY", "{\"key\":\"bad key!\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).at("/error/fields/key/0").asText()).contains("must start with a letter");

        HttpResponse<String> taken = send("PUT", "/workspaces/acme/projects/OLDKEY", "{\"key\":\"OPS\"}");
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(get("/workspaces/acme/projects/OPS").body()).path("name").asText())
                .as("OPS is untouched").isEqualTo("Operations");

        HttpResponse<String> renamed = send("PUT", "/workspaces/acme/projects/OLDKEY", "{\"key\":\"NEWKEY\"}");
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(renamed.headers().firstValue("Location")).hasValue(standIn.baseUrl() + "/workspaces/acme/projects/NEWKEY");
        assertThat(JSON.readTree(renamed.body()).at("/links/self/href").asText())
                .isEqualTo(standIn.baseUrl() + "/workspaces/acme/projects/NEWKEY");
        assertThat(get("/workspaces/acme/projects/OLDKEY").statusCode()).isEqualTo(404);
    }

    @Test
    void projectsRepositoriesAndWorkspacesCarryTheirLinks() throws Exception {
        JsonNode project = JSON.readTree(get("/workspaces/acme/projects/WEB").body());
        JsonNode repo = JSON.readTree(get("/repositories/acme/website").body());
        JsonNode workspace = JSON.readTree(get("/workspaces/acme").body());
        for (JsonNode node : new JsonNode[] {project, repo, workspace}) {
            assertThat(node.at("/links/self/href").asText()).startsWith(standIn.baseUrl());
            assertThat(node.at("/links/html/href").asText()).startsWith("https://bitbucket.org/");
            assertThat(node.at("/links/avatar/href").asText()).startsWith("https://");
        }
        assertThat(repo.at("/links/self/href").asText()).endsWith("/repositories/acme/website");
    }

    @Test
    void sortRoleAndFieldsWorkAsDescribed() throws Exception {
        JsonNode desc = JSON.readTree(get("/user/workspaces?sort=-slug").body());
        assertThat(desc.at("/values/0/workspace/slug").asText()).isEqualTo("acme-labs");
        JsonNode asc = JSON.readTree(get("/user/workspaces?sort=slug").body());
        assertThat(asc.at("/values/0/workspace/slug").asText()).isEqualTo("acme");

        assertThat(JSON.readTree(get("/repositories/acme-labs?role=admin").body()).path("values")).isEmpty();
        assertThat(JSON.readTree(get("/repositories/acme-labs?role=member").body()).path("values")).isNotEmpty();
        assertThat(JSON.readTree(get("/repositories/acme?role=admin").body()).path("values")).isNotEmpty();

        JsonNode partial = JSON.readTree(get("/repositories/acme?fields=" + q("values.slug,values.project.key")).body());
        assertThat(partial.fieldNames()).toIterable().containsExactly("values");
        JsonNode first = partial.path("values").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactlyInAnyOrder("slug", "project");
        assertThat(first.path("project").fieldNames()).toIterable().containsExactly("key");
        JsonNode paged = JSON.readTree(get("/repositories/acme?pagelen=10&fields=" + q("next,values.slug")).body());
        assertThat(paged.has("values")).isTrue();

        JsonNode single = JSON.readTree(get("/repositories/acme/website?fields=" + q("slug,project.key")).body());
        assertThat(single.fieldNames()).toIterable().containsExactlyInAnyOrder("slug", "project");
        JsonNode without = JSON.readTree(get("/repositories/acme/website?fields=" + q("-links")).body());
        assertThat(without.has("links")).isFalse();
        assertThat(without.has("slug")).isTrue();
    }

    @Test
    void theDescriptionsOwnBbqlExamplesWorkAndAnUnknownFieldIsRefusedOnAnEmptyList() throws Exception {
        standIn.live().issueTrackerRetired(false);
        try {
            assertThat(get("/repositories/acme/website/issues?q=" + q("component = null")).statusCode()).isEqualTo(200);
            assertThat(get("/repositories/acme/website/issues?q=" + q("content.raw ~ \"login\"")).statusCode())
                    .isEqualTo(200);
            standIn.addRepository("acme", "empty", "WEB");
            HttpResponse<String> unknown = get("/repositories/acme/empty/issues?q=" + q("colour = \"red\""));
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("Invalid field name");
            assertThat(get("/repositories/acme/empty/issues?q=" + q("kind = \"bug\"")).statusCode()).isEqualTo(200);
        } finally {
            standIn.live().issueTrackerRetired(!Boolean.getBoolean("standin.issueTracker"));
        }
    }

    @Test
    void commitPageTokensAndPagelenAreRefusedPlainly() throws Exception {
        for (String page : new String[] {"AAAA", "0", "2", "%25%25"}) {
            HttpResponse<String> r = get("/repositories/acme/website/commits?page=" + page);
            assertThat(r.statusCode()).as(page).isEqualTo(400);
            assertThat(r.body()).as(page).contains("Invalid page").doesNotContain("begin").doesNotContain("Base64")
                    .doesNotContain("Illegal");
        }
        HttpResponse<String> big = get("/repositories/acme/website/commits?pagelen=101");
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(big.body()).contains("Invalid pagelen");
        assertThat(get("/repositories/acme/website/commits?pagelen=100").statusCode()).isEqualTo(200);
    }

    @Test
    void theIssueTrackerIsRetiredByDefaultAsOnLiveBitbucketAndASwitchBringsItBack() throws Exception {
        String before = System.getProperty("standin.issueTracker");
        System.clearProperty("standin.issueTracker");
        try (BitbucketStandIn plain = BitbucketStandIn.start(0)) {
            String plainToken = tokenOf(plain);
            HttpResponse<String> retired = HTTP.send(HttpRequest.newBuilder(URI.create(plain.baseUrl()
                    + "/repositories/acme/website/issues")).header("Authorization", "Bearer " + plainToken).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(retired.statusCode()).isEqualTo(410);
            assertThat(retired.body()).contains("retired");
            plain.live().issueTrackerRetired(false);
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(plain.baseUrl() + "/repositories/acme/website/issues"))
                    .header("Authorization", "Bearer " + plainToken).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);
        } finally {
            if (before != null) {
                System.setProperty("standin.issueTracker", before);
            }
        }
    }

    private static String tokenOf(BitbucketStandIn s) throws Exception {
        BitbucketStandIn saved = StandInTest.standIn;
        StandInTest.standIn = s;
        try {
            return StandInTest.token(BitbucketStandIn.DEMO_CLIENT_ID, BitbucketStandIn.DEMO_CLIENT_SECRET);
        } finally {
            StandInTest.standIn = saved;
        }
    }

    @Test
    void a204AnswerCarriesAContentTypeAsLiveSendsOne() throws Exception {
        send("POST", "/workspaces/acme/projects", "{\"name\":\"Gone\",\"key\":\"GONE\"}");
        HttpResponse<String> deleted = send("DELETE", "/workspaces/acme/projects/GONE", null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(deleted.body()).isEmpty();
    }
}
