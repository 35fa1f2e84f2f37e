package io.github.camelbitbucket;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitbucket.model.Commit;
import io.github.camelbitbucket.model.Project;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** commitPushed (walks back to the last delivered hash), workspace-level triggers, and misuse of actions/triggers. */
class OtherTriggersTest extends StandInTestSupport {

    private static final AtomicInteger SEQ = new AtomicInteger();
    final List<Object> delivered = new CopyOnWriteArrayList<>();
    String repo;

    @BeforeEach
    void freshRepository() {
        repo = "other" + SEQ.incrementAndGet();
        standIn.addRepository("acme", repo, "WEB");
        RECORDED.clear();
    }

    void push(String hash, int minute) {
        standIn.push("acme", repo, "main", hash, OffsetDateTime.parse("2026-11-01T10:00:00Z").plusMinutes(minute));
    }

    @Test
    void commitPushedDeliversNewCommitsOfTheMainBranchOldestFirst() throws Exception {
        push("aaa1111", 1);
        push("bbb2222", 2);
        String commits = "/2.0/repositories/acme/" + repo + "/commits/main";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:commitPushed?workspace=acme&repoSlug=" + repo + "&delay=20&initialDelay=0&pageSize=10")
                        .process(e -> delivered.add(e.getIn().getBody(Commit.class).getHash()));
            }
        });
        await().atMost(5, TimeUnit.SECONDS).until(() -> requestsTo(commits).size() >= 2);

        for (int i = 0; i < 12; i++) {
            push("c" + (100 + i) + "fff", 10 + i);
        }

        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 12);
        assertThat(delivered).first().isEqualTo("c100fff");
        assertThat(delivered).last().isEqualTo("c111fff");
        assertThat(delivered).hasSize(12).doesNotHaveDuplicates().doesNotContain("aaa1111", "bbb2222");
        // the main branch was looked up once, from the repository
        assertThat(requestsTo("/2.0/repositories/acme/" + repo)).hasSize(1);
    }

    @Test
    void projectCreatedWorksOnTheWorkspace() throws Exception {
        standIn.addWorkspace("triggers", "Trigger tests");
        String uuid = standIn.addProject("triggers", "OPS", "Operations", OffsetDateTime.parse("2026-11-01T10:00:00Z"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:projectCreated?workspace=triggers&delay=20&initialDelay=0"
                     + "&startFrom=2026-10-01T00:00:00Z")
                        .process(e -> delivered.add(e.getIn().getBody(Project.class).getKey() + "/"
                                                    + e.getIn().getHeader(BitbucketConstants.ITEM_ID) + "/"
                                                    + e.getIn().getHeader(BitbucketConstants.EVENT_TIMESTAMP)));
            }
        });

        await().atMost(10, TimeUnit.SECONDS).until(() -> !delivered.isEmpty());
        assertThat(delivered).containsExactly("OPS/" + uuid + "/2026-11-01T10:00:00Z");
        BitbucketStandIn.Recorded first = requestsTo("/2.0/workspaces/triggers/projects").get(0);
        assertThat(first.query().get("q")).containsExactly("created_on >= \"2026-10-01T00:00:00Z\"");
        assertThat(first.query().get("sort")).containsExactly("created_on");
    }

    @Test
    void pullRequestUpdatedFiresPerUpdateWithTheStateFilter() throws Exception {
        for (int id = 1; id <= 3; id++) {
            standIn.addPullRequest("acme", repo, id, "PR " + id, "OPEN",
                    OffsetDateTime.parse("2026-11-01T10:00:0" + id + "Z"), OffsetDateTime.parse("2026-11-02T10:00:0" + id + "Z"));
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:pullRequestUpdated?workspace=acme&repoSlug=" + repo + "&state=OPEN&delay=20"
                     + "&initialDelay=0&startFrom=beginning")
                        .process(e -> delivered.add(e.getIn().getBody(io.github.camelbitbucket.model.PullRequest.class)
                                .getId() + "@" + e.getIn().getHeader(BitbucketConstants.EVENT_TIMESTAMP)));
            }
        });
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 3);

        // PR 1 is updated: one more event for it, nothing else repeats
        standIn.pullRequest("acme", repo, 1).put("updated_on", "2026-11-03T09:00:00.000000+00:00");
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 4);

        assertThat(delivered).containsExactly("1@2026-11-02T10:00:01Z", "2@2026-11-02T10:00:02Z",
                "3@2026-11-02T10:00:03Z", "1@2026-11-03T09:00:00Z");
        assertThat(requestsTo("/2.0/repositories/acme/" + repo + "/pullrequests"))
                .allMatch(r -> r.query().get("state").equals(List.of("OPEN"))
                               && r.query().get("sort").equals(List.of("updated_on")));
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
        assertThat(RECORDED).isEmpty();
    }
}
