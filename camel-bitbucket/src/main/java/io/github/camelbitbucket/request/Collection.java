package io.github.camelbitbucket.request;

import io.github.camelbitbucket.model.Commit;
import io.github.camelbitbucket.model.Issue;
import io.github.camelbitbucket.model.Project;
import io.github.camelbitbucket.model.PullRequest;
import io.github.camelbitbucket.model.Repository;
import io.github.camelbitbucket.model.WorkspaceAccess;

/**
 * The rules that depend on a Bitbucket collection, in one table the operations reference: the item model, the
 * largest page size live Bitbucket accepts there, the states a trigger asks for when none is set, whether Bitbucket
 * honours {@code q} and {@code sort} there, and the last path segment that names it (how a raw httpRequest path is
 * recognised).
 */
public enum Collection {

    WORKSPACES(WorkspaceAccess.class, 100, null, true, "workspaces"),
    /**
     * {@code q} and {@code sort} are not documented on projects, and Bitbucket ignores an unsupported {@code q}
     * without an error: triggers on them check every item themselves (live row 5).
     */
    PROJECTS(Project.class, 100, null, false, "projects"),
    REPOSITORIES(Repository.class, 100, null, true, null),
    ISSUES(Issue.class, 100, null, true, "issues"),
    /**
     * Live Bitbucket refuses a pagelen above 50 here (live row 1), and lists OPEN pull requests only unless asked: a
     * trigger asks for the four states the list parameter documents and so sees merges and declines too (drafts are
     * OPEN pull requests with draft=true).
     */
    PULL_REQUESTS(PullRequest.class, 50, "OPEN,MERGED,DECLINED,SUPERSEDED", true, "pullrequests"),
    /** Commits take their branches as {@code include=} (git log semantics); {@code q} is ignored there (live row 3). */
    COMMITS(Commit.class, 100, null, true, "commits"),
    /** The build statuses of a commit. */
    COMMIT_STATUSES(io.github.camelbitbucket.model.CommitStatus.class, 100, null, true, "statuses"),
    WORKSPACE_MEMBERS(io.github.camelbitbucket.model.WorkspaceMembership.class, 100, null, true, "members"),
    WEBHOOKS(io.github.camelbitbucket.model.WebhookSubscription.class, 100, null, true, "hooks"),
    BRANCHES(io.github.camelbitbucket.model.Branch.class, 100, null, true, "branches"),
    TAGS(io.github.camelbitbucket.model.Tag.class, 100, null, true, "tags"),
    PULL_REQUEST_COMMENTS(io.github.camelbitbucket.model.Comment.class, 100, null, true, "comments"),
    PULL_REQUEST_COMMITS(Commit.class, 100, null, false, null),
    /** Reached through a redirect (live row 9), which the client follows. */
    PULL_REQUEST_DIFFSTAT(io.github.camelbitbucket.model.Diffstat.class, 100, null, false, "diffstat"),
    /** Newest first; no q or sort there. */
    PULL_REQUEST_ACTIVITY(io.github.camelbitbucket.model.PullRequestActivity.class, 100, null, false, "activity"),
    /**
     * Every pull request's activity of a repository (pullRequestCommented polls it). A pull request list, so at most
     * 50 per page as live row 1 says of those; whether live Bitbucket also caps this one is unconfirmed.
     */
    REPOSITORY_PULL_REQUEST_ACTIVITY(io.github.camelbitbucket.model.PullRequestActivity.class, 50, null, false, null),
    /** Oldest first unless sort=-created_on; no q there. */
    PIPELINES(io.github.camelbitbucket.model.Pipeline.class, 100, null, false, "pipelines"),
    PIPELINE_STEPS(io.github.camelbitbucket.model.PipelineStep.class, 100, null, false, "steps"),
    /** A directory's files and subdirectories (commit_file, commit_directory). */
    DIRECTORY(io.github.camelbitbucket.model.TreeEntry.class, 100, null, true, null);

    /** Bitbucket's pagelen range is 10..100 wherever live Bitbucket is not stricter. */
    public static final int MAX_PAGE_SIZE = 100;
    /**
     * Commits take their branches as {@code include=} query parameters, never in the path: a branch with {@code /} in
     * the path answers 404 on live Bitbucket.
     */
    public static final String BRANCH_QUERY_PARAMETER = "include";

    private final Class<?> model;
    private final int maxPageSize;
    private final String triggerDefaultStates;
    private final boolean filterTrusted;
    private final String lastSegment;

    Collection(Class<?> model, int maxPageSize, String triggerDefaultStates, boolean filterTrusted,
               String lastSegment) {
        this.model = model;
        this.maxPageSize = maxPageSize;
        this.triggerDefaultStates = triggerDefaultStates;
        this.filterTrusted = filterTrusted;
        this.lastSegment = lastSegment;
    }

    /** The model of its items. */
    public Class<?> model() {
        return model;
    }

    /** The largest pagelen live Bitbucket accepts for it. */
    public int maxPageSize() {
        return maxPageSize;
    }

    /** The states a trigger asks for when the state option is not set, comma separated; null: no state filter. */
    public String triggerDefaultStates() {
        return triggerDefaultStates;
    }

    /** Whether Bitbucket honours {@code q} and {@code sort} on it. */
    public boolean isFilterTrusted() {
        return filterTrusted;
    }

    /**
     * The largest page size for a raw httpRequest path: its collection's, recognised by the path's last segment (a
     * pull request list: 50), else {@link #MAX_PAGE_SIZE}.
     */
    public static int maxPageSizeOfPath(String path) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        String last = p.substring(p.lastIndexOf('/') + 1);
        for (Collection c : values()) {
            if (last.equals(c.lastSegment)) {
                return c.maxPageSize;
            }
        }
        return MAX_PAGE_SIZE;
    }
}
