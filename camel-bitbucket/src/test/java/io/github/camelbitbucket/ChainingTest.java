package io.github.camelbitbucket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.model.Project;
import io.github.camelbitbucket.model.Repository;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Chained routes against the stand-in: each step hits exactly what its own URI names. The output headers and the
 * result body of a step (or of a trigger) never redirect the next action nor shadow its options.
 */
class ChainingTest extends StandInTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQ = new AtomicInteger();

    /** One action step: its URI, the request it must send, and the JSON fields its body may hold. */
    record Step(String uri, String method, String path, Set<String> bodyFields) {
        @Override
        public String toString() {
            return uri;
        }
    }

    /** A commit of acme/infra, for the build status steps. */
    private static String infraCommit;
    /** A commit of acme/bot, for the branch steps. */
    private static String botCommit;

    /** A pipeline of acme/website and its step, for the pipeline steps. */
    private static String[] pipeline;
    /** A commit of acme/website with a build status, for commitStatusChanged. */
    private static String websiteCommit;

    private static String encoded(String uuid) {
        return uuid.replace("{", "%7B").replace("}", "%7D");
    }

    @BeforeAll
    static void commitsOnInfra() {
        infraCommit = standIn.push("acme", "infra", "main", "Initial commit");
        standIn.addRepository("acme", "bot", "WEB"); // the pull requests approve and merge steps open
        botCommit = standIn.push("acme", "bot", "main", "Where the branch steps cut from");
        standIn.addWorkspace("sandbox", "Sandbox"); // the repositories the repository steps create and fork
        standIn.addProject("sandbox", "SB", "Sandbox");
        standIn.live().mergeTaskPolls(-1); // a fast merge: one request per step (row 14 has its own test)
        pipeline = standIn.startPipeline("acme", "website", "main");
        standIn.finishPipeline("acme", "website", 1, "SUCCESSFUL"); // what pipelineCompleted delivers
        websiteCommit = standIn.commits("acme", "website", "main").get(0).path("hash").asText();
        standIn.addTag("acme", "website", "v1.0", websiteCommit); // what tagCreated delivers
        standIn.commentPullRequest("acme", "website", 1, "A comment for pullRequestCommented");
    }

    @org.junit.jupiter.api.AfterAll
    static void slowMergesAgain() {
        standIn.live().mergeTaskPolls(1);
    }

    /** Two variants per action: the first step of a pair and the second, aimed at different targets. */
    static Step step(BitbucketOperation op, boolean second) {
        String ws = second ? "acme-labs" : "acme";
        String repo = second ? "infra" : "website";
        String key = second ? "OPS" : "WEB";
        String issue = second ? "2" : "1";
        String n = String.valueOf(SEQ.incrementAndGet());
        return switch (op) {
            case listWorkspaces -> new Step("bitbucket:listWorkspaces", "GET", "/2.0/user/workspaces", Set.of());
            case getWorkspace -> new Step("bitbucket:getWorkspace?workspace=" + ws, "GET", "/2.0/workspaces/" + ws,
                    Set.of());
            case listProjects -> new Step("bitbucket:listProjects?workspace=" + ws, "GET",
                    "/2.0/workspaces/" + ws + "/projects", Set.of());
            case getProject -> new Step("bitbucket:getProject?workspace=acme&projectKey=" + key, "GET",
                    "/2.0/workspaces/acme/projects/" + key, Set.of());
            case createProject -> new Step("bitbucket:createProject?workspace=" + ws + "&key=NEW" + n + "&name=New" + n,
                    "POST", "/2.0/workspaces/" + ws + "/projects", Set.of("type", "key", "name"));
            case updateProject -> new Step("bitbucket:updateProject?workspace=acme&projectKey=" + key
                                           + "&description=d" + n,
                    "PUT", "/2.0/workspaces/acme/projects/" + key, Set.of("type", "description"));
            case deleteProject -> {
                standIn.addProject(ws, "DEL" + n, "Doomed " + n);
                yield new Step("bitbucket:deleteProject?workspace=" + ws + "&projectKey=DEL" + n, "DELETE",
                        "/2.0/workspaces/" + ws + "/projects/DEL" + n, Set.of());
            }
            case listRepositories -> new Step("bitbucket:listRepositories?workspace=" + ws, "GET",
                    "/2.0/repositories/" + ws, Set.of());
            case getRepository -> new Step("bitbucket:getRepository?workspace=acme&repoSlug=" + repo, "GET",
                    "/2.0/repositories/acme/" + repo, Set.of());
            case listIssues -> new Step("bitbucket:listIssues?workspace=acme&repoSlug=" + repo, "GET",
                    "/2.0/repositories/acme/" + repo + "/issues", Set.of());
            case getIssue -> new Step("bitbucket:getIssue?workspace=acme&repoSlug=website&issueId=" + issue, "GET",
                    "/2.0/repositories/acme/website/issues/" + issue, Set.of());
            case createIssue -> new Step("bitbucket:createIssue?workspace=acme&repoSlug=" + repo + "&title=t" + n,
                    "POST", "/2.0/repositories/acme/" + repo + "/issues", Set.of("type", "title"));
            case updateIssue -> new Step("bitbucket:updateIssue?workspace=acme&repoSlug=website&issueId=" + issue
                                         + "&kind=task",
                    "PUT", "/2.0/repositories/acme/website/issues/" + issue, Set.of("type", "kind"));
            case listPullRequests -> new Step("bitbucket:listPullRequests?workspace=acme&repoSlug=" + repo, "GET",
                    "/2.0/repositories/acme/" + repo + "/pullrequests", Set.of());
            case listCommits -> new Step("bitbucket:listCommits?workspace=acme&repoSlug=" + repo + "&branch=main",
                    "GET", "/2.0/repositories/acme/" + repo + "/commits", Set.of());
            case getPullRequest -> new Step("bitbucket:getPullRequest?workspace=acme&repoSlug=website&pullRequestId="
                                            + (second ? "3" : "1"), "GET", "/2.0/repositories/acme/website/pullrequests/"
                                                                          + (second ? "3" : "1"), Set.of());
            case createPullRequest -> new Step("bitbucket:createPullRequest?workspace=acme&repoSlug=bot&title=pr" + n
                                               + "&sourceBranch=feature/" + n, "POST",
                    "/2.0/repositories/acme/bot/pullrequests", Set.of("type", "title", "source"));
            case approvePullRequest -> {
                int id = standIn.openPullRequest("acme", "bot", "To approve " + n);
                yield new Step("bitbucket:approvePullRequest?workspace=acme&repoSlug=bot&pullRequestId=" + id,
                        "POST", "/2.0/repositories/acme/bot/pullrequests/" + id + "/approve", Set.of());
            }
            case mergePullRequest -> {
                int id = standIn.openPullRequest("acme", "bot", "To merge " + n);
                yield new Step("bitbucket:mergePullRequest?workspace=acme&repoSlug=bot&pullRequestId=" + id,
                        "POST", "/2.0/repositories/acme/bot/pullrequests/" + id + "/merge", Set.of("type"));
            }
            case createPullRequestComment -> new Step("bitbucket:createPullRequestComment?workspace=acme&repoSlug=website"
                                                      + "&pullRequestId=1&content=c" + n, "POST",
                    "/2.0/repositories/acme/website/pullrequests/1/comments", Set.of("type", "content"));
            case setCommitStatus -> new Step("bitbucket:setCommitStatus?workspace=acme&repoSlug=infra&commit="
                                             + infraCommit + "&statusKey=build&statusState=SUCCESSFUL"
                                             + "&statusUrl=https://ci.example.com/" + n, "POST",
                    "/2.0/repositories/acme/infra/commit/" + infraCommit + "/statuses/build",
                    Set.of("type", "key", "state", "url"));
            case listCommitStatuses -> new Step("bitbucket:listCommitStatuses?workspace=acme&repoSlug=infra&commit="
                                                + infraCommit, "GET",
                    "/2.0/repositories/acme/infra/commit/" + infraCommit + "/statuses", Set.of());
            case updatePullRequest -> new Step("bitbucket:updatePullRequest?workspace=acme&repoSlug=website"
                                               + "&pullRequestId=1&description=d" + n, "PUT",
                    "/2.0/repositories/acme/website/pullrequests/1", Set.of("type", "description"));
            case declinePullRequest -> {
                int id = standIn.openPullRequest("acme", "bot", "To decline " + n);
                yield new Step("bitbucket:declinePullRequest?workspace=acme&repoSlug=bot&pullRequestId=" + id, "POST",
                        "/2.0/repositories/acme/bot/pullrequests/" + id + "/decline", Set.of());
            }
            case unapprovePullRequest, removeChangeRequest -> {
                int id = standIn.openPullRequest("acme", "bot", "To withdraw " + n);
                boolean approval = op == BitbucketOperation.unapprovePullRequest;
                standIn.participate("acme", "bot", id, "demo", approval ? "approved" : "changes_requested");
                yield new Step("bitbucket:" + op + "?workspace=acme&repoSlug=bot&pullRequestId=" + id, "DELETE",
                        "/2.0/repositories/acme/bot/pullrequests/" + id + (approval ? "/approve" : "/request-changes"),
                        Set.of());
            }
            case requestChanges -> {
                int id = standIn.openPullRequest("acme", "bot", "To change " + n);
                yield new Step("bitbucket:requestChanges?workspace=acme&repoSlug=bot&pullRequestId=" + id, "POST",
                        "/2.0/repositories/acme/bot/pullrequests/" + id + "/request-changes", Set.of());
            }
            case listPullRequestComments -> new Step("bitbucket:listPullRequestComments?workspace=acme&repoSlug=website"
                                                     + "&pullRequestId=" + (second ? "3" : "1"), "GET",
                    "/2.0/repositories/acme/website/pullrequests/" + (second ? "3" : "1") + "/comments", Set.of());
            case updatePullRequestComment, deletePullRequestComment -> {
                long c = standIn.commentPullRequest("acme", "website", 2, "c" + n);
                boolean update = op == BitbucketOperation.updatePullRequestComment;
                yield new Step("bitbucket:" + op + "?workspace=acme&repoSlug=website&pullRequestId=2&commentId="
                               + c + (update ? "&content=e" + n : ""), update ? "PUT" : "DELETE",
                        "/2.0/repositories/acme/website/pullrequests/2/comments/" + c,
                        update ? Set.of("type", "content") : Set.of());
            }
            case listPullRequestCommits -> new Step("bitbucket:listPullRequestCommits?workspace=acme&repoSlug=website"
                                                    + "&pullRequestId=1", "GET",
                    "/2.0/repositories/acme/website/pullrequests/1/commits", Set.of());
            case getPullRequestDiffstat -> new Step("bitbucket:getPullRequestDiffstat?workspace=acme&repoSlug=website"
                                                    + "&pullRequestId=" + (second ? "3" : "1"), "GET",
                    "/2.0/repositories/acme/website/pullrequests/" + (second ? "3" : "1") + "/diffstat", Set.of());
            case listPullRequestActivity -> new Step("bitbucket:listPullRequestActivity?workspace=acme&repoSlug=website"
                                                     + "&pullRequestId=3", "GET",
                    "/2.0/repositories/acme/website/pullrequests/3/activity", Set.of());
            case getCommit -> new Step("bitbucket:getCommit?workspace=acme&repoSlug=infra&commit=" + infraCommit, "GET",
                    "/2.0/repositories/acme/infra/commit/" + infraCommit, Set.of());
            case getCurrentUser -> new Step("bitbucket:getCurrentUser", "GET", "/2.0/user", Set.of());
            case listBranches -> new Step("bitbucket:listBranches?workspace=acme&repoSlug=infra", "GET",
                    "/2.0/repositories/acme/infra/refs/branches", Set.of());
            case getBranch -> new Step("bitbucket:getBranch?workspace=acme&repoSlug=infra&refName=main", "GET",
                    "/2.0/repositories/acme/infra/refs/branches/main", Set.of());
            case createBranch -> new Step("bitbucket:createBranch?workspace=acme&repoSlug=bot&name=b" + n
                                          + "&fromCommit=" + botCommit, "POST",
                    "/2.0/repositories/acme/bot/refs/branches", Set.of("type", "name", "target"));
            case deleteBranch -> {
                standIn.push("acme", "bot", "doomed-" + n, "Doomed " + n);
                yield new Step("bitbucket:deleteBranch?workspace=acme&repoSlug=bot&refName=doomed-" + n, "DELETE",
                        "/2.0/repositories/acme/bot/refs/branches/doomed-" + n, Set.of());
            }
            case listTags -> new Step("bitbucket:listTags?workspace=acme&repoSlug=website", "GET",
                    "/2.0/repositories/acme/website/refs/tags", Set.of());
            case createTag -> new Step("bitbucket:createTag?workspace=acme&repoSlug=infra&name=v" + n + "&fromCommit="
                                       + infraCommit.substring(0, 12), "POST",
                    "/2.0/repositories/acme/infra/refs/tags", Set.of("type", "name", "target"));
            case deleteTag -> {
                standIn.addTag("acme", "bot", "old-" + n, infraCommit);
                yield new Step("bitbucket:deleteTag?workspace=acme&repoSlug=bot&refName=old-" + n, "DELETE",
                        "/2.0/repositories/acme/bot/refs/tags/old-" + n, Set.of());
            }
            case createRepository -> new Step("bitbucket:createRepository?workspace=sandbox&repoSlug=new-" + n
                                              + "&description=d" + n, "POST", "/2.0/repositories/sandbox/new-" + n,
                    Set.of("type", "description"));
            case updateRepository -> new Step("bitbucket:updateRepository?workspace=acme&repoSlug=" + repo
                                              + "&description=d" + n, "PUT", "/2.0/repositories/acme/" + repo,
                    Set.of("type", "description"));
            case deleteRepository -> {
                standIn.addRepository("sandbox", "gone-" + n, "SB");
                yield new Step("bitbucket:deleteRepository?workspace=sandbox&repoSlug=gone-" + n, "DELETE",
                        "/2.0/repositories/sandbox/gone-" + n, Set.of());
            }
            case forkRepository -> new Step("bitbucket:forkRepository?workspace=acme&repoSlug=website&name=fork-" + n
                                            + "&forkWorkspace=sandbox", "POST", "/2.0/repositories/acme/website/forks",
                    Set.of("type", "name", "workspace"));
            case listWorkspaceMembers -> new Step("bitbucket:listWorkspaceMembers?workspace=" + ws, "GET",
                    "/2.0/workspaces/" + ws + "/members", Set.of());
            case listWebhooks -> new Step("bitbucket:listWebhooks?workspace=acme&repoSlug=" + repo, "GET",
                    "/2.0/repositories/acme/" + repo + "/hooks", Set.of());
            case createWebhook -> new Step("bitbucket:createWebhook?workspace=acme&repoSlug=bot&hookUrl=https://hooks"
                                           + ".example.com/" + n + "&hookEvents=repo:push,pullrequest:created", "POST",
                    "/2.0/repositories/acme/bot/hooks", Set.of("type", "url", "events"));
            case deleteWebhook -> {
                String uid = standIn.webhooks().addHook("acme", "bot", "https://hooks.example.com/old/" + n, null,
                        "repo:push");
                yield new Step("bitbucket:deleteWebhook?workspace=acme&repoSlug=bot&hookUid=" + uid, "DELETE",
                        "/2.0/repositories/acme/bot/hooks/" + uid.replace("{", "%7B").replace("}", "%7D"), Set.of());
            }
            case listPipelines -> new Step("bitbucket:listPipelines?workspace=acme&repoSlug=" + repo, "GET",
                    "/2.0/repositories/acme/" + repo + "/pipelines", Set.of());
            case getPipeline -> new Step("bitbucket:getPipeline?workspace=acme&repoSlug=website&pipelineUuid="
                                         + pipeline[0], "GET", "/2.0/repositories/acme/website/pipelines/"
                                                               + encoded(pipeline[0]), Set.of());
            case runPipeline -> new Step("bitbucket:runPipeline?workspace=acme&repoSlug=bot&pipelineBranch=main"
                                         + "&pipelineVariables=RUN=" + n, "POST", "/2.0/repositories/acme/bot/pipelines",
                    Set.of("type", "target", "variables"));
            case stopPipeline -> {
                String uuid = standIn.startPipeline("acme", "bot", "main")[0];
                yield new Step("bitbucket:stopPipeline?workspace=acme&repoSlug=bot&pipelineUuid=" + uuid, "POST",
                        "/2.0/repositories/acme/bot/pipelines/" + encoded(uuid) + "/stopPipeline", Set.of());
            }
            case listPipelineSteps -> new Step("bitbucket:listPipelineSteps?workspace=acme&repoSlug=website"
                                               + "&pipelineUuid=" + pipeline[0], "GET",
                    "/2.0/repositories/acme/website/pipelines/" + encoded(pipeline[0]) + "/steps", Set.of());
            case getPipelineStepLog -> new Step("bitbucket:getPipelineStepLog?workspace=acme&repoSlug=website"
                                                + "&pipelineUuid=" + pipeline[0] + "&stepUuid=" + pipeline[1], "GET",
                    "/2.0/repositories/acme/website/pipelines/" + encoded(pipeline[0]) + "/steps/" + encoded(pipeline[1])
                    + "/log", Set.of());
            case getFile -> new Step("bitbucket:getFile?workspace=acme&repoSlug=" + repo + "&commit=main&filePath="
                                     + (second ? "src/Login.java" : "README.md"), "GET",
                    "/2.0/repositories/acme/" + repo + "/src/main/" + (second ? "src/Login.java" : "README.md"), Set.of());
            case listDirectory -> new Step("bitbucket:listDirectory?workspace=acme&repoSlug=" + repo + "&commit=main"
                                           + (second ? "&filePath=src" : ""), "GET",
                    "/2.0/repositories/acme/" + repo + "/src/main/" + (second ? "src" : ""), Set.of());
            case commitFiles -> new Step("bitbucket:commitFiles?workspace=acme&repoSlug=bot&branch=files-" + n
                                         + "&deleteFiles=README.md&message=m" + n, "POST",
                    "/2.0/repositories/acme/bot/src", Set.of("message", "branch", "files"));
            case httpRequest -> new Step("bitbucket:httpRequest?workspace=acme&repoSlug=" + repo
                                         + "&path=/repositories/{workspace}/{repoSlug}",
                    "GET", "/2.0/repositories/acme/" + repo, Set.of());
            default -> throw new IllegalArgumentException(op + " is a trigger");
        };
    }

    static List<BitbucketOperation> actions() {
        // every REST action (exchangeAuthorizationCode is the OAuth install callback and the connection actions read the
        // connection store: they have no target)
        return Arrays.stream(BitbucketOperation.values()).filter(o -> o.getKind() == BitbucketOperation.Kind.ACTION)
                .filter(o -> o != BitbucketOperation.exchangeAuthorizationCode)
                .filter(o -> o.getExecution() != io.github.camelbitbucket.request.Execution.CONNECTIONS).toList();
    }

    static Stream<Arguments> everyPairOfActions() {
        List<Arguments> pairs = new ArrayList<>();
        for (BitbucketOperation first : actions()) {
            for (BitbucketOperation second : actions()) {
                pairs.add(arguments(first, second));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("everyPairOfActions")
    void eachStepOfAChainHitsWhatItsOwnUriNames(BitbucketOperation firstOp, BitbucketOperation secondOp)
            throws Exception {
        Step first = step(firstOp, false);
        Step second = step(secondOp, true);
        RECORDED.clear();
        Exchange chained = template.request(first.uri(), e -> {
        });
        assertThat(chained.getException()).as(first.uri()).isNull();
        RECORDED.clear();
        // the second step runs on the first step's exchange: its headers and result body are still on the message
        Exchange result = template.send(second.uri(), chained);

        assertThat(result.getException()).as(first + " then " + second).isNull();
        // one request, plus one more per redirect Bitbucket answers (live row 9: the client follows it)
        assertThat(RECORDED).as(first + " then " + second)
                .hasSize(1 + (int) RECORDED.stream().filter(r -> r.status() == 302).count());
        BitbucketStandIn.Recorded sent = RECORDED.get(0);
        assertThat(sent.method() + " " + sent.path()).as(first + " then " + second)
                .isEqualTo(second.method() + " " + second.path());
        assertThat(bodyFields(sent)).as("body of " + second + " after " + first).isEqualTo(second.bodyFields());
    }

    private static Set<String> bodyFields(BitbucketStandIn.Recorded sent) throws Exception {
        if (sent.requestBody() == null) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        Iterator<String> it = JSON.readTree(sent.requestBody()).fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void aTriggerIntoEachActionHitsWhatTheActionsUriNames() throws Exception {
        for (BitbucketOperation trigger : Arrays.stream(BitbucketOperation.values())
                .filter(o -> o.getKind() == BitbucketOperation.Kind.TRIGGER)
                .filter(o -> o != BitbucketOperation.webhook).toList()) { // webhook: receives only (WebhookTest)
            List<Step> steps = actions().stream().map(op -> step(op, true)).toList();
            String from = "bitbucket:" + trigger + "?workspace=acme&repoSlug=website&branch=main&startFrom=beginning"
                          + "&maxMessagesPerPoll=1&delay=60000"
                          + (trigger == BitbucketOperation.commitStatusChanged ? "&commit=" + websiteCommit : "");
            if (trigger == BitbucketOperation.commitStatusChanged) {
                template.requestBody("bitbucket:setCommitStatus?workspace=acme&repoSlug=website&commit=" + websiteCommit
                                     + "&statusKey=ci&statusState=SUCCESSFUL&statusUrl=https://ci.example.com/1", (Object) null);
            }
            String routeId = "trigger-" + trigger;
            RECORDED.clear();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(from).routeId(routeId).multicast().stopOnException()
                            .to(steps.stream().map(Step::uri).toArray(String[]::new));
                }
            });
            String pollPath = pollPathOf(trigger);
            // an action reading what the trigger polls (listTags after tagCreated) cannot be told from a poll
            List<String> expected = steps.stream().map(s -> s.method() + " " + s.path())
                    .filter(r -> !r.equals("GET " + pollPath)).sorted().toList();
            await(trigger.name()).atMost(20, TimeUnit.SECONDS).until(() -> actionRequests(pollPath).size() >= expected.size());
            context.getRouteController().stopRoute(routeId);
            context.removeRoute(routeId);
            assertThat(actionRequests(pollPath)).as("requests of the actions after " + trigger).isEqualTo(expected);
        }
    }

    private static String pollPathOf(BitbucketOperation trigger) {
        return "/2.0" + trigger.getPathTemplate().replace("{workspace}", "acme").replace("{repo_slug}", "website")
                .replace("{commit}", websiteCommit);
    }

    private static List<String> actionRequests(String pollPath) {
        // the requests the actions sent (a redirect's follow-up, live row 9, is the client's, not the action's)
        List<String> followed = new java.util.ArrayList<>();
        List<BitbucketStandIn.Recorded> all = List.copyOf(RECORDED);
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i - 1).status() == 302) {
                followed.add(all.get(i).method() + " " + all.get(i).path());
            }
        }
        List<String> sent = new java.util.ArrayList<>(all.stream()
                .filter(r -> !(r.method().equals("GET") && r.path().equals(pollPath)))
                .map(r -> r.method() + " " + r.path()).toList());
        followed.forEach(sent::remove);
        return sent.stream().sorted().toList();
    }

    // ---------------------------------------------------------------- the reported cases, as regression tests

    @Test
    void aCreatedProjectsKeyNeverRedirectsGetOrDeleteOfAnother() {
        standIn.addProject("acme", "GONE", "To delete");

        Exchange ex = template.request("bitbucket:createProject?workspace=acme&key=KEEPME&name=Keep me", e -> {
        });
        template.send("bitbucket:getProject?workspace=acme&projectKey=OPS", ex);
        assertThat(ex.getMessage().getBody(Project.class).getKey()).isEqualTo("OPS");
        template.send("bitbucket:deleteProject?workspace=acme&projectKey=GONE", ex);

        assertThat(ex.getException()).isNull();
        assertThat(standIn.project("acme", "KEEPME")).as("KEEPME survives").isNotNull();
        assertThat(standIn.project("acme", "GONE")).as("GONE is deleted").isNull();
    }

    @Test
    void aTriggersRepositoryNeverRedirectsGetRepository() throws Exception {
        List<String> slugs = new java.util.concurrent.CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:pullRequestCreated?workspace=acme&repoSlug=website&startFrom=beginning")
                        .routeId("pr-to-repo")
                        .to("bitbucket:getRepository?workspace=acme&repoSlug=infra")
                        .process(e -> slugs.add(e.getMessage().getBody(Repository.class).getSlug()));
            }
        });
        await().atMost(10, TimeUnit.SECONDS).until(() -> !slugs.isEmpty());
        context.getRouteController().stopRoute("pr-to-repo");

        assertThat(slugs).containsOnly("infra");
    }

    @Test
    void aPreviousResultBodyNeverShadowsUpdateOptions() {
        Exchange ex = template.request("bitbucket:createProject?workspace=acme&key=STALE&name=Stale", e -> {
        });
        template.send("bitbucket:updateProject?workspace=acme&projectKey=OPS&description=x", ex);

        assertThat(ex.getException()).isNull();
        assertThat(standIn.project("acme", "OPS").path("description").asText()).isEqualTo("x");
        assertThat(standIn.project("acme", "OPS").path("name").asText()).isEqualTo("Operations");
        assertThat(standIn.project("acme", "STALE")).isNotNull();
    }

    @Test
    void createAfterCreateSendsTheNewOptionsNotTheOldProject() {
        Exchange ex = template.request("bitbucket:createProject?workspace=acme&key=FIRST&name=First", e -> {
        });
        template.send("bitbucket:createProject?workspace=acme&key=TMP", ex);

        assertThat(ex.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("createProject needs a name")
                .hasMessageContaining("result of a previous Bitbucket step");
        ex.setException(null);
        template.send("bitbucket:createProject?workspace=acme&key=TMP&name=Temporary", ex);
        assertThat(ex.getException()).isNull();
        assertThat(standIn.project("acme", "TMP").path("name").asText()).isEqualTo("Temporary");
    }

    @Test
    void useResultBodySendsAPreviousResultOnPurpose() {
        Exchange ex = template.request("bitbucket:getProject?workspace=acme&projectKey=WEB", e -> {
        });
        ex.getMessage().getBody(Project.class).setDescription("read-modify-write");
        template.send("bitbucket:updateProject?workspace=acme&projectKey=WEB&useResultBody=true", ex);

        assertThat(ex.getException()).isNull();
        assertThat(standIn.project("acme", "WEB").path("description").asText()).isEqualTo("read-modify-write");
        assertThat(standIn.project("acme", "WEB").path("name").asText()).isEqualTo("Website");
    }

    @Test
    void overrideHeadersApplyToOneActionOnly() {
        Exchange ex = template.request("bitbucket:getProject?workspace=acme&projectKey=WEB",
                e -> e.getMessage().setHeader(BitbucketConstants.OVERRIDE_PROJECT_KEY, "OPS"));
        assertThat(ex.getMessage().getBody(Project.class).getKey()).isEqualTo("OPS");
        assertThat(ex.getMessage().getHeaders()).doesNotContainKey(BitbucketConstants.OVERRIDE_PROJECT_KEY);

        template.send("bitbucket:getProject?workspace=acme&projectKey=WEB", ex);
        assertThat(ex.getMessage().getBody(Project.class).getKey()).isEqualTo("WEB");
    }

    @Test
    void reportHeadersDescribeTheResult() {
        Exchange ex = template.request("bitbucket:getRepository?workspace=acme&repoSlug=infra", e -> {
        });
        assertThat(ex.getMessage().getHeader(BitbucketConstants.WORKSPACE)).isEqualTo("acme");
        assertThat(ex.getMessage().getHeader(BitbucketConstants.REPO_SLUG)).isEqualTo("infra");
        assertThatThrownBy(() -> template.requestBodyAndHeader("bitbucket:getRepository?workspace=acme", null,
                BitbucketConstants.REPO_SLUG, "infra"))
                .isInstanceOf(CamelExecutionException.class)
                .hasRootCauseMessage("getRepository needs repoSlug: set the endpoint option 'repoSlug' or the header"
                                     + " CamelBitbucketOverrideRepoSlug");
    }
}
