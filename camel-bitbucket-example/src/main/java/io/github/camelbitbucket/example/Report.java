package io.github.camelbitbucket.example;

import java.util.List;
import java.util.stream.Collectors;

import io.github.camelbitbucket.model.Project;
import io.github.camelbitbucket.model.PullRequest;
import io.github.camelbitbucket.model.Repository;

/** Renders the workspace report as Markdown; called from the Java and the YAML routes. */
public class Report {

    /** One repository with its open pull requests. */
    public String repositoryLines(Repository repository, List<PullRequest> openPullRequests) {
        StringBuilder sb = new StringBuilder("### ").append(repository.getFullName());
        if (repository.getProject() != null) {
            sb.append(" (project ").append(repository.getProject().getKey()).append(')');
        }
        sb.append("\n\n");
        if (openPullRequests == null || openPullRequests.isEmpty()) {
            sb.append("No open pull requests.\n");
        } else {
            for (PullRequest pr : openPullRequests) {
                sb.append("- #").append(pr.getId()).append(' ').append(pr.getTitle());
                if (pr.getSource() != null && pr.getSource().getBranch() != null) {
                    sb.append(" (`").append(pr.getSource().getBranch().getName()).append("`)");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** A workspace: its projects, then its repositories (the body of the inner split, or an empty list). */
    public String workspaceSection(String slug, String name, List<Project> projects, Object repositories) {
        StringBuilder sb = new StringBuilder("## ").append(name).append(" (`").append(slug).append("`)\n\n");
        sb.append("Projects: ").append(projects == null || projects.isEmpty() ? "none"
                : projects.stream().map(p -> p.getKey() + " " + p.getName()).collect(Collectors.joining(", ")))
                .append("\n\n");
        sb.append(repositories instanceof String s ? s : "No repositories.\n");
        return sb.toString();
    }

    /** The whole document. */
    public String document(String sections) {
        return "# Bitbucket workspace report\n\n" + (sections == null ? "" : sections) + "\n";
    }

    /** The slugs of a listWorkspaces answer, comma separated. */
    public String workspaceSlugs(java.util.List<io.github.camelbitbucket.model.WorkspaceAccess> access) {
        return access.stream().map(a -> a.getWorkspace().getSlug()).collect(java.util.stream.Collectors.joining(", "));
    }
}
