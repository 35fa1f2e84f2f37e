package io.github.camelbitbucket;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.model.CommitStatus;
import io.github.camelbitbucket.model.Participant;
import io.github.camelbitbucket.model.PullRequest;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write actions against the stand-in as it plays live Bitbucket's rows 14 to 17 (section "Write actions" of the
 * live behaviour): merges that answer 202 with a task, build status keys of at most 40 characters and public URLs,
 * reviewers by uuid or account id, and the author's own approval.
 */
class WriteActionsLiveTest extends StandInTestSupport {

    private static final String PR = "bitbucket:%s?workspace=acme&repoSlug=pipeline&pullRequestId=%d";
    private static String commit;

    @BeforeAll
    static void aRepositoryWithACommit() {
        standIn.addRepository("acme", "pipeline", "WEB");
        commit = standIn.push("acme", "pipeline", "main", "Build me");
    }

    @AfterEach
    void defaults() {
        standIn.live().mergeTaskPolls(1);
    }

    private static long posts(String pathEnd) {
        return RECORDED.stream().filter(r -> r.method().equals("POST") && r.path().endsWith(pathEnd)).count();
    }

    private static BitbucketException failure(Exchange out) {
        assertThat(out.getException()).isInstanceOf(BitbucketException.class);
        return out.getException(BitbucketException.class);
    }

    @Test
    void liveRow14AMergeAnswered202IsFollowedToTheMergedPullRequestAndSentOnce() {
        standIn.live().mergeTaskPolls(2); // PENDING twice, then SUCCESS
        int id = standIn.openPullRequest("acme", "pipeline", "Merge me");
        int mergesBefore = standIn.mergeRequests();
        RECORDED.clear();

        Exchange out = template.request(String.format(PR, "mergePullRequest", id) + "&mergeStrategy=squash", e -> {
        });

        assertThat(out.getException()).isNull();
        PullRequest merged = out.getMessage().getBody(PullRequest.class);
        assertThat(merged.getState()).hasToString("MERGED");
        assertThat(merged.getId()).isEqualTo(id);
        assertThat(out.getMessage().getHeader(BitbucketConstants.PULL_REQUEST_ID)).isEqualTo(String.valueOf(id));
        assertThat(standIn.mergeRequests() - mergesBefore).isEqualTo(1);
        assertThat(RECORDED.stream().filter(r -> r.path().contains("/merge/task-status/"))).hasSize(3);
        assertThat(RECORDED.stream().filter(r -> r.path().endsWith("/merge")).findFirst().orElseThrow().requestBody())
                .contains("\"merge_strategy\":\"squash\"");
    }

    @Test
    void liveRow14AMergeStillRunningAfterMergeTimeoutFailsNamingItsTaskAndIsNotSentAgain() {
        standIn.live().mergeTaskPolls(1_000);
        int id = standIn.openPullRequest("acme", "pipeline", "A slow merge");
        int mergesBefore = standIn.mergeRequests();

        Exchange out = template.request(String.format(PR, "mergePullRequest", id) + "&mergeTimeout=700", e -> {
        });

        BitbucketException e = failure(out);
        assertThat(e.getMessage()).contains("still running after mergeTimeout").contains("/merge/task-status/");
        assertThat(out.getMessage().getHeader(BitbucketConstants.MERGE_TASK, String.class)).contains("/task-status/");
        assertThat(standIn.mergeRequests() - mergesBefore).isEqualTo(1);
    }

    @Test
    void liveRow15ABuildStatusKeyLongerThan40IsSentInAFormThatFitsAndTheSameKeyUpdatesIt() {
        String longKey = "jenkins/acme/pipeline/feature-PROJ-4711-long-branch-name-build";
        String uri = "bitbucket:setCommitStatus?workspace=acme&repoSlug=pipeline&commit=" + commit + "&statusKey="
                     + longKey + "&statusUrl=https://ci.example.com/job/1&statusState=";

        CommitStatus started = template.requestBody(uri + "INPROGRESS", null, CommitStatus.class);
        CommitStatus finished = template.requestBody(uri + "SUCCESSFUL", null, CommitStatus.class);

        assertThat(longKey).hasSizeGreaterThan(40);
        assertThat(started.getKey()).hasSize(40).startsWith(longKey.substring(0, 31)).isEqualTo(finished.getKey());
        List<ObjectNode> statuses = standIn.commitStatuses("acme", "pipeline", commit);
        assertThat(statuses).singleElement().satisfies(s -> assertThat(s.path("state").asText())
                .isEqualTo("SUCCESSFUL"));
        // the stand-in refuses a long key as live Bitbucket does
        Exchange raw = template.request("bitbucket:httpRequest?httpMethod=POST&path=/repositories/acme/pipeline/commit/"
                                        + commit + "/statuses/build", e -> e.getIn().setBody("{\"key\":\"" + longKey
                                                + "\",\"state\":\"FAILED\",\"url\":\"https://ci.example.com\"}"));
        assertThat(failure(raw).getStatusCode()).isEqualTo(400);
        assertThat(failure(raw).getErrorMessage()).startsWith("key: Ensure this value has at most 40 characters");
    }

    @Test
    void liveRow15ABuildStatusUrlBitbucketRefusesIsRefusedBeforeSending() {
        RECORDED.clear();
        Exchange out = template.request("bitbucket:setCommitStatus?workspace=acme&repoSlug=pipeline&commit=" + commit
                                        + "&statusKey=build&statusState=FAILED&statusUrl=http://ci01:8080/job/1", e -> {
                                        });

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("statusUrl").hasMessageContaining("Enter a valid URL.");
        assertThat(RECORDED).isEmpty();
        // and the stand-in refuses it as live Bitbucket does
        Exchange raw = template.request("bitbucket:httpRequest?httpMethod=POST&path=/repositories/acme/pipeline/commit/"
                                        + commit + "/statuses/build", e -> e.getIn().setBody(
                                                "{\"key\":\"build\",\"state\":\"FAILED\",\"url\":\"http://ci01:8080/x\"}"));
        assertThat(failure(raw).getErrorMessage()).isEqualTo("url: Enter a valid URL.");
    }

    @Test
    void liveRow16ReviewersAreNamedByUuidOrAccountIdAndAUsernameIsRefused() {
        String ada = "{" + UUID.nameUUIDFromBytes("account ada".getBytes(StandardCharsets.UTF_8)) + "}";
        PullRequest pr = template.requestBodyAndHeaders("bitbucket:createPullRequest?workspace=acme&repoSlug=pipeline"
                                                        + "&title=Reviewed&sourceBranch=feature/reviewed", null,
                Map.of(BitbucketConstants.REVIEWERS, ada), PullRequest.class);
        assertThat(pr.getReviewers()).extracting(a -> a.getUuid()).containsExactly(ada);

        RECORDED.clear();
        Exchange byName = template.request("bitbucket:createPullRequest?workspace=acme&repoSlug=pipeline&title=x"
                                           + "&sourceBranch=feature/x&reviewers=jdoe", e -> {
                                           });
        assertThat(byName.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'jdoe'").hasMessageContaining("uuid").hasMessageContaining("account_id");
        assertThat(RECORDED).isEmpty();
        Exchange raw = template.request("bitbucket:httpRequest?httpMethod=POST&path=/repositories/acme/pipeline/"
                                        + "pullrequests", e -> e.getIn().setBody("{\"title\":\"x\",\"source\":{\"branch\":"
                                                                                  + "{\"name\":\"x\"}},\"reviewers\":"
                                                                                  + "[{\"username\":\"jdoe\"}]}"));
        assertThat(failure(raw).getStatusCode()).isEqualTo(400);
    }

    @Test
    void liveRow17TheAuthorMayApproveTheirOwnPullRequest() {
        PullRequest own = template.requestBody("bitbucket:createPullRequest?workspace=acme&repoSlug=pipeline"
                                               + "&title=Mine&sourceBranch=feature/mine", null, PullRequest.class);

        Participant approval = template.requestBody(String.format(PR, "approvePullRequest", own.getId()), null,
                Participant.class);

        assertThat(approval.getApproved()).isTrue();
        assertThat(approval.getUser().getUuid()).isEqualTo(own.getAuthor().getUuid());
        assertThat(posts("/pullrequests/" + own.getId() + "/approve")).isEqualTo(1);
    }

    @Test
    void aPullRequestBotRunsOnTheStandIn() {
        PullRequest pr = template.requestBody("bitbucket:createPullRequest?workspace=acme&repoSlug=pipeline"
                                              + "&title=Bot&sourceBranch=feature/bot&description=by+a+route", null,
                PullRequest.class);
        String status = "bitbucket:setCommitStatus?workspace=acme&repoSlug=pipeline&commit=" + commit
                        + "&statusKey=bot-build&statusUrl=https://ci.example.com/bot&statusState=";
        template.requestBody(status + "INPROGRESS", (Object) null);
        template.requestBody(status + "SUCCESSFUL", (Object) null);
        template.requestBody(String.format(PR, "createPullRequestComment", pr.getId()) + "&content=Build+passed",
                (Object) null);
        template.requestBody(String.format(PR, "approvePullRequest", pr.getId()), (Object) null);
        PullRequest merged = template.requestBody(String.format(PR, "mergePullRequest", pr.getId()), null,
                PullRequest.class);

        assertThat(merged.getState()).hasToString("MERGED");
        List<?> statuses = template.requestBody("bitbucket:listCommitStatuses?workspace=acme&repoSlug=pipeline&commit="
                                                + commit, null, List.class);
        assertThat(statuses).extracting(s -> ((CommitStatus) s).getKey()).contains("bot-build");
        ObjectNode stored = standIn.pullRequest("acme", "pipeline", pr.getId().intValue());
        assertThat(stored.path("comment_count").asInt()).isEqualTo(1);
        assertThat(stored.path("participants").get(0).path("approved").asBoolean()).isTrue();
        BitbucketStandIn.Recorded comment = RECORDED.stream().filter(r -> r.path().endsWith("/comments")).reduce(
                (a, b) -> b).orElseThrow();
        assertThat(comment.requestBody()).contains("\"raw\":\"Build passed\"");
    }

    @Test
    void aReviewLoopOnTheStandIn() {
        PullRequest pr = template.requestBody("bitbucket:createPullRequest?workspace=acme&repoSlug=pipeline"
                                              + "&title=Review+me&sourceBranch=main", null, PullRequest.class);
        String on = String.format(PR, "%s", pr.getId());
        Participant changes = template.requestBody(String.format(on, "requestChanges"), null, Participant.class);
        assertThat(changes.getState()).isEqualTo("changes_requested");
        assertThat(template.request(String.format(on, "removeChangeRequest"), e -> {
        }).getMessage().getHeader(BitbucketConstants.HTTP_STATUS)).isEqualTo(204);
        PullRequest renamed = template.requestBody(String.format(on, "updatePullRequest") + "&title=Reviewed", null,
                PullRequest.class);
        assertThat(renamed.getTitle()).isEqualTo("Reviewed");
        io.github.camelbitbucket.model.Comment comment = template.requestBody(String.format(on,
                "createPullRequestComment") + "&content=Nit&inlinePath=README.md&inlineLine=3", null,
                io.github.camelbitbucket.model.Comment.class);
        assertThat(comment.getInline().getPath()).isEqualTo("README.md");
        Exchange edited = template.request(String.format(on, "updatePullRequestComment") + "&commentId="
                                           + comment.getId() + "&content=Nit+fixed", e -> {
                                           });
        assertThat(edited.getMessage().getBody(io.github.camelbitbucket.model.Comment.class).getContent().getRaw())
                .isEqualTo("Nit fixed");
        assertThat(edited.getMessage().getHeader(BitbucketConstants.COMMENT_ID)).isEqualTo(
                String.valueOf(comment.getId()));
        assertThat(template.requestBody(String.format(on, "listPullRequestComments"), null, List.class)).hasSize(1);
        template.requestBody(String.format(on, "deletePullRequestComment") + "&commentId=" + comment.getId(),
                (Object) null);
        assertThat(template.requestBody(String.format(on, "listPullRequestComments"), null, List.class)).isEmpty();
        List<?> activity = template.requestBody(String.format(on, "listPullRequestActivity"), null, List.class);
        assertThat(activity).isNotEmpty();
        assertThat(((io.github.camelbitbucket.model.PullRequestActivity) activity.get(0)).getComment()).isNotNull();
        template.requestBody(String.format(on, "approvePullRequest"), (Object) null);
        template.requestBody(String.format(on, "unapprovePullRequest"), (Object) null);
        assertThat(standIn.pullRequest("acme", "pipeline", pr.getId().intValue()).path("participants")).isEmpty();
        List<?> commits = template.requestBody(String.format(on, "listPullRequestCommits"), null, List.class);
        assertThat(commits).extracting(c -> ((io.github.camelbitbucket.model.Commit) c).getHash()).contains(commit);
        PullRequest declined = template.requestBody(String.format(on, "declinePullRequest"), null, PullRequest.class);
        assertThat(declined.getState()).hasToString("DECLINED");
        io.github.camelbitbucket.model.Commit one = template.requestBody("bitbucket:getCommit?workspace=acme"
                                                                         + "&repoSlug=pipeline&commit=" + commit, null,
                io.github.camelbitbucket.model.Commit.class);
        assertThat(one.getMessage()).startsWith("Build me");
        io.github.camelbitbucket.model.Account me = template.requestBody("bitbucket:getCurrentUser", null,
                io.github.camelbitbucket.model.Account.class);
        assertThat(me.getUuid()).isEqualTo(declined.getAuthor().getUuid());
    }

    @Test
    void aReleaseTrainCutsABranchTagsItAndCleansUp() {
        String repo = "bitbucket:%s?workspace=acme&repoSlug=pipeline";
        io.github.camelbitbucket.model.Branch cut = template.requestBody(String.format(repo, "createBranch")
                                                                         + "&name=release/1.2&fromCommit=" + commit,
                null, io.github.camelbitbucket.model.Branch.class);
        assertThat(cut.getTarget().getHash()).isEqualTo(commit);
        Exchange got = template.request(String.format(repo, "getBranch"), e -> e.getIn().setHeader(
                BitbucketConstants.OVERRIDE_REF_NAME, "release/1.2"));
        assertThat(got.getMessage().getBody(io.github.camelbitbucket.model.Branch.class).getName())
                .isEqualTo("release/1.2");
        assertThat(got.getMessage().getHeader(BitbucketConstants.REF_NAME)).isEqualTo("release/1.2");
        assertThat(template.requestBody(String.format(repo, "listBranches"), null, List.class))
                .extracting(b -> ((io.github.camelbitbucket.model.Branch) b).getName()).contains("main", "release/1.2");
        io.github.camelbitbucket.model.Tag tag = template.requestBody(String.format(repo, "createTag") + "&name=v1.2"
                                                                      + "&message=Release+1.2&fromCommit=" + commit,
                null, io.github.camelbitbucket.model.Tag.class);
        assertThat(tag.getTarget().getHash()).isEqualTo(commit);
        assertThat(template.requestBody(String.format(repo, "listTags"), null, List.class)).hasSize(1);
        template.requestBody(String.format(repo, "deleteTag") + "&refName=v1.2", (Object) null);
        template.requestBody(String.format(repo, "deleteBranch") + "&refName=release/1.2", (Object) null);
        assertThat(template.requestBody(String.format(repo, "listTags"), null, List.class)).isEmpty();
        assertThat(template.requestBody(String.format(repo, "listBranches"), null, List.class))
                .extracting(b -> ((io.github.camelbitbucket.model.Branch) b).getName()).containsExactly("main");
        Exchange main = template.request(String.format(repo, "deleteBranch") + "&refName=main", e -> {
        });
        assertThat(failure(main).getStatusCode()).isEqualTo(400);
        Exchange missing = template.request(String.format(repo, "createBranch") + "&name=x", e -> {
        });
        assertThat(missing.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fromCommit");
    }

    @Test
    void repositoriesAreCreatedChangedForkedAndDeletedAndMembersListed() {
        io.github.camelbitbucket.model.Repository created = template.requestBody("bitbucket:createRepository"
                                                                                  + "?workspace=acme&repoSlug=scratch"
                                                                                  + "&projectKey=OPS&description=Tmp",
                null, io.github.camelbitbucket.model.Repository.class);
        assertThat(created.getFullName()).isEqualTo("acme/scratch");
        assertThat(created.getProject().getKey()).isEqualTo("OPS");
        assertThat(RECORDED.stream().filter(r -> r.method().equals("POST") && r.path().endsWith("/acme/scratch"))
                .findFirst().orElseThrow().requestBody()).contains("\"project\":{\"key\":\"OPS\"}");
        io.github.camelbitbucket.model.Repository changed = template.requestBody("bitbucket:updateRepository"
                                                                                  + "?workspace=acme&repoSlug=scratch"
                                                                                  + "&isPrivate=false", null,
                io.github.camelbitbucket.model.Repository.class);
        assertThat(changed.getIsPrivate()).isFalse();
        io.github.camelbitbucket.model.Repository fork = template.requestBody("bitbucket:forkRepository"
                                                                               + "?workspace=acme&repoSlug=scratch"
                                                                               + "&name=scratch-fork", null,
                io.github.camelbitbucket.model.Repository.class);
        assertThat(fork.getFullName()).isEqualTo("acme/scratch-fork");
        template.requestBody("bitbucket:deleteRepository?workspace=acme&repoSlug=scratch-fork", (Object) null);
        template.requestBody("bitbucket:deleteRepository?workspace=acme&repoSlug=scratch", (Object) null);
        Exchange gone = template.request("bitbucket:getRepository?workspace=acme&repoSlug=scratch", e -> {
        });
        assertThat(failure(gone).getReason()).isEqualTo(BitbucketException.Reason.NOT_FOUND);
        List<?> members = template.requestBody("bitbucket:listWorkspaceMembers?workspace=acme-labs", null, List.class);
        assertThat(members).extracting(m -> ((io.github.camelbitbucket.model.WorkspaceMembership) m).getUser()
                .getDisplayName()).contains("Grace Customer").doesNotContain("Ada Customer");
    }

    @Test
    void aRepositoryWebhookIsCreatedListedAndDeleted() {
        String repo = "bitbucket:%s?workspace=acme&repoSlug=pipeline";
        io.github.camelbitbucket.model.WebhookSubscription hook = template.requestBody(String.format(repo,
                "createWebhook") + "&hookUrl=https://hooks.example.com/ci&hookEvents=repo:push,pullrequest:created"
                + "&description=CI", "{\"secret\":\"made-up-hook-secret\"}",
                io.github.camelbitbucket.model.WebhookSubscription.class);
        assertThat(hook.getEvents()).containsExactly("repo:push", "pullrequest:created");
        assertThat(hook.getSecretSet()).isTrue();
        assertThat(standIn.webhooks().hooks("acme", "pipeline")).hasSize(1);
        assertThat(template.requestBody(String.format(repo, "listWebhooks"), null, List.class)).hasSize(1);
        Exchange deleted = template.request(String.format(repo, "deleteWebhook"), e -> e.getIn().setHeader(
                BitbucketConstants.OVERRIDE_HOOK_UID, hook.getUuid()));
        assertThat(deleted.getMessage().getHeader(BitbucketConstants.HOOK_UID)).isEqualTo(hook.getUuid());
        assertThat(standIn.webhooks().hooks("acme", "pipeline")).isEmpty();
        RECORDED.clear();
        Exchange bad = template.request(String.format(repo, "createWebhook") + "&hookUrl=ci01/hook&hookEvents=repo:push",
                e -> {
                });
        assertThat(bad.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hookUrl");
        assertThat(RECORDED).isEmpty();
    }

    @Test
    void liveRow09APullRequestDiffstatRedirectIsFollowed() {
        RECORDED.clear();
        List<?> files = template.requestBody("bitbucket:getPullRequestDiffstat?workspace=acme&repoSlug=website"
                                             + "&pullRequestId=1", null, List.class);

        assertThat(files).extracting(f -> ((io.github.camelbitbucket.model.Diffstat) f).getNew().getPath())
                .containsExactly("README.md", "src/Login.java");
        assertThat(RECORDED).extracting(BitbucketStandIn.Recorded::status).containsExactly(302, 200);
        assertThat(RECORDED.get(1).path()).isEqualTo("/2.0/repositories/acme/website/diffstat/pr-1");
    }
}
