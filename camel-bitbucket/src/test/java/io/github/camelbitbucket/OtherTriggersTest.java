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
        String commits = "/2.0/repositories/acme/" + repo + "/commits";
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

    private void commitRoute(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:commitPushed?workspace=acme&repoSlug=" + repo + "&delay=20&initialDelay=0" + options)
                        .process(e -> delivered.add(e.getIn().getHeader(BitbucketConstants.BRANCH) + ":"
                                                    + e.getIn().getBody(Commit.class).getHash()));
            }
        });
    }

    @Test
    void commitsOfSeveralBranchesOneWithASlashEachOnceWithItsBranch() throws Exception {
        push("m1", 1);
        standIn.push("acme", repo, "release/2.x", "r1", OffsetDateTime.parse("2026-11-01T10:02:00Z"));
        commitRoute("&branch=main,release/2.x");
        await().atMost(5, TimeUnit.SECONDS).until(() -> RECORDED.size() >= 4);

        push("m2", 3);
        standIn.push("acme", repo, "release/2.x", "r2", OffsetDateTime.parse("2026-11-01T10:04:00Z"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 2);

        assertThat(delivered).containsExactlyInAnyOrder("main:m2", "release/2.x:r2");
        // branches travel as include= (a slash in the path answers 404 on live Bitbucket)
        assertThat(requestsTo("/2.0/repositories/acme/" + repo + "/commits"))
                .anyMatch(r -> r.query().get("include").equals(List.of("release/2.x")));
    }

    @Test
    void aMergedBranchWhoseCommitsAreOlderThanTheHeadIsDeliveredOnce() throws Exception {
        push("base", 1);
        commitRoute("&branch=main");
        await().atMost(5, TimeUnit.SECONDS).until(() -> RECORDED.size() >= 2);

        // work done days ago on a feature branch, merged now: older dates, new on main
        standIn.merge("acme", repo, "main", "old-work-1", OffsetDateTime.parse("2026-10-01T10:00:00Z"));
        standIn.merge("acme", repo, "main", "old-work-2", OffsetDateTime.parse("2026-10-02T10:00:00Z"));
        push("merge", 5);
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 3);
        int polls = RECORDED.size();
        await().atMost(10, TimeUnit.SECONDS).until(() -> RECORDED.size() >= polls + 3);

        assertThat(delivered).containsExactly("main:old-work-1", "main:old-work-2", "main:merge");
    }

    @Test
    void aForcePushDeliversTheNewCommitsOnlyAndSaysTheHistoryWasRewritten() throws Exception {
        push("a1", 1);
        push("a2", 2);
        commitRoute("&branch=main&startFrom=beginning");
        await().atMost(5, TimeUnit.SECONDS).until(() -> delivered.size() >= 2);

        standIn.forcePush("acme", repo, "main", 1); // a2, the delivered head, is gone
        push("b2", 3);
        push("b3", 4);
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 4);

        assertThat(delivered).containsExactly("main:a1", "main:a2", "main:b2", "main:b3");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "project filter ignored: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = { true, false })
    void liveRow05ProjectTriggersCheckEveryItemThemselvesWhetherOrNotQAndSortHold(boolean ignored) throws Exception {
        standIn.live().projectFilterIgnored(ignored);
        String ws = "projects-" + ignored;
        standIn.addWorkspace(ws, "Projects");
        OffsetDateTime t = OffsetDateTime.parse("2026-11-01T10:00:00Z");
        for (int i = 0; i < 25; i++) {
            standIn.addProject(ws, "P" + (char) ('A' + (i * 7) % 25), "Project " + i, t.plusMinutes((i * 7) % 25));
        }
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("bitbucket:projectCreated?workspace=" + ws + "&delay=20&initialDelay=0&pageSize=10"
                         + "&startFrom=2026-10-01T00:00:00Z")
                            .process(e -> delivered.add(e.getIn().getBody(Project.class).getKey() + "@"
                                                        + e.getIn().getHeader(BitbucketConstants.EVENT_TIMESTAMP)));
                }
            });
            await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 25);
            String late = standIn.addProject(ws, "ZZ", "Late", t.plusHours(2));
            await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 26);
            int polls = requestsTo("/2.0/workspaces/" + ws + "/projects").size();
            await().atMost(10, TimeUnit.SECONDS).until(() -> requestsTo("/2.0/workspaces/" + ws + "/projects").size()
                                                              >= polls + 6);

            // every project once, oldest first, across three pages, whatever order the pages came in
            assertThat(delivered).hasSize(26).doesNotHaveDuplicates();
            assertThat(delivered.get(0)).isEqualTo("PA@2026-11-01T10:00:00Z");
            assertThat(delivered.get(25)).isEqualTo("ZZ@2026-11-01T12:00:00Z");
            assertThat(late).isNotBlank();
            // nothing relies on q or sort there
            assertThat(requestsTo("/2.0/workspaces/" + ws + "/projects"))
                    .allMatch(r -> !r.query().containsKey("q") && !r.query().containsKey("sort"));
        } finally {
            standIn.live().projectFilterIgnored(true);
        }
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
