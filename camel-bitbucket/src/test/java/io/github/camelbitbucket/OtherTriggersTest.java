package io.github.camelbitbucket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelbitbucket.model.Commit;
import io.github.camelbitbucket.model.Project;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** commitPushed (walks back to the last delivered hash), workspace-level triggers, and misuse of actions/triggers. */
class OtherTriggersTest extends WireMockTestSupport {

    static final String COMMITS = "/2.0/repositories/acme/web/commits/main";
    static final String PROJECTS = "/2.0/workspaces/acme/projects";
    static final String PULL_REQUESTS = "/2.0/repositories/acme/web/pullrequests";

    final List<Object> delivered = new CopyOnWriteArrayList<>();

    @BeforeEach
    void fake() {
        FakeCollections.INSTANCE.reset();
        wm.stubFor(get(urlPathEqualTo(COMMITS)).willReturn(aResponse().withTransformers(FakeCollections.NAME)));
        wm.stubFor(get(urlPathEqualTo(PROJECTS)).willReturn(aResponse().withTransformers(FakeCollections.NAME)));
        wm.stubFor(get(urlPathEqualTo(PULL_REQUESTS)).willReturn(aResponse().withTransformers(FakeCollections.NAME)));
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme/web")).willReturn(okJson(
                "{'type':'repository','slug':'web','mainbranch':{'type':'branch','name':'main'}}")));
    }

    static void push(String hash, int minute) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", "commit");
        c.put("hash", hash);
        c.put("date", "2026-11-01T10:" + (minute < 10 ? "0" : "") + minute + ":00+00:00");
        c.put("message", "commit " + hash);
        FakeCollections.INSTANCE.collection(COMMITS).add(0, c); // newest first, as Bitbucket lists them
    }

    @Test
    void commitPushedDeliversNewCommitsOfTheMainBranchOldestFirst() throws Exception {
        push("aaa1111", 1);
        push("bbb2222", 2);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:commitPushed?workspace=acme&repoSlug=web&delay=20&initialDelay=0&pageSize=10")
                        .process(e -> delivered.add(e.getIn().getBody(Commit.class).getHash()));
            }
        });
        await().atMost(5, TimeUnit.SECONDS).until(() -> FakeCollections.INSTANCE.queries().size() >= 2);

        for (int i = 0; i < 12; i++) {
            push("c" + (100 + i) + "fff", 10 + i);
        }

        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 12);
        assertThat(delivered).first().isEqualTo("c100fff");
        assertThat(delivered).last().isEqualTo("c111fff");
        assertThat(delivered).hasSize(12).doesNotHaveDuplicates().doesNotContain("aaa1111", "bbb2222");
    }

    @Test
    void projectCreatedWorksOnTheWorkspace() throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "project");
        p.put("uuid", "{p-1}");
        p.put("key", "OPS");
        p.put("name", "Operations");
        p.put("created_on", "2026-11-01T10:00:00+00:00");
        p.put("updated_on", "2026-11-01T10:00:00+00:00");
        FakeCollections.INSTANCE.collection(PROJECTS).add(p);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:projectCreated?workspace=acme&delay=20&initialDelay=0&startFrom=2026-10-01T00:00:00Z")
                        .process(e -> delivered.add(e.getIn().getBody(Project.class).getKey() + "/"
                                                    + e.getIn().getHeader(BitbucketConstants.ITEM_ID) + "/"
                                                    + e.getIn().getHeader(BitbucketConstants.EVENT_TIMESTAMP)));
            }
        });

        await().atMost(10, TimeUnit.SECONDS).until(() -> !delivered.isEmpty());
        assertThat(delivered).containsExactly("OPS/{p-1}/2026-11-01T10:00:00Z");
        assertThat(FakeCollections.INSTANCE.queries().get(0))
                .contains("q=created_on%20%3E%3D%20%222026-10-01T00%3A00%3A00Z%22").contains("sort=created_on");
    }

    @Test
    void pullRequestUpdatedFiresPerUpdateWithTheStateFilter() throws Exception {
        for (int id = 1; id <= 3; id++) {
            Map<String, Object> pr = new LinkedHashMap<>();
            pr.put("type", "pullrequest");
            pr.put("id", id);
            pr.put("title", "PR " + id);
            pr.put("state", "OPEN");
            pr.put("created_on", "2026-11-01T10:00:0" + id + "+00:00");
            pr.put("updated_on", "2026-11-02T10:00:0" + id + "+00:00");
            FakeCollections.INSTANCE.collection(PULL_REQUESTS).add(pr);
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:pullRequestUpdated?workspace=acme&repoSlug=web&state=OPEN&delay=20&initialDelay=0"
                     + "&startFrom=beginning")
                        .process(e -> delivered.add(e.getIn().getBody(io.github.camelbitbucket.model.PullRequest.class)
                                .getId() + "@" + e.getIn().getHeader(BitbucketConstants.EVENT_TIMESTAMP)));
            }
        });
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 3);

        // PR 1 is updated: one more event for it, nothing else repeats
        Map<String, Object> first = FakeCollections.INSTANCE.collection(PULL_REQUESTS).get(0);
        first.put("updated_on", "2026-11-03T09:00:00+00:00");
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 4);

        assertThat(delivered).containsExactly("1@2026-11-02T10:00:01Z", "2@2026-11-02T10:00:02Z",
                "3@2026-11-02T10:00:03Z", "1@2026-11-03T09:00:00Z");
        assertThat(FakeCollections.INSTANCE.queries()).allMatch(q -> q.contains("state=OPEN") && q.contains("sort=updated_on"));
    }

    @Test
    void anActionInFromFailsAtRouteStartListingTheTriggers() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:createIssue?workspace=acme&repoSlug=web").to("log:x");
            }
        })).hasStackTraceContaining("'createIssue' (from(bitbucket://createIssue")
                .hasStackTraceContaining("is an action")
                .hasStackTraceContaining("Triggers for from(): issueCreated, issueUpdated, pullRequestCreated");
    }

    @Test
    void badStartFromFailsAtRouteStart() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:issueCreated?workspace=acme&repoSlug=web&startFrom=yesterday").to("log:x");
            }
        })).hasStackTraceContaining("startFrom option must be now, beginning or an ISO-8601 timestamp");
        assertThat(apiEvents()).isEmpty();
    }
}
