package io.github.camelbitbucket;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitbucket.model.Issue;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The polling consumer: oldest first, watermark after success only, boundary timestamps, restart, idle cost. */
class TriggerTest extends StandInTestSupport {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final AtomicInteger REPOS = new AtomicInteger();

    @TempDir
    Path tmp;

    final List<String> delivered = new CopyOnWriteArrayList<>();
    /** A fresh repository of the stand-in for each test. */
    String repo;
    String issues;

    @BeforeEach
    void freshRepository() {
        repo = "web" + REPOS.incrementAndGet();
        issues = "/2.0/repositories/acme/" + repo + "/issues";
        standIn.addRepository("acme", repo, "WEB");
        standIn.beforeRequest(path -> {
        });
        RECORDED.clear();
    }

    void addIssue(int id, OffsetDateTime created, OffsetDateTime updated) {
        standIn.addIssue("acme", repo, id, "Issue " + id, created, updated);
    }

    void addIssues(int fromId, int count, OffsetDateTime start, long secondsApart) {
        for (int i = 0; i < count; i++) {
            OffsetDateTime t = start.plusSeconds(i * secondsApart);
            addIssue(fromId + i, t, t);
        }
    }

    List<BitbucketStandIn.Recorded> queries() {
        return requestsTo(issues);
    }

    private void route(String options, int failOnId, AtomicBoolean failOnce) throws Exception {
        route("issueCreated", options, failOnId, failOnce);
    }

    private void route(String trigger, String options, int failOnId, AtomicBoolean failOnce) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:" + trigger + "?workspace=acme&repoSlug=" + repo + "&delay=20&initialDelay=0" + options)
                        .routeId("trigger")
                        .process(e -> {
                            Issue issue = e.getIn().getBody(Issue.class);
                            String id = String.valueOf(issue.getId());
                            assertThat(e.getIn().getHeader(BitbucketConstants.ITEM_ID)).isEqualTo(id);
                            assertThat(e.getIn().getHeader(BitbucketConstants.EVENT_TYPE)).isEqualTo(trigger);
                            if (issue.getId() == failOnId && failOnce.compareAndSet(true, false)) {
                                delivered.add(id + "!");
                                throw new IllegalStateException("route failed on " + id);
                            }
                            delivered.add(id);
                        });
            }
        });
    }

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            ids.add(String.valueOf(i));
        }
        return ids;
    }

    @Test
    void deliversItemsAcrossSeveralPagesOldestFirstExactlyOnce() throws Exception {
        addIssues(1, 250, T0, 60);

        route("&startFrom=beginning&lookback=0", -1, new AtomicBoolean());

        await().atMost(20, TimeUnit.SECONDS).until(() -> delivered.size() >= 250);
        addIssues(251, 3, T0.plusDays(2), 1);
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 253);
        assertThat(delivered).containsExactlyElementsOf(ids(1, 253));
        // keyset: every query filters on the watermark and sorts ascending
        assertThat(queries()).allMatch(q -> q.query().get("sort").equals(List.of("created_on")));
        // live row 6: datetimes go out as documented, unquoted ISO-8601 at millisecond precision
        assertThat(queries().get(queries().size() - 1).query().get("q")).containsExactly(
                "created_on >= 2026-11-03T10:00:02.001+00:00"
                + " OR (created_on >= 2026-11-03T10:00:02.000+00:00 AND id != 253)");
    }

    @Test
    void startFromNowSkipsExistingItems() throws Exception {
        addIssues(1, 5, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), 1);

        route("", -1, new AtomicBoolean());
        await().atMost(5, TimeUnit.SECONDS).until(() -> queries().size() >= 2);
        addIssues(6, 2, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(5), 1);

        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 2);
        assertThat(delivered).containsExactly("6", "7");
    }

    @Test
    void identicalTimestampsAtTheBoundaryAreNeitherLostNorRepeated() throws Exception {
        for (int i = 1; i <= 5; i++) {
            addIssue(i, T0, T0);
        }

        route("&startFrom=beginning&maxMessagesPerPoll=3", -1, new AtomicBoolean());
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 5);
        // a late item with the same timestamp as the watermark
        addIssue(6, T0, T0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 6);
        int polls = queries().size();
        await().atMost(10, TimeUnit.SECONDS).until(() -> queries().size() >= polls + 3);

        assertThat(delivered).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void routeFailureOnTheThirdEventRedeliversFromIt() throws Exception {
        addIssues(1, 5, T0, 10);

        route("&startFrom=beginning", 3, new AtomicBoolean(true));

        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 6);
        assertThat(delivered).containsExactly("1", "2", "3!", "3", "4", "5");
    }

    @Test
    void itemsUpdatedWhilePagingAreNotLost() throws Exception {
        addIssues(1, 120, T0, 60);
        AtomicBoolean mutated = new AtomicBoolean();
        AtomicInteger asked = new AtomicInteger();
        // when the second page is asked for, issue 1 (already delivered) is updated: it moves to the end of the
        // ascending order, every later item slides one place forward, and offset paging (page=2) would skip issue 51
        standIn.beforeRequest(path -> {
            if (path.startsWith(issues + "?") && asked.incrementAndGet() == 2 && mutated.compareAndSet(false, true)) {
                standIn.touchIssue("acme", repo, 1, T0.plusDays(1));
            }
        });

        route("issueUpdated", "&startFrom=beginning&pageSize=50", -1, new AtomicBoolean());

        await().atMost(20, TimeUnit.SECONDS).until(() -> delivered.size() >= 121);
        assertThat(mutated).isTrue();
        assertThat(delivered).containsExactlyElementsOf(concat(ids(1, 120), List.of("1")));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> r = new ArrayList<>(a);
        r.addAll(b);
        return r;
    }

    @Test
    void idlePollCostsOneRequestAndKNewItemsCostCeilKOver100() throws Exception {
        addIssues(1, 3, T0, 10);
        // exact costs without the overlap window (with it, an idle poll also re-reads the last minute's items)
        route("&startFrom=beginning&lookback=0", -1, new AtomicBoolean());
        await().atMost(5, TimeUnit.SECONDS).until(() -> delivered.size() >= 3);
        context.getRouteController().suspendRoute("trigger");
        BitbucketConsumer consumer = (BitbucketConsumer) context.getRoute("trigger").getConsumer();

        RECORDED.clear();
        int idle = consumer.poll();
        int idleRequests = queries().size();

        addIssues(4, 150, T0.plusDays(1), 10);
        RECORDED.clear();
        int busy = consumer.poll();
        int busyRequests = queries().size();

        assertThat(idle).isZero();
        assertThat(idleRequests).isEqualTo(1);
        assertThat(busy).isEqualTo(150);
        assertThat(busyRequests).isEqualTo(2);
        assertThat(delivered).containsExactlyElementsOf(ids(1, 153));
    }

    @Test
    void restartWithAFileStateRepositoryResumesWithoutLossOrRepeat() throws Exception {
        addIssues(1, 10, T0, 10);
        context.getRegistry().bind("watermarks",
                FileStateRepository.fileStateRepository(tmp.resolve("watermarks.dat").toFile()));

        route("&startFrom=beginning&stateRepository=#watermarks&maxMessagesPerPoll=4", -1, new AtomicBoolean());
        await().atMost(5, TimeUnit.SECONDS).until(() -> delivered.size() >= 4);
        context.stop();
        int firstRun = delivered.size();
        addIssues(11, 2, T0.plusDays(1), 10);

        // a new CamelContext with a new repository instance on the same file
        org.apache.camel.CamelContext second = new org.apache.camel.impl.DefaultCamelContext();
        second.addComponent("bitbucket", standInComponent(second));
        second.getRegistry().bind("watermarks",
                FileStateRepository.fileStateRepository(tmp.resolve("watermarks.dat").toFile()));
        second.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:issueCreated?workspace=acme&repoSlug=" + repo + "&delay=20&initialDelay=0"
                     + "&startFrom=beginning&stateRepository=#watermarks")
                        .process(e -> delivered.add(String.valueOf(e.getIn().getBody(Issue.class).getId())));
            }
        });
        second.start();
        try {
            await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 12);
        } finally {
            second.stop();
        }

        assertThat(firstRun).isGreaterThanOrEqualTo(4);
        assertThat(delivered).containsExactlyElementsOf(ids(1, 12));
    }

    @Test
    void anItemVisibleLateWithAnOlderTimestampIsDeliveredOnceWithinTheOverlapWindow() throws Exception {
        addIssues(1, 3, T0, 20);
        route("&startFrom=beginning&lookback=60000", -1, new AtomicBoolean());
        await().atMost(5, TimeUnit.SECONDS).until(() -> delivered.size() >= 3);

        // written at T0+30s but visible only now, after the watermark reached T0+40s (replication lag)
        addIssue(4, T0.plusSeconds(30), T0.plusSeconds(30));
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 4);
        int polls = queries().size();
        await().atMost(10, TimeUnit.SECONDS).until(() -> queries().size() >= polls + 5);

        assertThat(delivered).containsExactly("1", "2", "3", "4");
    }

    @Test
    void anItemHandedOutTwiceByThePagesIsDeliveredOnce() throws Exception {
        standIn.live().duplicatedPages(true);
        try {
            addIssues(1, 35, T0, 10);
            route("&startFrom=beginning&pageSize=10", -1, new AtomicBoolean());

            await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 35);
            int polls = queries().size();
            await().atMost(10, TimeUnit.SECONDS).until(() -> queries().size() >= polls + 3);

            assertThat(delivered).containsExactlyElementsOf(ids(1, 35));
        } finally {
            standIn.live().duplicatedPages(false);
        }
    }
}
