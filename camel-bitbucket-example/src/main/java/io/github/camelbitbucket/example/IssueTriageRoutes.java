package io.github.camelbitbucket.example;

import org.apache.camel.builder.RouteBuilder;

import static io.github.camelbitbucket.BitbucketConstants.DESCRIPTION;
import static io.github.camelbitbucket.BitbucketConstants.ITEM_ID;
import static io.github.camelbitbucket.BitbucketConstants.KIND;
import static io.github.camelbitbucket.BitbucketConstants.NAME;
import static io.github.camelbitbucket.BitbucketConstants.OVERRIDE_ISSUE_ID;
import static io.github.camelbitbucket.BitbucketConstants.PRIORITY;
import static io.github.camelbitbucket.BitbucketConstants.TITLE;

/**
 * Issue triage: a TRIAGE project is created (or updated), the issueCreated trigger fires for each new issue, and an
 * issue whose title mentions "crash" gets priority critical; the project description records the last escalation.
 * Each step's body is the previous step's result, which create and update actions never send again: the fields to
 * change come from headers, the target from the URI or an override header.
 */
public class IssueTriageRoutes extends RouteBuilder {

    static final String TARGET = "workspace={{bitbucket.workspace}}&repoSlug={{bitbucket.repo}}";

    @Override
    public void configure() {
        from("timer:triage-setup?repeatCount=1&delay=200").routeId("triage-setup")
                .log("[triage] 1. Making sure project TRIAGE exists (updateProject creates it when missing)")
                .setHeader(NAME, constant("Triage"))
                .setHeader(DESCRIPTION, constant("Issues triaged by camel-bitbucket"))
                .to("bitbucket:updateProject?workspace={{bitbucket.workspace}}&projectKey=TRIAGE")
                .choice()
                    .when(header("CamelBitbucketHttpStatus").isEqualTo(201))
                        .log("[triage]    project ${body.key} created")
                    .otherwise()
                        .log("[triage]    project ${body.key} already there, updated")
                .end()
                .filter(simple("{{example.file-demo-issue}}"))
                    .log("[triage] 2. Filing a new issue the way a user would (createIssue)")
                    .setHeader(TITLE, constant("Crash when saving settings"))
                    .setHeader(KIND, constant("bug"))
                    .to("bitbucket:createIssue?" + TARGET)
                    .log("[triage]    filed issue #${header.CamelBitbucketIssueId}: ${body.title}")
                .end();

        from("bitbucket:issueCreated?" + TARGET + "&startFrom={{triage.start-from}}&delay=1000"
             + "&stateRepository=#watermarks").routeId("issue-triage")
                .log("[triage] 3. Trigger issueCreated: #${header.CamelBitbucketItemId} \"${body.title}\""
                     + " (priority ${body.priority})")
                .filter(simple("${body.title} ~~ 'crash'"))
                    // the event's issue, named by the dedicated override header (report headers are never targets)
                    .setHeader(OVERRIDE_ISSUE_ID, header(ITEM_ID))
                    .setHeader(PRIORITY, constant("critical"))
                    .to("bitbucket:updateIssue?" + TARGET)
                    .log("[triage]    mentions a crash: priority of #${body.id} is now ${body.priority} (updateIssue)")
                    // the Issue in the body is updateIssue's result: updateProject does not send it
                    .setHeader(DESCRIPTION, simple("Last escalated: #${body.id} ${body.title}"))
                    .to("bitbucket:updateProject?workspace={{bitbucket.workspace}}&projectKey=TRIAGE")
                    .log("[triage]    project TRIAGE updated: ${body.description} (updateProject)")
                .end();
    }
}
