package io.github.camelbitbucket.example;

import org.apache.camel.builder.RouteBuilder;

import static io.github.camelbitbucket.BitbucketConstants.REPO_SLUG;
import static io.github.camelbitbucket.BitbucketConstants.WORKSPACE;

/** Workspaces -> projects -> repositories -> open pull requests, written as a Markdown file. */
public class WorkspaceReportRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:workspace-report?repeatCount=1&delay=500").routeId("workspace-report")
                .log("[report] 1. Listing the workspaces this app can access (listWorkspaces)")
                .to("bitbucket:listWorkspaces")
                .log("[report]    found ${body.size()} workspace(s)")
                .split(body(), new MarkdownLines()).stopOnException()
                    .setHeader(WORKSPACE, simple("${body.workspace.slug}"))
                    .setProperty("workspaceName", simple("${body.workspace.name}"))
                    .to("direct:report-workspace")
                .end()
                .bean("report", "document")
                .to("file:{{report.dir}}?fileName=workspace-report.md")
                .log("[report] 4. Wrote {{report.dir}}/workspace-report.md");

        from("direct:report-workspace").routeId("report-workspace")
                .log("[report] 2. Workspace ${header.CamelBitbucketWorkspace}: projects (listProjects) and"
                     + " repositories (listRepositories)")
                .to("bitbucket:listProjects")
                .setProperty("projects", body())
                .to("bitbucket:listRepositories")
                .split(body(), new MarkdownLines())
                    .setHeader(REPO_SLUG, simple("${body.slug}"))
                    .setProperty("repository", body())
                    .to("bitbucket:listPullRequests?state=OPEN")
                    .log("[report] 3.   ${header.CamelBitbucketWorkspace}/${header.CamelBitbucketRepoSlug}:"
                         + " ${body.size()} open pull request(s) (listPullRequests)")
                    .bean("report", "repositoryLines(${exchangeProperty.repository}, ${body})")
                .end()
                .bean("report", "workspaceSection(${header.CamelBitbucketWorkspace}, ${exchangeProperty.workspaceName},"
                                + " ${exchangeProperty.projects}, ${body})");
    }
}
