package io.github.camelbitbucket.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitbucket.BitbucketComponent;
import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.model.Account;
import io.github.camelbitbucket.model.Branch;
import io.github.camelbitbucket.model.Comment;
import io.github.camelbitbucket.model.CommitStatus;
import io.github.camelbitbucket.model.Pipeline;
import io.github.camelbitbucket.model.PullRequest;
import io.github.camelbitbucket.model.WebhookSubscription;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The live conformance run: every action against a scratch project and repository it creates under a unique name in
 * the workspace the user names, each trigger by polling (and, given a public URL, by webhook), the live-behaviour
 * rows checked on the way, everything it created deleted at the end (also after a failure; a name is checked before
 * every delete), a request budget far inside Bitbucket's hourly limit, and a report in Markdown and JSON. Optionally
 * records the session (scrubbed) for the test suite to replay. Run it with {@code mvn -B -q -Plive -DskipTests
 * package}; see README, "Check it against your own workspace".
 */
public final class LiveConformance {

    /** The most requests one run may send (Bitbucket allows about 1,000 an hour per user). */
    static final int BUDGET = 400;
    static final String PREFIX = "cbb-live-";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What a run needs.
     *
     * @param component   the credential options of the bitbucket component (clientId, clientSecret, refreshToken,
     *                    accessToken, username, apiToken) and baseUrl/tokenUrl when not Bitbucket Cloud's
     * @param runId       names everything the run creates ({@code cbb-live-<runId>}); a replay reuses the recorded one
     * @param webhookUrl  a public URL that reaches {@code webhookPort} on this machine, or null: no webhook triggers
     * @param recordTo    where to write the scrubbed session, or null
     * @param target      what the run talks to, for the report ("Bitbucket Cloud", "stand-in", "replay")
     * @param compareWithStandIn after the run, play it on an embedded stand-in and report where the answers differ
     */
    public record Settings(Map<String, String> component, String workspace, String runId, String webhookUrl,
                           int webhookPort, Path reportDir, Path recordTo, String target, long triggerWaitMillis,
                           boolean compareWithStandIn) {
    }

    /** One step of the run: what it did and how it went. */
    public record Step(String name, String status, long millis, String note) {
    }

    /** The run's outcome. */
    public record Report(String target, String workspace, String runId, List<Step> steps, int requests,
                         List<String> created, List<String> deleted, List<String> standInDifferences) {
        public boolean passed() {
            return steps.stream().noneMatch(s -> s.status().equals("FAIL"));
        }
    }

    public static void main(String[] args) throws Exception {
        int code = launch(System.getenv(), System.out);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** What main does: without credentials one line saying how to run it, and 0; else the run, and 1 if it failed. */
    static int launch(Map<String, String> env, java.io.PrintStream out) throws Exception {
        Settings settings = fromEnvironment(env);
        if (settings == null) {
            out.println("Live conformance run skipped: set BITBUCKET_WORKSPACE and credentials (BITBUCKET_CLIENT_ID"
                        + " + BITBUCKET_CLIENT_SECRET, or BITBUCKET_USERNAME + BITBUCKET_API_TOKEN, or"
                        + " BITBUCKET_ACCESS_TOKEN), then run: mvn -B -q -Plive -DskipTests package (README, \"Check it"
                        + " against your own workspace\").");
            return 0;
        }
        Report report = run(settings);
        out.println("Live conformance run against " + report.target() + ": "
                    + report.steps().stream().filter(st -> st.status().equals("PASS")).count() + " passed, "
                    + report.steps().stream().filter(st -> st.status().equals("FAIL")).count() + " failed, "
                    + report.steps().stream().filter(st -> st.status().equals("SKIPPED")).count() + " skipped, "
                    + report.requests() + " requests; report in " + settings.reportDir().toAbsolutePath());
        return report.passed() ? 0 : 1;
    }

    /** The settings from BITBUCKET_* variables, or null when no credential or workspace is given. */
    static Settings fromEnvironment(Map<String, String> env) {
        Map<String, String> component = new LinkedHashMap<>();
        String[][] names = {{"BITBUCKET_CLIENT_ID", "clientId"}, {"BITBUCKET_CLIENT_SECRET", "clientSecret"},
                {"BITBUCKET_REFRESH_TOKEN", "refreshToken"}, {"BITBUCKET_ACCESS_TOKEN", "accessToken"},
                {"BITBUCKET_USERNAME", "username"}, {"BITBUCKET_API_TOKEN", "apiToken"},
                {"BITBUCKET_BASE_URL", "baseUrl"}, {"BITBUCKET_TOKEN_URL", "tokenUrl"}};
        for (String[] n : names) {
            String v = env.get(n[0]);
            if (v != null && !v.isBlank()) {
                component.put(n[1], v.trim());
            }
        }
        boolean credential = component.containsKey("accessToken") || component.containsKey("apiToken")
                             || component.containsKey("clientSecret");
        String workspace = env.get("BITBUCKET_WORKSPACE");
        if (!credential || workspace == null || workspace.isBlank()) {
            return null;
        }
        String runId = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now())
                       + "-" + Integer.toHexString((int) (System.nanoTime() & 0xfff));
        String record = env.get("BITBUCKET_RECORD");
        return new Settings(component, workspace.trim(), runId, env.get("BITBUCKET_WEBHOOK_URL"),
                Integer.parseInt(env.getOrDefault("BITBUCKET_WEBHOOK_PORT", "8080")),
                Paths.get(env.getOrDefault("BITBUCKET_REPORT_DIR", System.getProperty("live.reportDir",
                        "target/live-conformance"))),
                record == null || record.isBlank() ? null : Paths.get(record),
                component.containsKey("baseUrl") ? component.get("baseUrl") : "Bitbucket Cloud", 60_000,
                !"false".equalsIgnoreCase(env.get("BITBUCKET_COMPARE")));
    }

    /** Runs every step, cleans up, writes the reports (and the recording); never throws for a failing step. */
    public static Report run(Settings s) throws Exception {
        return new LiveConformance(s).execute();
    }

    // ---------------------------------------------------------------- one run

    private final Settings s;
    private final SessionRecorder recorder = new SessionRecorder();
    private final List<Step> steps = new ArrayList<>();
    private final List<String> created = new CopyOnWriteArrayList<>();
    private final List<String> deleted = new CopyOnWriteArrayList<>();
    private final String repo;
    private final String fork;
    private final String projectKey;
    private final String webhookSecret;
    private CamelContext ctx;
    private ProducerTemplate t;
    // what later steps use
    private String main = "main";
    private String head;
    private String featureHead;
    private int pullRequest;
    private long commentId;
    private String accountUuid;
    private String reviewer;
    private String pipelineUuid;
    private boolean issuesRetired;

    private LiveConformance(Settings s) {
        this.s = s;
        String id = s.runId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        this.repo = PREFIX + id;
        this.fork = PREFIX + id + "-fork";
        this.projectKey = "CBBL" + id.replaceAll("[^a-z0-9]", "").toUpperCase(Locale.ROOT);
        // derived from the run id: a replay sends the same body (and the secret is scrubbed from any recording)
        this.webhookSecret = "whs-" + Integer.toHexString(s.runId().hashCode()) + "-" + s.runId().length();
    }

    private String ws() {
        return "workspace=" + s.workspace();
    }

    private String r() {
        return ws() + "&repoSlug=" + repo;
    }

    private Report execute() throws Exception {
        ctx = new DefaultCamelContext();
        BitbucketComponent component = new BitbucketComponent();
        s.component().forEach((k, v) -> {
            switch (k) {
                case "clientId" -> component.getConfiguration().setClientId(v);
                case "clientSecret" -> component.getConfiguration().setClientSecret(v);
                case "refreshToken" -> component.getConfiguration().setRefreshToken(v);
                case "accessToken" -> component.getConfiguration().setAccessToken(v);
                case "username" -> component.getConfiguration().setUsername(v);
                case "apiToken" -> component.getConfiguration().setApiToken(v);
                case "baseUrl" -> component.getConfiguration().setBaseUrl(v);
                case "tokenUrl" -> component.getConfiguration().setTokenUrl(v);
                default -> throw new IllegalArgumentException(k);
            }
        });
        component.getConfiguration().setHttpClient(recorder.client());
        component.getConfiguration().setMaxRetries(1);
        ctx.addComponent("bitbucket", component);
        if (s.webhookUrl() != null) {
            VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
            conf.setBindPort(s.webhookPort());
            ctx.addService(new VertxPlatformHttpServer(conf));
        }
        ctx.start();
        t = ctx.createProducerTemplate();
        try {
            actions();
            triggers();
        } finally {
            cleanUp();
            t.close();
            ctx.stop();
        }
        List<String> differences = List.of();
        if (s.compareWithStandIn()) {
            // what the stand-in answers differently: the same run played on it, compared exchange by exchange
            differences = Fidelity.compare(Recording.sessionOf(recorder.exchanges(),
                    s.component().getOrDefault("baseUrl", "https://api.bitbucket.org/2.0")), Fidelity.playOnStandIn(
                    s.workspace(), s.runId(), java.nio.file.Files.createTempDirectory("cbb-live-stand-in")));
        }
        Report report = new Report(s.target(), s.workspace(), s.runId(), List.copyOf(steps), recorder.requests(),
                List.copyOf(created), List.copyOf(deleted), differences);
        writeReports(report);
        if (s.recordTo() != null) {
            ObjectNode meta = JSON.createObjectNode().put("runId", s.runId()).put("workspace", s.workspace())
                    .put("target", s.target()).put("recordedAt", Instant.now().toString());
            ArrayNode stepNodes = meta.putArray("steps");
            steps.forEach(st -> stepNodes.addObject().put("name", st.name()).put("status", st.status()));
            List<String> secrets = new ArrayList<>(s.component().entrySet().stream()
                    .filter(e -> !e.getKey().endsWith("Url") && !e.getKey().equals("username"))
                    .map(Map.Entry::getValue).toList());
            secrets.add(webhookSecret);
            Recording.write(s.recordTo(), meta, recorder.exchanges(),
                    s.component().getOrDefault("baseUrl", "https://api.bitbucket.org/2.0"), new Scrubber(secrets));
        }
        return report;
    }

    // ---------------------------------------------------------------- steps

    interface Action {
        String run() throws Exception;
    }

    private void step(String name, Action action) {
        if (recorder.requests() > BUDGET) {
            steps.add(new Step(name, "SKIPPED", 0, "the run's budget of " + BUDGET + " requests is spent"));
            return;
        }
        long start = System.nanoTime();
        String status = "PASS";
        String note;
        try {
            note = action.run();
            if (note != null && note.startsWith("SKIPPED: ")) {
                status = "SKIPPED";
                note = note.substring("SKIPPED: ".length());
            }
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof BitbucketException)) {
                cause = cause.getCause();
            }
            status = "FAIL";
            note = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        steps.add(new Step(name, status, (System.nanoTime() - start) / 1_000_000, note));
    }

    private Exchange call(String uri, Object body) {
        Exchange out = attempt(uri, body);
        if (out.getException() != null) {
            throw new IllegalStateException(out.getException().getMessage(), out.getException());
        }
        return out;
    }

    /** Runs an action and keeps its failure on the exchange: for the steps where some answers are not a failure. */
    private Exchange attempt(String uri, Object body) {
        return t.request("bitbucket:" + uri, e -> e.getMessage().setBody(body));
    }

    /** The HTTP status Bitbucket refused an attempt with, or 0 when it did not fail so. */
    private static int refusedWith(Exchange out) {
        return out.getException() instanceof BitbucketException be ? be.getStatusCode() : 0;
    }

    /** The exchange of an attempt that went through; its failure otherwise. */
    private static Exchange succeeded(Exchange out) throws Exception {
        if (out.getException() != null) {
            throw out.getException();
        }
        return out;
    }

    private <T> T body(String uri, Class<T> type) {
        return call(uri, null).getMessage().getBody(type);
    }

    /** Whether a /user call failed because the credential is an access token, which belongs to no user. */
    private boolean userless(Exchange out) {
        return s.component().containsKey("accessToken") && (refusedWith(out) == 401 || refusedWith(out) == 403);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("expected " + what);
        }
    }

    private void actions() {
        step("getCurrentUser", () -> {
            Exchange out = attempt("getCurrentUser", null);
            if (userless(out)) {
                return "SKIPPED: an access token acts for a workspace or repository, not for a user";
            }
            Account me = succeeded(out).getMessage().getBody(Account.class);
            accountUuid = me.getUuid();
            return "the credential acts as " + (me.getDisplayName() == null ? "an account" : "a named account");
        });
        step("listWorkspaces", () -> {
            Exchange out = attempt("listWorkspaces?maxResults=10", null);
            if (userless(out)) {
                return "SKIPPED: an access token acts for a workspace or repository, not for a user";
            }
            return "workspaces: " + succeeded(out).getMessage().getBody(List.class).size();
        });
        step("getWorkspace", () -> {
            call("getWorkspace?" + ws(), null);
            return null;
        });
        step("listWorkspaceMembers", () -> {
            List<?> members = body("listWorkspaceMembers?" + ws() + "&maxResults=10", List.class);
            for (Object m : members) {
                Account user = ((io.github.camelbitbucket.model.WorkspaceMembership) m).getUser();
                if (user != null && user.getUuid() != null && !user.getUuid().equals(accountUuid)) {
                    reviewer = user.getUuid(); // another member: a reviewer for row 16
                }
            }
            return "members (first page): " + members.size();
        });
        step("createProject", () -> {
            created.add("project " + projectKey);
            call("createProject?" + ws() + "&key=" + projectKey + "&name=" + repo + "&isPrivate=true"
                 + "&description=Scratch project of a camel-bitbucket conformance run", null);
            return projectKey;
        });
        step("getProject", () -> {
            call("getProject?" + ws() + "&projectKey=" + projectKey, null);
            return null;
        });
        step("updateProject", () -> {
            call("updateProject?" + ws() + "&projectKey=" + projectKey + "&description=Updated by the run", null);
            return null;
        });
        step("listProjects", () -> "projects (first page): " + body("listProjects?" + ws() + "&maxResults=10",
                List.class).size());
        step("createRepository", () -> {
            created.add("repository " + repo);
            call("createRepository?" + r() + "&projectKey=" + projectKey + "&isPrivate=true"
                 + "&description=Scratch repository of a camel-bitbucket conformance run", null);
            return repo;
        });
        step("commitFiles (the first commit)", () -> {
            Map<String, Object> files = new LinkedHashMap<>();
            files.put("README.md", "# " + repo + "\n\nMade by a camel-bitbucket conformance run; deleted at its end.\n");
            files.put("docs/notes.txt", "notes\n");
            files.put("bitbucket-pipelines.yml", "pipelines:\n  default:\n    - step:\n        script:\n"
                                                 + "          - echo conformance\n");
            head = call("commitFiles?" + r() + "&branch=" + main + "&message=Initial commit", files).getMessage()
                    .getBody(String.class);
            check(head != null && head.length() >= 12, "the new commit's hash");
            return head;
        });
        step("getRepository", () -> {
            call("getRepository?" + r(), null);
            return null;
        });
        step("listRepositories", () -> "repositories (first page): " + body("listRepositories?" + ws()
                                                                            + "&maxResults=10", List.class).size());
        step("updateRepository", () -> {
            call("updateRepository?" + r() + "&description=Updated by the run", null);
            return null;
        });
        step("listCommits", () -> "commits: " + body("listCommits?" + r() + "&branch=" + main, List.class).size());
        step("getCommit", () -> {
            call("getCommit?" + r() + "&commit=" + head, null);
            return null;
        });
        step("getFile", () -> {
            Object readme = body("getFile?" + r() + "&commit=" + head + "&filePath=README.md", Object.class);
            check(readme instanceof String text && text.contains(repo), "README.md as text");
            return null;
        });
        step("listDirectory", () -> "root entries: " + body("listDirectory?" + r() + "&commit=" + head, List.class)
                .size());
        step("createBranch", () -> {
            call("createBranch?" + r() + "&name=feature/conformance&fromCommit=" + head, null);
            return null;
        });
        step("commitFiles (on the branch)", () -> {
            featureHead = call("commitFiles?" + r() + "&branch=feature/conformance&message=Change&deleteFiles=docs/notes.txt",
                    Map.of("docs/change.md", "A change to review\n")).getMessage().getBody(String.class);
            return featureHead;
        });
        step("getBranch", () -> {
            check(body("getBranch?" + r() + "&refName=" + main, Branch.class).getName().equals(main), "main");
            return null;
        });
        step("listBranches", () -> "branches: " + body("listBranches?" + r(), List.class).size());
        step("createTag", () -> {
            call("createTag?" + r() + "&name=v0.0.1&fromCommit=" + head + "&message=Conformance", null);
            return null;
        });
        step("listTags", () -> "tags: " + body("listTags?" + r(), List.class).size());
        step("setCommitStatus (row 15: a key over 40 characters)", () -> {
            String key = "conformance-run-build-status-key-longer-than-forty-characters";
            CommitStatus st = call("setCommitStatus?" + r() + "&commit=" + featureHead + "&statusKey=" + key
                                   + "&statusState=INPROGRESS&statusUrl=https://example.com/build/1", null)
                    .getMessage().getBody(CommitStatus.class);
            check(st.getKey().length() <= 40, "a key of at most 40 characters");
            call("setCommitStatus?" + r() + "&commit=" + featureHead + "&statusKey=" + key
                 + "&statusState=SUCCESSFUL&statusUrl=https://example.com/build/1", null);
            return "sent as " + st.getKey();
        });
        step("listCommitStatuses", () -> {
            List<?> statuses = body("listCommitStatuses?" + r() + "&commit=" + featureHead, List.class);
            check(statuses.size() == 1, "one status, updated under its key (row 15)");
            return null;
        });
        step("createPullRequest (row 16: a reviewer by uuid)", () -> {
            PullRequest pr = body("createPullRequest?" + r() + "&title=Conformance&sourceBranch=feature/conformance"
                                  + "&destinationBranch=" + main + "&description=Opened by the run"
                                  + (reviewer == null ? "" : "&reviewers=" + reviewer), PullRequest.class);
            pullRequest = pr.getId().intValue();
            return "#" + pullRequest + (reviewer == null ? ", without a reviewer (no other member in the workspace)"
                    : ", a reviewer named by uuid");
        });
        step("row 16: a reviewer named by username is refused before sending", () -> {
            int before = recorder.requests();
            Exchange out = attempt("createPullRequest?" + r() + "&title=Never&sourceBranch=feature/conformance"
                                   + "&reviewers=someones-username", null);
            check(out.getException() instanceof IllegalArgumentException, "an IllegalArgumentException");
            check(recorder.requests() == before, "no request sent");
            return out.getException().getMessage();
        });
        String pr = "&pullRequestId=";
        step("getPullRequest", () -> {
            call("getPullRequest?" + r() + pr + pullRequest, null);
            return null;
        });
        step("updatePullRequest", () -> {
            call("updatePullRequest?" + r() + pr + pullRequest + "&description=Updated by the run", null);
            return null;
        });
        step("listPullRequests", () -> "open: " + body("listPullRequests?" + r() + "&state=OPEN", List.class).size());
        step("createPullRequestComment", () -> {
            commentId = body("createPullRequestComment?" + r() + pr + pullRequest + "&content=A comment", Comment.class)
                    .getId();
            return null;
        });
        step("updatePullRequestComment", () -> {
            call("updatePullRequestComment?" + r() + pr + pullRequest + "&commentId=" + commentId
                 + "&content=An edited comment", null);
            return null;
        });
        step("listPullRequestComments", () -> "comments: " + body("listPullRequestComments?" + r() + pr + pullRequest,
                List.class).size());
        step("approvePullRequest (row 17: the author approves)", () -> {
            call("approvePullRequest?" + r() + pr + pullRequest, null);
            return null;
        });
        step("unapprovePullRequest", () -> {
            call("unapprovePullRequest?" + r() + pr + pullRequest, null);
            return null;
        });
        step("requestChanges", () -> {
            call("requestChanges?" + r() + pr + pullRequest, null);
            return null;
        });
        step("removeChangeRequest", () -> {
            call("removeChangeRequest?" + r() + pr + pullRequest, null);
            return null;
        });
        step("listPullRequestCommits", () -> "commits: " + body("listPullRequestCommits?" + r() + pr + pullRequest,
                List.class).size());
        step("getPullRequestDiffstat (row 9: a redirect)", () -> "files: " + body("getPullRequestDiffstat?" + r() + pr
                                                                                   + pullRequest, List.class).size());
        step("listPullRequestActivity", () -> "entries: " + body("listPullRequestActivity?" + r() + pr + pullRequest,
                List.class).size());
        step("deletePullRequestComment", () -> {
            long second = body("createPullRequestComment?" + r() + pr + pullRequest + "&content=To delete",
                    Comment.class).getId();
            call("deletePullRequestComment?" + r() + pr + pullRequest + "&commentId=" + second, null);
            return null;
        });
        step("createWebhook", () -> {
            WebhookSubscription hook = call("createWebhook?" + r() + "&hookUrl=https://example.com/conformance-hook"
                                            + "&hookEvents=repo:push&description=Conformance",
                    Map.of("secret", webhookSecret)).getMessage().getBody(WebhookSubscription.class);
            String uid = hook.getUuid();
            check(body("listWebhooks?" + r(), List.class).size() >= 1, "the webhook listed");
            call("deleteWebhook?" + r() + "&hookUid=" + uid, null);
            return "created, listed and deleted";
        });
        step("runPipeline", () -> {
            Exchange out = attempt("runPipeline?" + r() + "&pipelineBranch=" + main + "&pipelineVariables=RUN=conformance",
                    null);
            if (refusedWith(out) == 400) {
                return "SKIPPED: Bitbucket refused to run a pipeline here (" + out.getException().getMessage()
                       + "); Pipelines may be off for the workspace";
            }
            pipelineUuid = succeeded(out).getMessage().getBody(Pipeline.class).getUuid();
            return pipelineUuid;
        });
        step("getPipeline, listPipelineSteps, getPipelineStepLog, listPipelines", () -> {
            if (pipelineUuid == null) {
                return "SKIPPED: no pipeline ran";
            }
            String p = r() + "&pipelineUuid=" + pipelineUuid;
            Pipeline[] last = new Pipeline[1];
            waitFor(Duration.ofSeconds(5), () -> "COMPLETED".equals((last[0] = body("getPipeline?" + p, Pipeline.class))
                    .getState().getName()));
            Pipeline read = last[0];
            List<?> stepsOf = body("listPipelineSteps?" + p, List.class);
            String note = "state " + read.getState().getName() + ", " + stepsOf.size() + " step(s)";
            if (!stepsOf.isEmpty() && "COMPLETED".equals(read.getState().getName())) {
                String step = ((io.github.camelbitbucket.model.PipelineStep) stepsOf.get(0)).getUuid();
                String log = body("getPipelineStepLog?" + p + "&stepUuid=" + step, String.class);
                note += ", log of " + (log == null ? 0 : log.length()) + " characters (row 9: followed)";
            }
            body("listPipelines?" + r() + "&sort=-created_on&maxResults=10", List.class);
            return note;
        });
        step("stopPipeline", () -> {
            if (pipelineUuid == null) {
                return "SKIPPED: no pipeline ran";
            }
            Exchange out = attempt("stopPipeline?" + r() + "&pipelineUuid=" + pipelineUuid, null);
            // a completed pipeline answers 400 "already completed": Bitbucket's own answer, the call is sound
            if (refusedWith(out) == 400) {
                return "already completed (" + out.getException().getMessage() + ")";
            }
            succeeded(out);
            return "stopped";
        });
        step("mergePullRequest (row 14: a 202 task is followed)", () -> {
            PullRequest merged = call("mergePullRequest?" + r() + pr + pullRequest + "&mergeStrategy=squash"
                                      + "&mergeTimeout=60000", null).getMessage().getBody(PullRequest.class);
            check("MERGED".equals(String.valueOf(merged.getState())), "a merged pull request");
            return null;
        });
        step("declinePullRequest", () -> {
            call("createBranch?" + r() + "&name=feature/to-decline&fromCommit=" + head, null);
            call("commitFiles?" + r() + "&branch=feature/to-decline&message=Decline me",
                    Map.of("decline.txt", "no\n"));
            int id = body("createPullRequest?" + r() + "&title=To decline&sourceBranch=feature/to-decline",
                    PullRequest.class).getId().intValue();
            call("declinePullRequest?" + r() + pr + id, null);
            return "#" + id;
        });
        step("deleteBranch, deleteTag", () -> {
            call("deleteBranch?" + r() + "&refName=feature/to-decline", null);
            call("createTag?" + r() + "&name=doomed&fromCommit=" + head, null);
            call("deleteTag?" + r() + "&refName=doomed", null);
            return null;
        });
        step("forkRepository", () -> {
            created.add("repository " + fork);
            call("forkRepository?" + r() + "&name=" + fork + "&forkWorkspace=" + s.workspace(), null);
            return fork;
        });
        step("listIssues (row 11: the issue tracker)", () -> {
            Exchange out = attempt("listIssues?" + r(), null);
            issuesRetired = refusedWith(out) == 410 || refusedWith(out) == 404;
            if (issuesRetired) {
                return refusedWith(out) == 410 ? "retired, explained: " + out.getException().getMessage()
                        : "no issue tracker on the scratch repository (404)";
            }
            succeeded(out);
            return "this Bitbucket still serves an issue tracker: the issue actions run too";
        });
        step("createIssue, getIssue, updateIssue", () -> {
            if (issuesRetired) {
                return "SKIPPED: the issue tracker is retired (row 11)";
            }
            io.github.camelbitbucket.model.Issue issue = body("createIssue?" + r() + "&title=Conformance&kind=task",
                    io.github.camelbitbucket.model.Issue.class);
            call("getIssue?" + r() + "&issueId=" + issue.getId(), null);
            call("updateIssue?" + r() + "&issueId=" + issue.getId() + "&state=resolved", null);
            return "#" + issue.getId();
        });
        steps.add(new Step("authorizationUrl, exchangeAuthorizationCode, listConnections, getConnection,"
                           + " removeConnection", "SKIPPED", 0, "the install flow needs a person's consent in a browser"
                                                                  + " (InstallFlowTest plays it on the stand-in)"));
        step("httpRequest", () -> {
            call("httpRequest?" + r() + "&path=/repositories/{workspace}/{repoSlug}/refs/branches", null);
            return null;
        });
    }

    /** Waits (polling every {@code every}) until the condition holds or the run's trigger wait is over. */
    private boolean waitFor(Duration every, java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.awaitility.Awaitility.await().pollInterval(every).pollDelay(Duration.ZERO)
                    .atMost(Duration.ofMillis(s.triggerWaitMillis())).until(condition);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    private void triggers() throws Exception {
        String repoTriggers = r() + "&startFrom=beginning&delay=2000&initialDelay=0";
        String since = "&startFrom=" + runStart() + "&delay=2000&initialDelay=0";
        poll("pullRequestCreated", repoTriggers);
        poll("pullRequestUpdated", repoTriggers);
        poll("pullRequestCommented", repoTriggers);
        poll("commitPushed", repoTriggers + "&branch=" + main);
        poll("commitStatusChanged", repoTriggers + "&commit=" + featureHead);
        poll("branchCreated", repoTriggers);
        poll("tagCreated", repoTriggers);
        if (pipelineUuid != null) {
            poll("pipelineCompleted", repoTriggers);
        } else {
            steps.add(new Step("trigger pipelineCompleted (poll)", "SKIPPED", 0, "no pipeline ran"));
        }
        poll("repositoryCreated", ws() + since);
        poll("projectCreated", ws() + since);
        poll("projectUpdated", ws() + since);
        if (issuesRetired) {
            steps.add(new Step("trigger issueCreated, issueUpdated (poll)", "SKIPPED", 0,
                    "the issue tracker is retired (row 11)"));
        } else {
            poll("issueCreated", repoTriggers);
            poll("issueUpdated", repoTriggers);
        }
        if (s.webhookUrl() == null) {
            steps.add(new Step("triggers by webhook", "SKIPPED", 0, "no BITBUCKET_WEBHOOK_URL given"));
            return;
        }
        int[] hooked = new int[1];
        hook("pullRequestCreated", "", () -> {
            call("createBranch?" + r() + "&name=feature/hooked&fromCommit=" + head, null);
            call("commitFiles?" + r() + "&branch=feature/hooked&message=Hooked", Map.of("hooked.txt", "hook\n"));
            hooked[0] = body("createPullRequest?" + r() + "&title=Hooked&sourceBranch=feature/hooked", PullRequest.class)
                    .getId().intValue();
        });
        hook("pullRequestUpdated", "", () -> call("updatePullRequest?" + r() + "&pullRequestId=" + hooked[0]
                                                   + "&description=Hooked, updated", null));
        hook("pullRequestCommented", "", () -> call("createPullRequestComment?" + r() + "&pullRequestId=" + hooked[0]
                                                     + "&content=Hooked comment", null));
        hook("commitPushed", "&branch=feature/hooked", () -> call("commitFiles?" + r() + "&branch=feature/hooked"
                                                                   + "&message=Hooked push", Map.of("push.txt", "p\n")));
        hook("commitStatusChanged", "", () -> call("setCommitStatus?" + r() + "&commit=" + head + "&statusKey=hooked"
                                                    + "&statusState=SUCCESSFUL&statusUrl=https://example.com/b/2", null));
        hook("branchCreated", "", () -> call("createBranch?" + r() + "&name=feature/hooked-2&fromCommit=" + head, null));
        hook("tagCreated", "", () -> call("createTag?" + r() + "&name=hooked-1&fromCommit=" + head, null));
    }

    /** One minute before the run began (from the run id): workspace triggers see what the run made, replays agree. */
    private String runStart() {
        try {
            Instant started = java.time.LocalDateTime.parse(s.runId().substring(0, 15),
                    DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")).toInstant(ZoneOffset.UTC);
            return started.minusSeconds(60).toString();
        } catch (RuntimeException e) {
            return "beginning";
        }
    }

    private void poll(String trigger, String options) throws Exception {
        String routeId = "poll-" + trigger;
        List<Object> events = new CopyOnWriteArrayList<>();
        step("trigger " + trigger + " (poll)", () -> {
            ctx.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("bitbucket:" + trigger + "?" + options).routeId(routeId).process(e -> events.add(e.getMessage()
                            .getBody()));
                }
            });
            try {
                waitFor(Duration.ofMillis(100), () -> !events.isEmpty()); // the route polls on its own thread
            } finally {
                ctx.getRouteController().stopRoute(routeId);
                ctx.removeRoute(routeId);
            }
            check(!events.isEmpty(), "an event within " + s.triggerWaitMillis() / 1000 + " s");
            return events.size() + " event(s), the first a " + events.get(0).getClass().getSimpleName();
        });
    }

    interface Cause {
        void run() throws Exception;
    }

    private void hook(String trigger, String options, Cause cause) throws Exception {
        String routeId = "hook-" + trigger;
        String path = "/conformance/" + trigger;
        List<Object> events = new CopyOnWriteArrayList<>();
        step("trigger " + trigger + " (webhook)", () -> {
            ctx.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("bitbucket:" + trigger + "?" + r() + options + "&delivery=webhook&webhookRegister=true&webhookPath=" + path
                         + "&webhookExternalUrl=" + s.webhookUrl().replaceAll("/+$", "") + path + "&webhookSecret="
                         + webhookSecret).routeId(routeId).process(e -> events.add(e.getMessage().getBody()));
                }
            });
            try {
                cause.run();
                waitFor(Duration.ofMillis(100), () -> !events.isEmpty());
            } finally {
                ctx.getRouteController().stopRoute(routeId); // deletes the hook it registered
                ctx.removeRoute(routeId);
            }
            check(!events.isEmpty(), "a delivery within " + s.triggerWaitMillis() / 1000 + " s");
            return "delivered: a " + events.get(0).getClass().getSimpleName();
        });
    }

    // ---------------------------------------------------------------- clean-up

    private void cleanUp() {
        // the forks and the repository before their project, which Bitbucket deletes only when it is empty
        remove("repository", fork, "deleteRepository?" + ws() + "&repoSlug=" + fork);
        remove("repository", repo, "deleteRepository?" + ws() + "&repoSlug=" + repo);
        remove("project", projectKey, "deleteProject?" + ws() + "&projectKey=" + projectKey);
    }

    /** Deletes one thing the run created (and only that: its name is checked first); gone already is no failure. */
    private void remove(String kind, String name, String uri) {
        if (!created.contains(kind + " " + name)) {
            return;
        }
        step("clean up: " + uri.substring(0, uri.indexOf('?')) + " " + name, () -> {
            ensureOurs(name);
            Exchange out = attempt(uri, null);
            if (refusedWith(out) == 404) {
                return "SKIPPED: not there (its creation failed)";
            }
            succeeded(out);
            deleted.add(kind + " " + name);
            return null;
        });
    }

    /** Destructive calls touch only what this run created: the name must be one of this run's. */
    private void ensureOurs(String name) {
        if (!ownedByRun(name, s.runId())) {
            throw new IllegalStateException("refusing to delete '" + name + "': not created by this run");
        }
    }

    /** Whether a repository slug or project key is one a run with this id creates (and so may delete). */
    static boolean ownedByRun(String name, String runId) {
        String id = runId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return name.equals(PREFIX + id) || name.equals(PREFIX + id + "-fork")
               || name.equals("CBBL" + id.replaceAll("[^a-z0-9]", "").toUpperCase(Locale.ROOT));
    }

    // ---------------------------------------------------------------- reports

    private void writeReports(Report report) throws Exception {
        Files.createDirectories(s.reportDir());
        JSON.writeValue(s.reportDir().resolve("report.json").toFile(), report);
        StringBuilder md = new StringBuilder("# camel-bitbucket live conformance run\n\n");
        md.append("- Target: ").append(report.target()).append("\n- Workspace: ").append(report.workspace())
                .append("\n- Run: ").append(report.runId()).append("\n- Requests: ").append(report.requests())
                .append(" (budget ").append(BUDGET).append("; Bitbucket allows about 1,000 an hour)\n")
                .append("- Created: ").append(report.created()).append("\n- Deleted: ").append(report.deleted())
                .append("\n- Result: ").append(report.passed() ? "passed" : "FAILED").append("\n\n")
                .append("| Step | Status | ms | Note |\n|---|---|---:|---|\n");
        for (Step st : report.steps()) {
            md.append("| ").append(st.name()).append(" | ").append(st.status()).append(" | ").append(st.millis())
                    .append(" | ").append(st.note() == null ? "" : st.note().replace("|", "\\|").replace("\n", " "))
                    .append(" |\n");
        }
        md.append("\n## What differed from the stand-in\n\n");
        if (!s.compareWithStandIn()) {
            md.append("Not compared (BITBUCKET_COMPARE=false).\n");
        } else if (report.standInDifferences().isEmpty()) {
            md.append("Nothing: the stand-in answered every kind of exchange with the same status, media type, JSON"
                      + " fields and Location.\n");
        } else {
            report.standInDifferences().forEach(d -> md.append("- ").append(d).append('\n'));
        }
        Files.writeString(s.reportDir().resolve("report.md"), md.toString());
    }
}
