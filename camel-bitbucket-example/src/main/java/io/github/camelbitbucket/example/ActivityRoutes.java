package io.github.camelbitbucket.example;

import org.apache.camel.builder.RouteBuilder;

/**
 * What works on Bitbucket Cloud today: a pull request digest (every pull request created, updated, merged or declined,
 * with a nudge for the open ones), commit notifications for the watched branches, and project housekeeping (a project
 * kept up to date with createProject/updateProject). Each event goes to a Markdown file and the log.
 */
public class ActivityRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:housekeeping?repeatCount=1&delay=200").routeId("project-housekeeping")
                .log("[projects] 1. Keeping project {{example.project}} up to date (updateProject creates it when missing)")
                .setHeader("CamelBitbucketName", constant("Camel Bitbucket example"))
                .setHeader("CamelBitbucketDescription",
                        simple("Kept up to date by the camel-bitbucket example, last run ${date:now:yyyy-MM-dd}"))
                .to("bitbucket:updateProject?workspace={{bitbucket.workspace}}&projectKey={{example.project}}")
                .log("[projects]    project ${body.key}: ${body.description}");

        from("bitbucket:pullRequestUpdated?" + IssueTriageRoutes.TARGET
             + "&startFrom={{activity.start-from}}&delay=1000"
             + "&stateRepository=#watermarks").routeId("pull-request-digest")
                .setProperty("line", simple("- #${body.id} ${body.title} (${body.state}) by ${body.author.displayName},"
                                            + " updated ${header.CamelBitbucketEventTimestamp}"))
                .log("[prs] ${exchangeProperty.line}")
                .filter(simple("${body.state} == 'OPEN'"))
                    .log("[prs]    #${body.id} is open: a nudge for its reviewers")
                .end()
                .setBody(simple("${exchangeProperty.line}\\n"))
                .to("file:{{report.dir}}?fileName=pull-request-digest.md&fileExist=Append");

        from("bitbucket:commitPushed?" + IssueTriageRoutes.TARGET
             + "&branch={{bitbucket.branch}}&startFrom={{activity.start-from}}"
             + "&delay=1000&stateRepository=#watermarks").routeId("commit-notifications")
                .setBody(simple("- ${header.CamelBitbucketBranch}: ${body.hash} ${body.message.trim()}\\n"))
                .log("[commits] ${body}")
                .to("file:{{report.dir}}?fileName=commit-log.md&fileExist=Append");
    }
}
