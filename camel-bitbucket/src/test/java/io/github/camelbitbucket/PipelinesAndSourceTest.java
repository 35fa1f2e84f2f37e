package io.github.camelbitbucket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.model.Branch;
import io.github.camelbitbucket.model.Comment;
import io.github.camelbitbucket.model.CommitStatus;
import io.github.camelbitbucket.model.Pipeline;
import io.github.camelbitbucket.model.PipelineStep;
import io.github.camelbitbucket.model.Tag;
import io.github.camelbitbucket.model.TreeEntry;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Pipelines, source and the triggers of issue 24 against the stand-in: every request as Bitbucket takes it (asserted
 * on what the stand-in received), bad input refused before any request, a secured variable never logged, live row 9
 * for step logs, and each new trigger by polling and, where Bitbucket sends an event, by webhook.
 */
class PipelinesAndSourceTest extends WebhookTestSupport {

    @RegisterExtension
    static final TraceLogCapture LOGS = new TraceLogCapture();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPO = "bitbucket:%s?workspace=acme&repoSlug=builds";
    private static final String SECURED = "made-up-deploy-token-7f3a";

    @BeforeAll
    static void aRepository() {
        standIn.addRepository("acme", "builds", "WEB");
        standIn.push("acme", "builds", "main", "Initial commit");
    }

    private static String uri(String op, String options) {
        return String.format(REPO, op) + (options.isEmpty() ? "" : "&" + options);
    }

    private static JsonNode sentBody(String method, String pathEnd) throws Exception {
        BitbucketStandIn.Recorded r = RECORDED.stream().filter(x -> x.method().equals(method) && x.path().endsWith(pathEnd))
                .reduce((a, b) -> b).orElseThrow();
        return JSON.readTree(r.requestBody());
    }

    private Pipeline run(String options) {
        return template.requestBody(uri("runPipeline", options), null, Pipeline.class);
    }

    // ---------------------------------------------------------------- pipelines

    @Test
    void runPipelineOnABranchWithVariablesSendsThemAndNeverLogsASecuredValue() throws Exception {
        RECORDED.clear();
        Exchange out = template.request(uri("runPipeline", "pipelineBranch=main&pipelineVariables=ENV=staging,DRY=true"
                                                           + "&pipelineSecretVariables=TOKEN=" + SECURED), e -> {
        });

        assertThat(out.getException()).isNull();
        Pipeline p = out.getMessage().getBody(Pipeline.class);
        assertThat(p.getUuid()).startsWith("{");
        assertThat(out.getMessage().getHeader(BitbucketConstants.PIPELINE_UUID)).isEqualTo(p.getUuid());
        JsonNode body = sentBody("POST", "/builds/pipelines");
        assertThat(body.path("type").asText()).isEqualTo("pipeline");
        assertThat(body.path("target").path("type").asText()).isEqualTo("pipeline_ref_target");
        assertThat(body.path("target").path("ref_type").asText()).isEqualTo("branch");
        assertThat(body.path("target").path("ref_name").asText()).isEqualTo("main");
        assertThat(body.path("variables").toString()).contains("{\"key\":\"ENV\",\"value\":\"staging\",\"secured\":false}")
                .contains("{\"key\":\"TOKEN\",\"value\":\"" + SECURED + "\",\"secured\":true}");
        // Bitbucket answers a secured variable without its value; nothing of ours prints it
        assertThat(p.getVariables()).anySatisfy(v -> assertThat(v.getSecured()).isTrue());
        // Camel's own TRACE lines print a URI as written; the component's lines, messages and endpoints never do
        assertThat(LOGS.text().lines().filter(l -> l.split(" ").length > 1 && l.split(" ")[1].startsWith("io.github")))
                .isNotEmpty().noneMatch(l -> l.contains(SECURED));
        assertThat(context.getEndpoints().stream().map(Object::toString)).noneMatch(s -> s.contains(SECURED));
    }

    @Test
    void aSecretVariableGivenByHeaderAppearsInNoLogLineAtAll() throws Exception {
        String secret = "made-up-header-token-91c2";
        RECORDED.clear();
        Exchange out = template.request(uri("runPipeline", "pipelineBranch=main"),
                e -> e.getMessage().setHeader(BitbucketConstants.PIPELINE_SECRET_VARIABLES, "API_KEY=" + secret));

        assertThat(out.getException()).isNull();
        assertThat(sentBody("POST", "/builds/pipelines").path("variables").toString())
                .contains("{\"key\":\"API_KEY\",\"value\":\"" + secret + "\",\"secured\":true}");
        assertThat(LOGS.text()).contains("runPipeline").doesNotContain(secret);
        assertThat(out.getMessage().getHeader(BitbucketConstants.PIPELINE_SECRET_VARIABLES)).as("spent").isNull();
    }

    @Test
    void runPipelineOnACommitWithACustomPipelineSendsACommitTargetWithItsSelector() throws Exception {
        String hash = standIn.commits("acme", "builds", "main").get(0).path("hash").asText();
        RECORDED.clear();
        Pipeline p = run("pipelineCommit=" + hash + "&pipelinePattern=deploy-to-test");

        JsonNode target = sentBody("POST", "/builds/pipelines").path("target");
        assertThat(target.path("type").asText()).isEqualTo("pipeline_commit_target");
        assertThat(target.path("commit").path("hash").asText()).isEqualTo(hash);
        assertThat(target.path("selector").path("type").asText()).isEqualTo("custom");
        assertThat(target.path("selector").path("pattern").asText()).isEqualTo("deploy-to-test");
        assertThat(p.getTarget().getSelector().getPattern()).isEqualTo("deploy-to-test");
    }

    @Test
    void badPipelineInputIsRefusedBeforeAnyRequestAndNeverEchoesASecuredValue() {
        RECORDED.clear();
        assertThatThrownBy(() -> run("pipelinePattern=deploy")).hasStackTraceContaining("pipelineBranch")
                .hasStackTraceContaining("pipelineCommit");
        assertThatThrownBy(() -> run("")).hasStackTraceContaining("runPipeline")
                .hasStackTraceContaining("pipelineBranch");
        assertThatThrownBy(() -> run("pipelineBranch=main&pipelineSecretVariables=bad key=" + SECURED))
                .hasStackTraceContaining("pipelineSecretVariables").hasStackTraceContaining("bad key")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECURED));
        assertThat(RECORDED).isEmpty();
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }

    @Test
    void aPipelineIsReadItsStepsListedAndStoppedOnce() {
        String uuid = run("pipelineBranch=main").getUuid();

        Pipeline read = template.requestBody(uri("getPipeline", "pipelineUuid=" + uuid), null, Pipeline.class);
        assertThat(read.getUuid()).isEqualTo(uuid);
        @SuppressWarnings("unchecked")
        List<PipelineStep> steps = template.requestBody(uri("listPipelineSteps", "pipelineUuid=" + uuid), null,
                List.class);
        assertThat(steps).hasSize(1).first().satisfies(s -> assertThat(s.getName()).isEqualTo("Build"));

        Exchange stop = template.request(uri("stopPipeline", "pipelineUuid=" + uuid), e -> {
        });
        assertThat(stop.getException()).isNull();
        assertThat(stop.getMessage().getHeader(BitbucketConstants.HTTP_STATUS)).isEqualTo(204);
        Pipeline stopped = template.requestBody(uri("getPipeline", "pipelineUuid=" + uuid), null, Pipeline.class);
        assertThat(stopped.getState().getName()).isEqualTo("COMPLETED");
        assertThat(stopped.getState().getResult().getName()).isEqualTo("STOPPED");

        Exchange again = template.request(uri("stopPipeline", "pipelineUuid=" + uuid), e -> {
        });
        assertThat(again.getException()).isInstanceOf(BitbucketException.class)
                .hasMessageContaining("already completed");
    }

    @Test
    void liveRow9ACompletedStepsLogRedirectsAndIsFollowedToItsText() {
        String[] pipeline = standIn.startPipeline("acme", "builds", "main");
        @SuppressWarnings("unchecked")
        List<Pipeline> all = template.requestBody(uri("listPipelines", "sort=-created_on"), (Object) null, List.class);
        long build = all.stream().filter(p -> p.getUuid().equals(pipeline[0])).findFirst().orElseThrow()
                .getBuildNumber();
        standIn.finishPipeline("acme", "builds", build, "SUCCESSFUL");
        RECORDED.clear();

        Exchange out = template.request(uri("getPipelineStepLog", "pipelineUuid=" + pipeline[0] + "&stepUuid="
                                                                  + pipeline[1]), e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isInstanceOf(String.class);
        assertThat(out.getMessage().getBody(String.class)).contains("Build done.");
        assertThat(RECORDED).hasSize(1).first().satisfies(r -> assertThat(r.status()).isEqualTo(307));
        assertThat(out.getMessage().getHeader(BitbucketConstants.STEP_UUID)).isEqualTo(pipeline[1]);
    }

    // ---------------------------------------------------------------- source

    @Test
    void getFileAnswersTextAsStringAndOtherContentAsBytesAndKeepsThePathsSlashes() {
        RECORDED.clear();
        Object readme = template.requestBody(uri("getFile", "commit=main&filePath=README.md"), (Object) null);
        Object logo = template.requestBody(uri("getFile", "commit=main&filePath=docs/logo.png"), (Object) null);

        assertThat(readme).isInstanceOf(String.class).asString().startsWith("# builds");
        assertThat(logo).isInstanceOf(byte[].class);
        assertThat((byte[]) logo).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(RECORDED.get(1).path()).isEqualTo("/2.0/repositories/acme/builds/src/main/docs/logo.png");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listDirectoryListsTheRootWithoutAPathAndASubdirectoryWithOne() {
        List<TreeEntry> root = template.requestBody(uri("listDirectory", "commit=main"), null, List.class);
        List<TreeEntry> docs = template.requestBody(uri("listDirectory", "commit=main&filePath=docs"), null, List.class);

        assertThat(root).extracting(TreeEntry::getPath).containsExactlyInAnyOrder("README.md", "docs", "src");
        assertThat(root).filteredOn(e -> e.getPath().equals("docs")).first()
                .satisfies(e -> assertThat(e.getType()).isEqualTo("commit_directory"));
        assertThat(docs).extracting(TreeEntry::getPath).containsExactly("docs/logo.png");
    }

    @Test
    void commitFilesAddsChangesAndDeletesFilesInOneCommitOnANewBranch() throws Exception {
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("docs/CHANGELOG.md", "## 1.0\n");
        files.put("bin/tool", new byte[] {0, 1, 2, (byte) 0xff});
        files.put("src/Login.java", (Object) null); // deleted
        RECORDED.clear();

        Exchange out = template.request(uri("commitFiles", "branch=release/1.0&message=Release 1.0"
                                                           + "&deleteFiles=README.md&commitAuthor=Rel Bot <bot@example.com>"),
                e -> e.getMessage().setBody(files));

        assertThat(out.getException()).isNull();
        String commit = out.getMessage().getBody(String.class);
        assertThat(commit).hasSize(40);
        assertThat(out.getMessage().getHeader(BitbucketConstants.COMMIT)).isEqualTo(commit);
        assertThat(RECORDED).hasSize(1);
        JsonNode form = JSON.readTree(RECORDED.get(0).requestBody());
        assertThat(form.path("message").asText()).isEqualTo("Release 1.0");
        assertThat(form.path("branch").asText()).isEqualTo("release/1.0");
        assertThat(form.path("author").asText()).isEqualTo("Rel Bot <bot@example.com>");
        assertThat(form.path("docs/CHANGELOG.md").asText()).isEqualTo("<7 bytes>");
        assertThat(form.path("bin/tool").asText()).isEqualTo("<4 bytes>");
        assertThat(RECORDED.get(0).headers().get("Content-Type")).startsWith("multipart/form-data; boundary=");

        byte[] tool = template.requestBody(uri("getFile", "commit=" + commit + "&filePath=bin/tool"), null, byte[].class);
        assertThat(tool).containsExactly(0, 1, 2, (byte) 0xff);
        assertThat(template.requestBody(uri("getFile", "commit=" + commit + "&filePath=docs/CHANGELOG.md"), null,
                String.class)).isEqualTo("## 1.0\n");
        for (String gone : List.of("README.md", "src/Login.java")) {
            Exchange missing = template.request(uri("getFile", "commit=" + commit + "&filePath=" + gone), e -> {
            });
            assertThat(missing.getException()).as(gone).isInstanceOf(BitbucketException.class);
        }
    }

    @Test
    void commitFilesWithNothingToCommitOrABadPathIsRefusedBeforeAnyRequest() {
        RECORDED.clear();
        assertThatThrownBy(() -> template.requestBody(uri("commitFiles", "message=m"), (Object) null))
                .hasStackTraceContaining("nothing to commit").hasStackTraceContaining("deleteFiles");
        assertThatThrownBy(() -> template.requestBody(uri("commitFiles", "message=m"), Map.of("../etc/passwd", "x")))
                .hasStackTraceContaining("is not a file path");
        assertThatThrownBy(() -> template.requestBody(uri("getFile", "commit=main"), (Object) null))
                .hasStackTraceContaining("filePath");
        assertThat(RECORDED).isEmpty();
    }

    // ---------------------------------------------------------------- triggers by polling

    @Test
    void pipelineCompletedDeliversEachCompletedPipelineOnceAndNoRunningOne() throws Exception {
        standIn.addRepository("acme", "ci", "WEB");
        standIn.push("acme", "ci", "main", "Initial commit");
        MockEndpoint mock = route("pipelines", "bitbucket:pipelineCompleted?workspace=acme&repoSlug=ci&delay=100"
                                               + "&startFrom=beginning");
        String[] running = standIn.startPipeline("acme", "ci", "main");
        String[] done = standIn.startPipeline("acme", "ci", "main");
        standIn.finishPipeline("acme", "ci", 2, "FAILED");

        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() >= 1);
        Pipeline first = mock.getReceivedExchanges().get(0).getMessage().getBody(Pipeline.class);
        assertThat(first.getUuid()).isEqualTo(done[0]);
        assertThat(first.getState().getResult().getName()).isEqualTo("FAILED");
        // the running one completes as the trigger reads it (the stand-in moves a stage per read): delivered once
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() >= 2);
        int polls = requestsTo("/2.0/repositories/acme/ci/pipelines").size();
        await().atMost(10, TimeUnit.SECONDS).until(() -> requestsTo("/2.0/repositories/acme/ci/pipelines").size() > polls + 3);
        assertThat(mock.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Pipeline.class).getUuid())
                .containsExactly(done[0], running[0]);
        assertThat(requestsTo("/2.0/repositories/acme/ci/pipelines").get(0).query().get("sort"))
                .containsExactly("-created_on");
        context.getRouteController().stopRoute("pipelines");
    }

    @Test
    void pullRequestCommentedDeliversEachNewCommentWithItsPullRequest() throws Exception {
        standIn.addRepository("acme", "reviews", "WEB");
        int id = standIn.openPullRequest("acme", "reviews", "Review me");
        MockEndpoint mock = route("comments", "bitbucket:pullRequestCommented?workspace=acme&repoSlug=reviews&delay=100");
        await().atMost(10, TimeUnit.SECONDS).until(() -> !requestsTo("/2.0/repositories/acme/reviews/pullrequests/activity")
                .isEmpty());
        long comment = standIn.commentPullRequest("acme", "reviews", id, "Looks good");

        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() >= 1);
        Comment c = mock.getReceivedExchanges().get(0).getMessage().getBody(Comment.class);
        assertThat(c.getId()).isEqualTo(comment);
        assertThat(c.getContent().getRaw()).isEqualTo("Looks good");
        assertThat(c.getPullrequest().getId()).isEqualTo(id);
        context.getRouteController().stopRoute("comments");
        assertThat(mock.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void branchCreatedAndTagCreatedDeliverOnlyRefsMadeAfterTheStart() throws Exception {
        String hash = standIn.commits("acme", "builds", "main").get(0).path("hash").asText();
        MockEndpoint branches = route("branches", "bitbucket:branchCreated?workspace=acme&repoSlug=builds&delay=100");
        MockEndpoint tags = route("tags", "bitbucket:tagCreated?workspace=acme&repoSlug=builds&delay=100");
        await().atMost(10, TimeUnit.SECONDS).until(() -> requestsTo("/2.0/repositories/acme/builds/refs/tags").size() > 1
                && requestsTo("/2.0/repositories/acme/builds/refs/branches").size() > 1);

        template.requestBody(uri("createBranch", "name=feature/new&fromCommit=" + hash), (Object) null);
        template.requestBody(uri("createTag", "name=v9.9&fromCommit=" + hash), (Object) null);

        await().atMost(10, TimeUnit.SECONDS).until(() -> branches.getReceivedCounter() == 1 && tags.getReceivedCounter() == 1);
        assertThat(branches.getReceivedExchanges().get(0).getMessage().getBody(Branch.class).getName())
                .isEqualTo("feature/new");
        assertThat(tags.getReceivedExchanges().get(0).getMessage().getBody(Tag.class).getName()).isEqualTo("v9.9");
        int polls = requestsTo("/2.0/repositories/acme/builds/refs/branches").size();
        await().atMost(10, TimeUnit.SECONDS).until(() -> requestsTo("/2.0/repositories/acme/builds/refs/branches").size()
                                                         > polls + 3);
        assertThat(branches.getReceivedCounter()).as("main was there before the start").isEqualTo(1);
        context.getRouteController().stopRoute("branches");
        context.getRouteController().stopRoute("tags");
    }

    @Test
    void commitStatusChangedPollsTheCommitOptionsStatusesAndIsRefusedWithoutIt() throws Exception {
        String hash = standIn.push("acme", "builds", "main", "Build this");
        assertThatThrownBy(() -> route("no-commit", "bitbucket:commitStatusChanged?workspace=acme&repoSlug=builds"))
                .hasStackTraceContaining("set the commit option").hasStackTraceContaining("delivery=webhook")
                .hasStackTraceContaining("repo:commit_status_created");
        RECORDED.clear();
        MockEndpoint mock = route("statuses", "bitbucket:commitStatusChanged?workspace=acme&repoSlug=builds&delay=100"
                                              + "&startFrom=beginning&commit=" + hash);
        String set = uri("setCommitStatus", "commit=" + hash + "&statusKey=ci&statusUrl=https://ci.example.com/7");
        template.requestBody(set + "&statusState=INPROGRESS", (Object) null);
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 1);
        template.requestBody(set + "&statusState=SUCCESSFUL", (Object) null);

        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 2);
        assertThat(mock.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(CommitStatus.class).getState()
                .toString()).containsExactly("INPROGRESS", "SUCCESSFUL");
        context.getRouteController().stopRoute("statuses");
    }

    // ---------------------------------------------------------------- triggers by webhook (the stand-in delivers)

    @Test
    void theNewTriggersTakeBitbucketsWebhookEvents() throws Exception {
        String hash = standIn.push("acme", "builds", "main", "Hooked");
        String common = "workspace=acme&repoSlug=builds&delivery=webhook&webhookSecret=" + SECRET
                        + "&webhookRegister=true";
        MockEndpoint branches = route("hook-branches", "bitbucket:branchCreated?" + common + "&webhookPath=/h-branch"
                                                       + "&webhookExternalUrl=" + url("/h-branch"));
        MockEndpoint tags = route("hook-tags", "bitbucket:tagCreated?" + common + "&webhookPath=/h-tag"
                                               + "&webhookExternalUrl=" + url("/h-tag"));
        MockEndpoint statuses = route("hook-statuses", "bitbucket:commitStatusChanged?" + common
                                                       + "&webhookPath=/h-status&webhookExternalUrl=" + url("/h-status"));
        MockEndpoint comments = route("hook-comments", "bitbucket:pullRequestCommented?" + common
                                                       + "&webhookPath=/h-comment&webhookExternalUrl=" + url("/h-comment"));
        int id = standIn.openPullRequest("acme", "builds", "Hooked review");
        RECORDED.clear();

        template.requestBody(uri("createBranch", "name=hooked&fromCommit=" + hash), (Object) null);
        template.requestBody(uri("createTag", "name=hooked-1&fromCommit=" + hash), (Object) null);
        template.requestBody(uri("setCommitStatus", "commit=" + hash + "&statusKey=ci&statusState=FAILED"
                                                    + "&statusUrl=https://ci.example.com/8"), (Object) null);
        long comment = standIn.commentPullRequest("acme", "builds", id, "Hooked comment");
        standIn.push("acme", "builds", "main", "Not a new branch");

        for (MockEndpoint m : List.of(branches, tags, statuses, comments)) {
            await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(m.getReceivedCounter()).as(m.toString())
                    .isEqualTo(1));
        }
        assertThat(branches.getReceivedExchanges().get(0).getMessage().getBody(Branch.class).getName()).isEqualTo("hooked");
        assertThat(tags.getReceivedExchanges().get(0).getMessage().getBody(Tag.class).getName()).isEqualTo("hooked-1");
        assertThat(statuses.getReceivedExchanges().get(0).getMessage().getBody(CommitStatus.class).getKey())
                .isEqualTo("ci");
        Comment c = comments.getReceivedExchanges().get(0).getMessage().getBody(Comment.class);
        assertThat(c.getId()).isEqualTo(comment);
        assertThat(c.getPullrequest().getId()).isEqualTo(id);
        // webhook only: no poll request for any of them
        assertThat(RECORDED).noneMatch(r -> r.method().equals("GET") && (r.path().endsWith("/refs/branches")
                                                                         || r.path().endsWith("/refs/tags")
                                                                         || r.path().endsWith("/statuses")
                                                                         || r.path().endsWith("/pullrequests/activity")));
        for (String route : List.of("hook-branches", "hook-tags", "hook-statuses", "hook-comments")) {
            context.getRouteController().stopRoute(route);
        }
    }

    @Test
    void pipelineCompletedRefusesWebhookDeliveryBitbucketSendsNoPipelineEvent() {
        assertThatThrownBy(() -> route("pipe-hook", "bitbucket:pipelineCompleted?workspace=acme&repoSlug=builds"
                                                    + "&delivery=webhook&webhookSecret=" + SECRET))
                .hasStackTraceContaining("sends no webhook event for pipelineCompleted")
                .hasStackTraceContaining("delivery=poll");
    }
}
