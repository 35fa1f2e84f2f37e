package io.github.camelbitbucket.standin;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static io.github.camelbitbucket.standin.StandInTest.HTTP;
import static io.github.camelbitbucket.standin.StandInTest.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a third-party Bitbucket client found the stand-in diverging from the description and from live Bitbucket, and
 * what it does now: each case as live Bitbucket answers it.
 */
class StandInAsLiveTest extends StandInHttpTestSupport {

    static List<String> values(HttpResponse<String> r, String field) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        JSON.readTree(r.body()).path("values").forEach(v -> out.add(v.at(field).asText()));
        return out;
    }

    @Test
    void priorityComparesBySeverityNotAlphabetically() throws Exception {
        assertThat(values(get("/repositories/acme/website/issues?q=" + q("priority >= \"major\"")), "/priority"))
                .containsOnly("major");
        assertThat(values(get("/repositories/acme/website/issues?q=" + q("priority < \"major\"")), "/priority"))
                .containsExactlyInAnyOrder("trivial", "minor");
    }

    @Test
    void inAndNotInFilter() throws Exception {
        assertThat(values(get("/repositories/acme/website/issues?q=" + q("kind IN (\"task\", \"enhancement\")")),
                "/kind")).containsExactlyInAnyOrder("task", "enhancement");
        assertThat(values(get("/repositories/acme/website/issues?q=" + q("kind NOT IN (\"task\", \"enhancement\")")),
                "/kind")).containsOnly("bug");
    }

    @Test
    void anUnknownFieldInQIsRefusedNotMatchedAgainstNothing() throws Exception {
        HttpResponse<String> r = get("/repositories/acme/website/issues?q=" + q("colour = \"red\""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Invalid field name");
    }

    @Test
    void pageZeroIsABadRequestNotAServerError() throws Exception {
        HttpResponse<String> r = get("/repositories/acme/website/issues?page=0");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("Exception");
    }

    @Test
    void createdIssuesPointAtTheStandInItself() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(standIn.baseUrl()
                                                                              + "/repositories/acme/website/issues"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Links\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).get().asString().startsWith(standIn.baseUrl());
        assertThat(JSON.readTree(r.body()).at("/links/self/href").asText()).startsWith(standIn.baseUrl());
    }

    @Test
    void userWorkspacesTakeAdministratorAndSort() throws Exception {
        assertThat(values(get("/user/workspaces?administrator=false"), "/workspace/slug")).containsExactly("acme-labs");
        assertThat(values(get("/user/workspaces?sort=-workspace.slug"), "/workspace/slug"))
                .containsExactly("acme-labs", "acme");
    }

    @Test
    void repositoriesTakeRoleAndFields() throws Exception {
        assertThat(values(get("/repositories/acme?role=owner"), "/slug")).contains("website", "infra");
        assertThat(get("/repositories/acme?role=boss").statusCode()).isEqualTo(400);
        JsonNode first = JSON.readTree(get("/repositories/acme?fields=values.slug").body()).path("values").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("slug");
    }

    @Test
    void aWorkspaceIsFoundByItsUuid() throws Exception {
        String uuid = values(get("/user/workspaces"), "/workspace/uuid").get(0);
        assertThat(get("/workspaces/" + URLEncoder.encode(uuid, StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }

    @Test
    void projectKeysAndIssueKindsAreValidated() throws Exception {
        HttpResponse<String> badKey = HTTP.send(HttpRequest.newBuilder(URI.create(standIn.baseUrl()
                                                                                   + "/workspaces/acme/projects"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bad\",\"key\":\"1-bad\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badKey.body()).at("/error/fields/key").isArray()).isTrue();

        HttpResponse<String> badKind = HTTP.send(HttpRequest.newBuilder(URI.create(standIn.baseUrl()
                                                                                    + "/repositories/acme/website/issues"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"t\",\"kind\":\"feature\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badKind.body()).at("/error/fields/kind").isArray()).isTrue();
    }

    @Test
    void commitsAsGitLogWithIncludeExcludeAndAnOpaqueNext() throws Exception {
        standIn.addRepository("acme", "history", "WEB");
        OffsetDateTime t = OffsetDateTime.parse("2026-11-01T10:00:00Z");
        for (int i = 0; i < 15; i++) {
            standIn.push("acme", "history", "main", "c" + i, t.plusMinutes(i));
        }
        standIn.push("acme", "history", "feature/x", "f1", t.plusMinutes(30));

        // without a revision: every branch (git log --all); q is ignored (live row 3); no page or size in the envelope
        JsonNode page = JSON.readTree(get("/repositories/acme/history/commits?include=main&pagelen=10&q="
                                          + q("hash = \"c0\"")).body());
        assertThat(page.has("page")).isFalse();
        assertThat(page.has("size")).isFalse();
        assertThat(page.path("values")).hasSize(10);
        assertThat(page.path("values").get(0).path("hash").asText()).isEqualTo("c14");
        assertThat(page.path("next").asText()).contains("page=").doesNotContain("page=2");
        // include/exclude: what is reachable from main and not from c9 (git log c9..main)
        assertThat(values(get("/repositories/acme/history/commits?include=main&exclude=c9"), "/hash"))
                .containsExactly("c14", "c13", "c12", "c11", "c10");
        // a branch with a slash: fine as include=, 404 in the path (live row 4)
        assertThat(values(get("/repositories/acme/history/commits?include=" + q("feature/x")), "/hash"))
                .containsExactly("f1");
        assertThat(get("/repositories/acme/history/commits/feature%2Fx").statusCode()).isEqualTo(404);
        assertThat(values(get("/repositories/acme/history/commits?pagelen=100"), "/hash")).contains("f1", "c0");
    }

    @Test
    void theIssueTrackerCanBeRetired() throws Exception {
        standIn.live().issueTrackerRetired(true);
        try {
            assertThat(get("/repositories/acme/website/issues").statusCode()).isEqualTo(410);
        } finally {
            standIn.live().issueTrackerRetired(false);
        }
    }
}
