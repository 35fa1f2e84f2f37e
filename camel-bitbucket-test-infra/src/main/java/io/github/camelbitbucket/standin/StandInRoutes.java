package io.github.camelbitbucket.standin;

import java.util.List;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** The stand-in's HTTP routes: OAuth, the REST subset with the scopes each needs, the hooks API, the live rows. */
final class StandInRoutes {

    private final Http http;
    private final Store store;
    private final LiveBehaviour live;
    private final OAuthProvider oauth;
    private final Webhooks webhooks;
    /** The pull request writes and build statuses (made with the router). */
    PullRequestHandlers pullRequests;
    /** Branches and tags (made with the router). */
    RefHandlers refs;
    /** Pipelines (made with the router). */
    PipelineHandlers pipelines;

    StandInRoutes(Http http, Store store, LiveBehaviour live, OAuthProvider oauth, Webhooks webhooks) {
        this.http = http;
        this.store = store;
        this.live = live;
        this.oauth = oauth;
        this.webhooks = webhooks;
    }

    Router router(Vertx vertx) {
        WorkspaceHandlers workspaces = new WorkspaceHandlers(store, http);
        ProjectHandlers projects = new ProjectHandlers(store, http, live);
        RepositoryHandlers repositories = new RepositoryHandlers(store, http, live);
        IssueHandlers issues = new IssueHandlers(store, http, repositories);
        Router router = Router.router(vertx);
        // uploads (commitFiles' multipart files) go to the temporary directory and are deleted after each request
        router.route().handler(BodyHandler.create().setUploadsDirectory(System.getProperty("java.io.tmpdir")
                                                                     + "/bitbucket-stand-in-uploads")
                .setDeleteUploadedFilesOnEnd(true));
        router.route().failureHandler(ctx -> http.error(ctx, ctx.statusCode() > 0 ? ctx.statusCode() : 500,
                ctx.failure() == null ? "Internal error" : ctx.failure().getMessage(), null));
        router.post("/site/oauth2/access_token").handler(oauth::token);
        router.get("/site/oauth2/authorize").handler(oauth::authorize);
        router.route("/2.0/*").handler(http::beforeRequest);
        router.route("/2.0/*").handler(this::rateLimit);
        router.route("/2.0/repositories/:ws/:repo/issues*").handler(this::issueTracker);
        router.route("/2.0/*").handler(oauth::authenticate);
        router.route("/2.0/*").handler(this::accountLimits);
        router.get("/2.0/user").handler(oauth.scope("account", oauth::currentUser));
        router.get("/2.0/user/workspaces").handler(oauth.scope("account", workspaces::listWorkspaces));
        router.get("/2.0/workspaces").handler(ctx -> http.error(ctx, 410,
                "CHANGE-2770: GET /2.0/workspaces has been removed; use GET /2.0/user/workspaces", null));
        router.get("/2.0/workspaces/:ws").handler(oauth.scope(null, workspaces::getWorkspace));
        router.get("/2.0/workspaces/:ws/projects").handler(oauth.scope("project", projects::listProjects));
        router.post("/2.0/workspaces/:ws/projects").handler(oauth.scope("project:admin", projects::createProject));
        router.get("/2.0/workspaces/:ws/projects/:key").handler(oauth.scope("project", projects::getProject));
        router.put("/2.0/workspaces/:ws/projects/:key").handler(oauth.scope("project:admin", projects::putProject));
        router.delete("/2.0/workspaces/:ws/projects/:key").handler(oauth.scope("project:admin",
                projects::deleteProject));
        router.get("/2.0/repositories/:ws").handler(oauth.scope("repository", repositories::listRepositories));
        router.get("/2.0/repositories/:ws/:repo").handler(oauth.scope("repository", repositories::getRepository));
        router.post("/2.0/repositories/:ws/:repo").handler(oauth.scope("repository:admin",
                repositories::createRepository));
        router.put("/2.0/repositories/:ws/:repo").handler(oauth.scope("repository:admin",
                repositories::updateRepository));
        router.delete("/2.0/repositories/:ws/:repo").handler(oauth.scope("repository:delete",
                repositories::deleteRepository));
        router.post("/2.0/repositories/:ws/:repo/forks").handler(oauth.scope("repository:write",
                repositories::forkRepository));
        router.get("/2.0/workspaces/:ws/members").handler(oauth.scope("account",
                ctx -> workspaces.listMembers(ctx, oauth.accounts)));
        router.get("/2.0/repositories/:ws/:repo/issues").handler(oauth.scope("issue", issues::listIssues));
        router.post("/2.0/repositories/:ws/:repo/issues").handler(oauth.scope("issue:write", issues::createIssue));
        router.get("/2.0/repositories/:ws/:repo/issues/:id").handler(oauth.scope("issue", issues::getIssue));
        router.put("/2.0/repositories/:ws/:repo/issues/:id").handler(oauth.scope("issue:write", issues::updateIssue));
        RefHandlers refs = new RefHandlers(store, http, repositories);
        this.refs = refs;
        String refsPath = "/2.0/repositories/:ws/:repo/refs/";
        router.get(refsPath + "branches").handler(oauth.scope("repository", refs::listBranches));
        router.post(refsPath + "branches").handler(oauth.scope("repository:write", refs::createBranch));
        router.get(refsPath + "branches/:name").handler(oauth.scope("repository", refs::getBranch));
        router.delete(refsPath + "branches/:name").handler(oauth.scope("repository:write", refs::deleteBranch));
        router.get(refsPath + "tags").handler(oauth.scope("repository", refs::listTags));
        router.post(refsPath + "tags").handler(oauth.scope("repository:write", refs::createTag));
        router.delete(refsPath + "tags/:name").handler(oauth.scope("repository:write", refs::deleteTag));
        PullRequestHandlers pulls = new PullRequestHandlers(store, http, live, repositories);
        this.pullRequests = pulls;
        router.post("/2.0/repositories/:ws/:repo/pullrequests").handler(oauth.scope("pullrequest:write", pulls::create));
        router.get("/2.0/repositories/:ws/:repo/pullrequests/activity").handler(oauth.scope("pullrequest",
                pulls::listRepositoryActivity));
        router.get("/2.0/repositories/:ws/:repo/pullrequests/:id").handler(oauth.scope("pullrequest", pulls::get));
        router.put("/2.0/repositories/:ws/:repo/pullrequests/:id").handler(oauth.scope("pullrequest:write",
                pulls::update));
        router.post("/2.0/repositories/:ws/:repo/pullrequests/:id/decline").handler(oauth.scope("pullrequest:write",
                pulls::decline));
        router.delete("/2.0/repositories/:ws/:repo/pullrequests/:id/approve").handler(oauth.scope("pullrequest:write",
                ctx -> pulls.withdraw(ctx, "approved")));
        router.post("/2.0/repositories/:ws/:repo/pullrequests/:id/request-changes").handler(
                oauth.scope("pullrequest:write", pulls::requestChanges));
        router.delete("/2.0/repositories/:ws/:repo/pullrequests/:id/request-changes").handler(
                oauth.scope("pullrequest:write", ctx -> pulls.withdraw(ctx, "changes_requested")));
        router.get("/2.0/repositories/:ws/:repo/pullrequests/:id/comments").handler(oauth.scope("pullrequest",
                pulls::listComments));
        router.put("/2.0/repositories/:ws/:repo/pullrequests/:id/comments/:cid").handler(oauth.scope("pullrequest",
                pulls::updateComment));
        router.delete("/2.0/repositories/:ws/:repo/pullrequests/:id/comments/:cid").handler(oauth.scope("pullrequest",
                pulls::deleteComment));
        router.get("/2.0/repositories/:ws/:repo/pullrequests/:id/commits").handler(oauth.scope("pullrequest",
                pulls::listCommits));
        router.get("/2.0/repositories/:ws/:repo/pullrequests/:id/activity").handler(oauth.scope("pullrequest",
                pulls::listActivity));
        router.get("/2.0/repositories/:ws/:repo/commit/:commit").handler(oauth.scope("repository", pulls::getCommit));
        router.post("/2.0/repositories/:ws/:repo/pullrequests/:id/approve").handler(oauth.scope("pullrequest:write",
                pulls::approve));
        router.post("/2.0/repositories/:ws/:repo/pullrequests/:id/merge").handler(oauth.scope("pullrequest:write",
                pulls::merge));
        router.get("/2.0/repositories/:ws/:repo/pullrequests/:id/merge/task-status/:task").handler(
                oauth.scope("pullrequest", pulls::taskStatus));
        router.post("/2.0/repositories/:ws/:repo/pullrequests/:id/comments").handler(oauth.scope("pullrequest",
                pulls::comment));
        router.get("/2.0/repositories/:ws/:repo/commit/:commit/statuses").handler(oauth.scope("repository",
                pulls::listStatuses));
        router.post("/2.0/repositories/:ws/:repo/commit/:commit/statuses/build").handler(oauth.scope("repository",
                pulls::setStatus));
        router.get("/2.0/repositories/:ws/:repo/pullrequests").handler(oauth.scope("pullrequest",
                repositories::listPullRequests));
        router.get("/2.0/repositories/:ws/:repo/commits").handler(oauth.scope("repository",
                repositories::listCommits));
        router.get("/2.0/repositories/:ws/:repo/commits/:rev").handler(oauth.scope("repository",
                repositories::listCommits));
        for (String hooks : List.of("/2.0/repositories/:ws/:repo/hooks", "/2.0/workspaces/:ws/hooks")) {
            router.get(hooks).handler(oauth.scope("webhook", webhooks::list));
            router.post(hooks).handler(oauth.scope("webhook", webhooks::create));
            router.get(hooks + "/:uid").handler(oauth.scope("webhook", webhooks::get));
            router.put(hooks + "/:uid").handler(oauth.scope("webhook", webhooks::update));
            router.delete(hooks + "/:uid").handler(oauth.scope("webhook", webhooks::delete));
        }
        router.get("/2.0/repositories/:ws/:repo/pullrequests/:id/diff").handler(oauth.scope("pullrequest",
                repositories::pullRequestDiff));
        router.get("/2.0/repositories/:ws/:repo/diff/:spec").handler(oauth.scope("pullrequest", repositories::diff));
        router.get("/2.0/repositories/:ws/:repo/pullrequests/:id/diffstat").handler(oauth.scope("pullrequest",
                repositories::pullRequestDiffstat));
        router.get("/2.0/repositories/:ws/:repo/diffstat/:spec").handler(oauth.scope("repository",
                repositories::diffstat));
        PipelineHandlers pipes = new PipelineHandlers(store, http, repositories);
        this.pipelines = pipes;
        String pipelinesPath = "/2.0/repositories/:ws/:repo/pipelines";
        router.get(pipelinesPath).handler(oauth.scope("pipeline", pipes::list));
        // officially the pipeline scope runs one (stopping takes pipeline:write)
        router.post(pipelinesPath).handler(oauth.scope("pipeline", pipes::run));
        router.get(pipelinesPath + "/:uuid").handler(oauth.scope("pipeline", pipes::get));
        router.post(pipelinesPath + "/:uuid/stopPipeline").handler(oauth.scope("pipeline:write", pipes::stop));
        router.get(pipelinesPath + "/:uuid/steps").handler(oauth.scope("pipeline", pipes::steps));
        router.get(pipelinesPath + "/:uuid/steps/:step/log").handler(oauth.scope("pipeline", pipes::log));
        router.get("/standin-storage/logs/:id").handler(pipes::storedLog);
        SourceHandlers source = new SourceHandlers(store, http, repositories);
        router.post("/2.0/repositories/:ws/:repo/src").handler(oauth.scope("repository:write", source::commit));
        router.get("/2.0/repositories/:ws/:repo/src/:commit/*").handler(oauth.scope("repository", source::get));
        router.get("/2.0/repositories/:ws/:repo/src/:commit").handler(oauth.scope("repository", source::get));
        router.route().handler(ctx -> http.error(ctx, 404, "Resource not found", null));
        return router;
    }

    /** Row 8: a plain-text 429 without Retry-After, with the X-RateLimit-* headers access tokens get. */
    private void rateLimit(RoutingContext ctx) {
        if (!live.overRateLimit()) {
            ctx.next();
            return;
        }
        String text = "Rate limit for this resource has been exceeded";
        http.record(ctx, 429, text);
        ctx.response().setStatusCode(429).putHeader("Content-Type", "text/plain").putHeader("X-RateLimit-Limit", "1000")
                .putHeader("X-RateLimit-Resource", "api").putHeader("X-RateLimit-NearLimit", "true").end(text);
    }

    /**
     * Per account: its own rate limit (row 8, counted per user), and only its own workspaces: a workspace or
     * repository of a workspace the account is not a member of answers 403.
     */
    private void accountLimits(RoutingContext ctx) {
        Accounts.Account account = OAuthProvider.account(ctx);
        if (account != null && live.isRateLimited(account.id())) {
            String text = "Rate limit for this resource has been exceeded";
            http.record(ctx, 429, text);
            ctx.response().setStatusCode(429).putHeader("Content-Type", "text/plain")
                    .putHeader("X-RateLimit-Limit", "1000").putHeader("X-RateLimit-Resource", "api")
                    .putHeader("X-RateLimit-NearLimit", "true").end(text);
            return;
        }
        String[] parts = ctx.normalizedPath().split("/");
        // /2.0/{repositories|workspaces}/{ws}/...
        if (account != null && parts.length > 3 && ("repositories".equals(parts[2]) || "workspaces".equals(parts[2]))
            && !account.sees(java.net.URLDecoder.decode(parts[3], java.nio.charset.StandardCharsets.UTF_8))) {
            http.error(ctx, 403, "Access denied: " + account.displayName() + " is not a member of workspace "
                                 + parts[3], null);
            return;
        }
        ctx.next();
    }

    /** Row 11: the retired issue tracker answers 410 on every issue endpoint. */
    private void issueTracker(RoutingContext ctx) {
        if (live.isIssueTrackerRetired()) {
            http.error(ctx, 410, "The issue tracker has been retired.", null);
            return;
        }
        ctx.next();
    }
}
