package io.github.camelbitbucket.example;

import org.apache.camel.builder.RouteBuilder;

/**
 * A pull request bot (on the stand-in only: it merges what it sees): each new pull request of {{bot.repo}} gets an
 * in-progress build status on its head commit, then a successful one under the same key, a comment, an approval and
 * a merge, which Bitbucket runs as a background task (202, then the task is followed to the merged pull request).
 * Each merged pull request goes to report/pr-bot.md.
 */
public class PullRequestBotRoutes extends RouteBuilder {

    static final String TARGET = "workspace={{bitbucket.workspace}}&repoSlug={{bot.repo}}";

    @Override
    public void configure() {
        from("bitbucket:pullRequestCreated?" + TARGET + "&startFrom=beginning&delay=1000").routeId("pr-bot")
                .setProperty("pr", simple("${body.id}"))
                .setProperty("commit", simple("${body.source.commit.hash}"))
                .log("[bot] 1. #${body.id} ${body.title}: build started on ${exchangeProperty.commit}")
                .setHeader("CamelBitbucketOverrideCommit", exchangeProperty("commit"))
                .setHeader("CamelBitbucketStatusState", constant("INPROGRESS"))
                .to("bitbucket:setCommitStatus?" + TARGET + "&statusKey=camel-bot&name=Camel bot"
                    + "&statusUrl=https://ci.example.com/camel-bot")
                .setHeader("CamelBitbucketOverrideCommit", exchangeProperty("commit"))
                .setHeader("CamelBitbucketStatusState", constant("SUCCESSFUL"))
                .to("bitbucket:setCommitStatus?" + TARGET + "&statusKey=camel-bot&name=Camel bot"
                    + "&statusUrl=https://ci.example.com/camel-bot")
                .log("[bot] 2. build ${body.key} is ${body.state}")
                .setHeader("CamelBitbucketOverridePullRequestId", exchangeProperty("pr"))
                .setHeader("CamelBitbucketContent", constant("Build passed: approving and merging (camel-bitbucket bot)"))
                .to("bitbucket:createPullRequestComment?" + TARGET)
                .setHeader("CamelBitbucketOverridePullRequestId", exchangeProperty("pr"))
                .to("bitbucket:approvePullRequest?" + TARGET)
                .log("[bot] 3. commented and approved as ${body.user.displayName}")
                .setHeader("CamelBitbucketOverridePullRequestId", exchangeProperty("pr"))
                .to("bitbucket:mergePullRequest?" + TARGET + "&mergeStrategy=squash")
                .setBody(simple("- #${body.id} ${body.title}: ${body.state}\\n"))
                .log("[bot] 4. ${body}")
                .to("file:{{report.dir}}?fileName=pr-bot.md&fileExist=Append");
    }
}
