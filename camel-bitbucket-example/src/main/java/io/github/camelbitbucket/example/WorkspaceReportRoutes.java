package io.github.camelbitbucket.example;

import org.apache.camel.builder.RouteBuilder;

/**
 * Workspaces -> projects -> repositories -> open pull requests, written as a Markdown file. Each action names its
 * workspace and repository in its own URI (toD): output headers of earlier steps are reports, never targets.
 */
public class WorkspaceReportRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:workspace-report?repeatCount=1&delay=500").routeId("workspace-report")
                .log("[report] 1. Listing the workspaces this app can access (listWorkspaces)")
                .to("bitbucket:listWorkspaces")
                .log("[report]    found ${body.size()} workspace(s)")
                .split(body(), new MarkdownLines()).stopOnException()
                    .setProperty("workspace", simple("${body.workspace.slug}"))
                    .setProperty("workspaceName", simple("${body.workspace.name}"))
                    .to("direct:report-workspace")
                .end()
                .bean("report", "document")
                .to("file:{{report.dir}}?fileName=workspace-report.md")
                .log("[report] 4. Wrote {{report.dir}}/workspace-report.md");

        from("direct:report-workspace").routeId("report-workspace")
                .log("[report] 2. Workspace ${exchangeProperty.workspace}: projects (listProjects) and"
                     + " repositories (listRepositories)")
                .toD("bitbucket:listProjects?workspace=${exchangeProperty.workspace}")
                .setProperty("projects", body())
                .toD("bitbucket:listRepositories?workspace=${exchangeProperty.workspace}")
                .split(body(), new MarkdownLines())
                    .setProperty("repository", body())
                    .toD("bitbucket:listPullRequests?workspace=${exchangeProperty.workspace}&repoSlug=${body.slug}"
                         + "&state=OPEN")
                    .log("[report] 3.   ${header.CamelBitbucketWorkspace}/${header.CamelBitbucketRepoSlug}:"
                         + " ${body.size()} open pull request(s) (listPullRequests)")
                    .bean("report", "repositoryLines(${exchangeProperty.repository}, ${body})")
                .end()
                .bean("report", "workspaceSection(${exchangeProperty.workspace}, ${exchangeProperty.workspaceName},"
                                + " ${exchangeProperty.projects}, ${body})");
    }
}
