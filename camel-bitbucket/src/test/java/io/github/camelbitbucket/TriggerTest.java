package io.github.camelbitbucket;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelbitbucket.model.Issue;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The polling consumer: oldest first, watermark after success only, boundary timestamps, restart, idle cost. */
class TriggerTest extends WireMockTestSupport {

    static final String ISSUES = "/2.0/repositories/acme/web/issues";
    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path tmp;

    final List<String> delivered = new CopyOnWriteArrayList<>();

    @BeforeEach
    void fakeIssues() {
        FakeCollections.INSTANCE.reset();
        wm.stubFor(get(urlPathEqualTo(ISSUES)).willReturn(aResponse().withTransformers(FakeCollections.NAME)));
    }

    static Map<String, Object> issue(int id, OffsetDateTime created, OffsetDateTime updated) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "issue");
        m.put("id", id);
        m.put("title", "Issue " + id);
        m.put("created_on", created.toString());
        m.put("updated_on", updated.toString());
        return m;
    }

    static void addIssues(int fromId, int count, OffsetDateTime start, long secondsApart) {
        for (int i = 0; i < count; i++) {
            OffsetDateTime t = start.plusSeconds(i * secondsApart);
            FakeCollections.INSTANCE.collection(ISSUES).add(issue(fromId + i, t, t));
        }
    }

    private void route(String options, int failOnId, AtomicBoolean failOnce) throws Exception {
        route("issueCreated", options, failOnId, failOnce);
    }

    private void route(String trigger, String options, int failOnId, AtomicBoolean failOnce) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:" + trigger + "?workspace=acme&repoSlug=web&delay=20&initialDelay=0" + options)
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

        route("&startFrom=beginning", -1, new AtomicBoolean());

        await().atMost(20, TimeUnit.SECONDS).until(() -> delivered.size() >= 250);
        addIssues(251, 3, T0.plusDays(2), 1);
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 253);
        assertThat(delivered).containsExactlyElementsOf(ids(1, 253));
        // keyset: every query filters on the watermark and sorts ascending
        assertThat(FakeCollections.INSTANCE.queries()).allMatch(q -> q.contains("sort=created_on"));
        assertThat(FakeCollections.INSTANCE.queries().get(FakeCollections.INSTANCE.queries().size() - 1))
                .contains("q=created_on%20%3E%20%222026-11-03T10%3A00%3A02Z%22%20OR%20%28created_on%20%3D%20%22"
                          + "2026-11-03T10%3A00%3A02Z%22%20AND%20id%20%21%3D%20253%29");
    }

    @Test
    void startFromNowSkipsExistingItems() throws Exception {
        addIssues(1, 5, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), 1);

        route("", -1, new AtomicBoolean());
        await().atMost(5, TimeUnit.SECONDS).until(() -> FakeCollections.INSTANCE.queries().size() >= 2);
        addIssues(6, 2, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(5), 1);

        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 2);
        assertThat(delivered).containsExactly("6", "7");
    }

    @Test
    void identicalTimestampsAtTheBoundaryAreNeitherLostNorRepeated() throws Exception {
        for (int i = 1; i <= 5; i++) {
            FakeCollections.INSTANCE.collection(ISSUES).add(issue(i, T0, T0));
        }

        route("&startFrom=beginning&maxMessagesPerPoll=3", -1, new AtomicBoolean());
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 5);
        // a late item with the same timestamp as the watermark
        FakeCollections.INSTANCE.collection(ISSUES).add(issue(6, T0, T0));
        await().atMost(10, TimeUnit.SECONDS).until(() -> delivered.size() >= 6);
        int queries = FakeCollections.INSTANCE.queries().size();
        await().atMost(10, TimeUnit.SECONDS).until(() -> FakeCollections.INSTANCE.queries().size() >= queries + 3);

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
        // when the second page is asked for, issue 1 (already delivered) is updated: it moves to the end of the
        // ascending order, every later item slides one place forward, and offset paging (page=2) would skip issue 51
        FakeCollections.INSTANCE.onServe(q -> {
            if (FakeCollections.INSTANCE.queries().size() == 2 && mutated.compareAndSet(false, true)) {
                Map<String, Object> moved = FakeCollections.INSTANCE.collection(ISSUES).remove(0);
                moved.put("updated_on", T0.plusDays(1).toString());
                FakeCollections.INSTANCE.collection(ISSUES).add(moved);
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
        route("&startFrom=beginning", -1, new AtomicBoolean());
        await().atMost(5, TimeUnit.SECONDS).until(() -> delivered.size() >= 3);
        context.getRouteController().suspendRoute("trigger");
        BitbucketConsumer consumer = (BitbucketConsumer) context.getRoute("trigger").getConsumer();

        FakeCollections.INSTANCE.queries().clear();
        int idle = consumer.poll();
        int idleRequests = FakeCollections.INSTANCE.queries().size();

        addIssues(4, 150, T0.plusDays(1), 10);
        FakeCollections.INSTANCE.queries().clear();
        int busy = consumer.poll();
        int busyRequests = FakeCollections.INSTANCE.queries().size();

        assertThat(idle).isZero();
        assertThat(idleRequests).isEqualTo(1);
        assertThat(busy).isEqualTo(150);
        assertThat(busyRequests).isEqualTo(2);
        assertThat(delivered).containsExactlyElementsOf(ids(1, 153));
    }

    @Test
    void restartWithAFileStateRepositoryResumesWithoutLossOrRepeat() throws Exception {
        addIssues(1, 10, T0, 10);
        FileStateRepository repo = FileStateRepository.fileStateRepository(tmp.resolve("watermarks.dat").toFile());
        context.getRegistry().bind("watermarks", repo);

        route("&startFrom=beginning&stateRepository=#watermarks&maxMessagesPerPoll=4", -1, new AtomicBoolean());
        await().atMost(5, TimeUnit.SECONDS).until(() -> delivered.size() >= 4);
        context.stop();
        int firstRun = delivered.size();
        addIssues(11, 2, T0.plusDays(1), 10);

        // a new CamelContext with a new repository instance on the same file
        org.apache.camel.CamelContext second = new org.apache.camel.impl.DefaultCamelContext();
        BitbucketComponent component = new BitbucketComponent();
        configure(component.getConfiguration());
        second.addComponent("bitbucket", component);
        second.getRegistry().bind("watermarks",
                FileStateRepository.fileStateRepository(tmp.resolve("watermarks.dat").toFile()));
        second.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:issueCreated?workspace=acme&repoSlug=web&delay=20&initialDelay=0"
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
}
