package io.github.camelbitbucket.example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.main.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Both DSL variants of the example against the stand-in; assertions on what the stand-in holds afterwards. */
class ExampleRoutesTest extends StandInMainTestSupport {

    @ParameterizedTest(name = "{0} DSL")
    @ValueSource(strings = { "java", "yaml" })
    void triageEscalatesCrashesAndTheReportListsOpenPullRequests(String dsl) throws Exception {
        standIn = BitbucketStandIn.start(0);
        main = new Main();
        ExampleMain.embeddedMode(main, standIn, 0);
        ExampleMain.configureRoutes(main, dsl, data);
        main.start();

        Path report = data.resolve("report/workspace-report.md");
        await().atMost(30, TimeUnit.SECONDS).until(() -> Files.exists(report)
                                                        && standIn.issues("acme", "website").size() == 4
                                                        && "critical".equals(priority(4)));

        // the seeded crash and the one filed by the example are critical; the others keep their priority
        assertThat(priority(1)).isEqualTo("critical");
        assertThat(priority(2)).isEqualTo("trivial");
        assertThat(priority(3)).isEqualTo("minor");
        assertThat(standIn.issue("acme", "website", 4).path("title").asText()).isEqualTo("Crash when saving settings");
        ObjectNode triage = standIn.project("acme", "TRIAGE");
        assertThat(triage).isNotNull();
        assertThat(triage.path("name").asText()).isEqualTo("Triage");
        await().atMost(10, TimeUnit.SECONDS).until(() -> standIn.project("acme", "TRIAGE").path("description").asText()
                .equals("Last escalated: #4 Crash when saving settings"));
        String md = Files.readString(report);
        assertThat(md).startsWith("# Bitbucket workspace report")
                .contains("## Acme Robotics (`acme`)", "Projects: OPS Operations, WEB Website",
                        "### acme/website (project WEB)", "- #1 Fix login crash (`fix/login-crash`)",
                        "- #3 Dark mode, first cut", "### acme/infra (project OPS)", "- #1 Upgrade Terraform",
                        "### acme-labs/prototype (project PROTO)", "No open pull requests.")
                .doesNotContain("Footer typo"); // merged, not open

        // the flows that work on Bitbucket Cloud today: every pull request (merged ones too), every commit, a project
        Path digest = data.resolve("report/pull-request-digest.md");
        Path commits = data.resolve("report/commit-log.md");
        await().atMost(15, TimeUnit.SECONDS).until(() -> Files.exists(digest) && Files.exists(commits)
                                                        && Files.readAllLines(digest).size() >= 3
                                                        && Files.readAllLines(commits).size() >= 2);
        assertThat(Files.readString(digest)).contains("#1 Fix login crash (OPEN)", "#2 Footer typo (MERGED)",
                "#3 Dark mode, first cut (OPEN)");
        assertThat(Files.readString(commits)).contains("main: ", "Initial commit", "Add login page");
        // commit messages end with a newline (as on live Bitbucket): one line per commit, none blank
        assertThat(Files.readAllLines(commits)).noneMatch(String::isBlank);
        assertThat(standIn.project("acme", "CAMELBB").path("description").asText())
                .startsWith("Kept up to date by the camel-bitbucket example");

        // two customers installed the app on the stand-in; each action ran as one of them and saw its own workspaces
        Path customers = data.resolve("report/customers.md");
        await().atMost(15, TimeUnit.SECONDS).until(() -> Files.exists(customers)
                                                        && Files.readAllLines(customers).size() >= 2);
        assertThat(Files.readString(customers)).contains("- customer-ada sees 1 workspace(s): acme\n")
                .contains("- customer-grace sees 1 workspace(s): acme-labs\n");

        // one route for every customer's merged pull requests: each customer's workspace hook delivered its own
        Path merged = data.resolve("report/customers-merged.md");
        await().atMost(20, TimeUnit.SECONDS).until(() -> Files.exists(merged)
                                                        && Files.readAllLines(merged).size() >= 2);
        assertThat(Files.readString(merged))
                .contains("- customer-ada: acme/infra #2 Pin the provider versions merged (webhook)\n")
                .contains("- customer-grace: acme-labs/prototype #1 Try the new sensor driver merged (webhook)\n");
        assertThat(standIn.webhooks().hooks("acme-labs", null)).singleElement()
                .satisfies(h -> assertThat(h.path("url").asText()).endsWith("/bitbucket/customers/customer-grace"));

        // the pull request bot: build status in progress then successful, a comment, an approval, a merge (202 task)
        Path bot = data.resolve("report/pr-bot.md");
        await().atMost(20, TimeUnit.SECONDS).until(() -> Files.exists(bot));
        assertThat(Files.readString(bot)).contains("- #1 Release notes for 1.2: MERGED\n");
        ObjectNode released = standIn.pullRequest("acme", "release-bot", 1);
        assertThat(released.path("comment_count").asInt()).isEqualTo(1);
        assertThat(released.path("participants").get(0).path("approved").asBoolean()).isTrue();
        assertThat(standIn.commitStatuses("acme", "release-bot", released.path("source").path("commit").path("hash")
                .asText())).singleElement().satisfies(s -> assertThat(s.path("state").asText()).isEqualTo("SUCCESSFUL"));

        // the instant trigger: its route registered the webhook, the stand-in's signed delivery fired it
        Path instant = data.resolve("report/instant.md");
        await().atMost(15, TimeUnit.SECONDS).until(() -> Files.exists(instant));
        assertThat(Files.readString(instant))
                .contains("Opened while the example runs (webhook, pullrequest:created)");
        assertThat(standIn.webhooks().hooks("acme", "website")).singleElement()
                .satisfies(h -> assertThat(h.path("url").asText()).endsWith("/bitbucket/instant/pull-requests"));
    }

    /**
     * With BITBUCKET_* variables (real mode) the headline flows run and nothing touches the issue tracker Bitbucket
     * Cloud retired; the stand-in plays the workspace (its component bound in place of the environment's credentials).
     */
    @ParameterizedTest(name = "{0} DSL")
    @ValueSource(strings = { "java", "yaml" })
    void realModeRunsTheHeadlineFlowsWithoutTouchingIssues(String dsl) throws Exception {
        standIn = BitbucketStandIn.start(0);
        java.util.List<String> paths = new java.util.concurrent.CopyOnWriteArrayList<>();
        standIn.onExchange(r -> paths.add(r.method() + " " + r.path()));
        main = new Main();
        main.bind("bitbucket", ExampleMain.standInComponent(standIn));
        ExampleMain.realMode(main, java.util.Map.of("BITBUCKET_WORKSPACE", "acme", "BITBUCKET_REPO", "website",
                "BITBUCKET_START_FROM", "beginning"));
        ExampleMain.configureRoutes(main, dsl, data);
        main.start();

        Path digest = data.resolve("report/pull-request-digest.md");
        Path commits = data.resolve("report/commit-log.md");
        await().atMost(30, TimeUnit.SECONDS).until(() -> Files.exists(data.resolve("report/workspace-report.md"))
                                                        && Files.exists(digest) && Files.exists(commits)
                                                        && Files.readAllLines(digest).size() >= 3
                                                        && Files.readAllLines(commits).size() >= 2
                                                        && standIn.project("acme", "CAMELBB") != null);
        assertThat(paths).contains("GET /2.0/repositories/acme/website/pullrequests", "GET /2.0/user/workspaces",
                        "PUT /2.0/workspaces/acme/projects/CAMELBB", "GET /2.0/repositories/acme/website/commits")
                .noneMatch(p -> p.contains("/issues"));
        assertThat(standIn.issues("acme", "website")).hasSize(3); // the seeded ones; no demo issue filed
        assertThat(main.getCamelContext().getRoute("issue-triage")).isNull();
    }

    private String priority(long id) {
        ObjectNode issue = standIn.issue("acme", "website", id);
        return issue == null ? null : issue.path("priority").asText();
    }

    /**
     * README: "the triggers' watermarks are kept in target/example-data, so a second run only reports what is new".
     * Two runs on the same data folder, each with a fresh stand-in (its demo data is the same on every run): the second
     * adds only the pull request opened while it runs, and no commit is reported twice.
     */
    @org.junit.jupiter.api.Test
    void aSecondRunReportsOnlyWhatIsNew() throws Exception {
        Path digest = data.resolve("report/pull-request-digest.md");
        Path commits = data.resolve("report/commit-log.md");
        for (int run = 1; run <= 2; run++) {
            standIn = BitbucketStandIn.start(0);
            main = new Main();
            ExampleMain.embeddedMode(main, standIn, 0);
            ExampleMain.configureRoutes(main, "java", data);
            main.start();
            int opened = run;
            // each run opens pull request #4 while it runs; the digest reports it once per run
            await().atMost(30, TimeUnit.SECONDS).until(() -> Files.exists(digest) && Files.exists(commits)
                    && count(Files.readString(digest), "#4 Opened while the example runs") == opened);
            main.stop();
            standIn.close();
        }
        String text = Files.readString(digest);
        assertThat(count(text, "#1 Fix login crash")).as(text).isEqualTo(1);
        assertThat(count(text, "#2 Footer typo")).as(text).isEqualTo(1);
        assertThat(count(text, "#3 Dark mode, first cut")).as(text).isEqualTo(1);
        String log = Files.readString(commits);
        assertThat(count(log, "Initial commit")).as(log).isEqualTo(1);
        assertThat(count(log, "Add login page")).as(log).isEqualTo(1);
        main = null;
        standIn = null;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
