package io.github.camelbitbucket;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitbucket.model.Commit;
import io.github.camelbitbucket.model.Issue;
import io.github.camelbitbucket.model.Project;
import io.github.camelbitbucket.model.PullRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded, randomised run of the stand-in through creates, updates, merges and declines, pushes, merges of old work,
 * force pushes, items that become visible late, duplicated pages, ignored project filters, failing exchanges and
 * restarts from the StateRepository, with polls interleaved. Invariants: every event is delivered, none twice, each
 * resource's events in order. It runs with a fixed seed and one random seed per run, printed; a failing seed becomes
 * a fixed one below.
 */
class TriggerSimulationTest extends StandInTestSupport {

    static final String WS = "acme";
    static final String REPO = "sim";
    static final String PROJECTS_WS = "simws";

    static List<Long> seeds() {
        long random = new Random().nextLong();
        System.out.println("TriggerSimulationTest random seed: " + random);
        return List.of(20261129L, random);
    }

    /** What the routes delivered, by trigger: item key -> delivered timestamps or hashes, in delivery order. */
    final Map<String, List<String>> delivered = new LinkedHashMap<>();
    final List<String> duplicates = new CopyOnWriteArrayList<>();

    private synchronized void deliver(String trigger, String key, String value) {
        List<String> values = delivered.computeIfAbsent(trigger + ":" + key, k -> new ArrayList<>());
        if (values.contains(value)) {
            duplicates.add(trigger + ":" + key + "@" + value);
        }
        values.add(value);
    }

    private CamelContext node(MemoryStateRepository state, Random random, int run) throws Exception {
        CamelContext ctx = new DefaultCamelContext();
        ctx.addComponent("bitbucket", standInComponent(ctx));
        ctx.getRegistry().bind("state", state);
        String common = "&startFrom=beginning&stateRepository=#state&startScheduler=false";
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // about 3 % of the exchanges fail: the event must come again on the next poll, and only then count
                from("bitbucket:issueCreated?workspace=" + WS + "&repoSlug=" + REPO + common).routeId("issues-" + run)
                        .process(e -> failSometimes(random))
                        .process(e -> deliver("issue", String.valueOf(e.getIn().getBody(Issue.class).getId()), "c"));
                from("bitbucket:pullRequestUpdated?workspace=" + WS + "&repoSlug=" + REPO + common).routeId("prs-" + run)
                        .process(e -> failSometimes(random))
                        .process(e -> deliver("pr", String.valueOf(e.getIn().getBody(PullRequest.class).getId()),
                                e.getIn().getHeader(BitbucketConstants.EVENT_TIMESTAMP, String.class)));
                from("bitbucket:commitPushed?workspace=" + WS + "&repoSlug=" + REPO + "&branch=main" + common)
                        .routeId("commits-" + run)
                        .process(e -> failSometimes(random))
                        .process(e -> deliver("commit", e.getIn().getBody(Commit.class).getHash(), "c"));
                from("bitbucket:projectCreated?workspace=" + PROJECTS_WS + common).routeId("projects-" + run)
                        .process(e -> failSometimes(random))
                        .process(e -> deliver("project", e.getIn().getBody(Project.class).getKey(), "c"));
            }
        });
        ctx.start();
        return ctx;
    }

    private static void failSometimes(Random random) {
        if (random.nextInt(100) < 3) {
            throw new IllegalStateException("a route failed (simulated)");
        }
    }

    private static void pollAll(CamelContext ctx) throws Exception {
        for (org.apache.camel.Route route : ctx.getRoutes()) {
            ((BitbucketConsumer) route.getConsumer()).poll();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyEventOnceInOrderWhateverHappens(long seed) throws Exception {
        Random random = new Random(seed);
        String repo = REPO;
        standIn.addRepository(WS, repo, "WEB");
        standIn.addWorkspace(PROJECTS_WS, "Simulation");
        standIn.push(WS, repo, "main", "root-" + seed, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        MemoryStateRepository state = new MemoryStateRepository();
        int run = 0;
        CamelContext ctx = node(state, random, run);
        Set<Long> issues = new HashSet<>();
        Map<Integer, String> prUpdated = new HashMap<>();
        Set<String> projects = new HashSet<>();
        int prs = 0;
        int commitSeq = 0;
        int restarts = 0;
        try {
            for (int step = 0; step < 1000; step++) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                int action = random.nextInt(100);
                if (action < 20) {
                    issues.add(standIn.fileIssue(WS, repo, "Issue at step " + step, "bug"));
                } else if (action < 25) {
                    // written a few seconds ago, visible only now (within the overlap window)
                    long id = 100_000 + step;
                    standIn.addIssue(WS, repo, id, "Late " + step, now.minusSeconds(5 + random.nextInt(20)),
                            now.minusSeconds(5));
                    issues.add(id);
                } else if (action < 35) {
                    prs++;
                    standIn.addPullRequest(WS, repo, prs, "PR " + prs, "OPEN", now, now);
                } else if (action < 50 && prs > 0) {
                    int id = 1 + random.nextInt(prs);
                    ObjectNode pr = standIn.pullRequest(WS, repo, id);
                    String[] states = { "OPEN", "MERGED", "DECLINED", "SUPERSEDED" };
                    pr.put("state", states[random.nextInt(states.length)]);
                    pr.put("updated_on", now.truncatedTo(java.time.temporal.ChronoUnit.MICROS).plusNanos(step * 1000L)
                            .toString());
                } else if (action < 62) {
                    standIn.push(WS, repo, "main", "c" + seed + "-" + (++commitSeq), now);
                } else if (action < 65) {
                    // old work merged: commits dated days ago land on main
                    standIn.merge(WS, repo, "main", "m" + seed + "-" + (++commitSeq), now.minusDays(3));
                } else if (action < 67 && commitSeq > 3) {
                    // a force push drops the last commit or two (they may or may not have been delivered)
                    standIn.forcePush(WS, repo, "main", Math.max(1, countCommits(repo) - 1 - random.nextInt(2)));
                } else if (action < 72) {
                    String key = "P" + step;
                    standIn.addProject(PROJECTS_WS, key, "Project " + step, now);
                    projects.add(key);
                } else if (action < 74) {
                    standIn.live().duplicatedPages(random.nextBoolean());
                } else if (action < 76) {
                    standIn.live().projectFilterIgnored(random.nextBoolean());
                } else if (action < 77) {
                    // a restart: a new CamelContext resumes from the StateRepository
                    ctx.stop();
                    ctx = node(state, random, ++run);
                    restarts++;
                } else {
                    pollAll(ctx);
                }
            }
            // quiet: poll until everything is through (failed exchanges come again)
            for (int i = 0; i < 30; i++) {
                pollAll(ctx);
            }
        } finally {
            ctx.stop();
            standIn.live().duplicatedPages(false).projectFilterIgnored(true);
        }
        for (int id = 1; id <= prs; id++) {
            prUpdated.put(id, standIn.pullRequest(WS, repo, id).path("updated_on").asText());
        }

        assertThat(duplicates).as("events delivered twice (seed " + seed + ")").isEmpty();
        for (long id : issues) {
            assertThat(delivered).as("issue " + id + " (seed " + seed + ")").containsKey("issue:" + id);
        }
        for (String key : projects) {
            assertThat(delivered).as("project " + key + " (seed " + seed + ")").containsKey("project:" + key);
        }
        prUpdated.forEach((id, last) -> {
            List<String> times = delivered.get("pr:" + id);
            assertThat(times).as("pull request " + id + " (seed " + seed + ")").isNotNull();
            assertThat(OffsetDateTime.parse(times.get(times.size() - 1)).toInstant())
                    .as("pull request " + id + " ends at its last update (seed " + seed + ")")
                    .isEqualTo(OffsetDateTime.parse(last).toInstant());
            List<String> sorted = new ArrayList<>(times);
            sorted.sort((a, b) -> OffsetDateTime.parse(a).compareTo(OffsetDateTime.parse(b)));
            assertThat(times).as("pull request " + id + " in order (seed " + seed + ")").isEqualTo(sorted);
        });
        for (String hash : commitsOnMain(repo)) {
            assertThat(delivered).as("commit " + hash + " (seed " + seed + ")").containsKey("commit:" + hash);
        }
        System.out.println("TriggerSimulationTest seed " + seed + ": " + issues.size() + " issues, " + prs
                           + " pull requests, " + commitsOnMain(repo).size() + " commits, " + projects.size()
                           + " projects, " + restarts + " restarts, " + delivered.size() + " items delivered");
        standIn.removeRepository(WS, repo);
        standIn.removeWorkspace(PROJECTS_WS);
    }

    private static int countCommits(String repo) {
        return commitsOnMain(repo).size();
    }

    private static List<String> commitsOnMain(String repo) {
        List<String> hashes = new ArrayList<>();
        standIn.commits(WS, repo, "main").forEach(c -> hashes.add(c.path("hash").asText()));
        return hashes;
    }
}
