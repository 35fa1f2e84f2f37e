package io.github.camelbitbucket.standin;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;

/**
 * An in-memory Bitbucket Cloud for tests and examples, on Vert.x: the REST API 2.0 subset of src-gen-config
 * (workspaces, projects CRUD, repositories, issues with BBQL and sort, pull requests, commits), paging with
 * {@code next} links, the OAuth 2.0 endpoints, per-operation scope checks and Bitbucket's error bodies. This class
 * starts it, routes requests to the handlers and gives tests access to the data; the parts live beside it
 * ({@link OAuthProvider}, {@link Store}, the handlers per resource, {@link Bbql}, {@link Paging}, {@link Http}).
 * It shares no code with the component, so it checks the client instead of agreeing with it.
 */
public final class BitbucketStandIn implements AutoCloseable {

    public static final String DEMO_CLIENT_ID = "demo-client-id";
    public static final String DEMO_CLIENT_SECRET = "demo-client-secret";
    public static final String DEMO_SCOPES = "account issue:write project project:admin pullrequest pullrequest:write"
                                             + " repository repository:write repository:admin repository:delete"
                                             + " webhook pipeline pipeline:write";
    public static final String DEMO_USER = "demo@example.com";
    public static final String DEMO_API_TOKEN = "demo-api-token";
    /** The scopes of the demo API token: Atlassian's API token names, no account (live row 13). */
    public static final String DEMO_API_TOKEN_SCOPES = "read:workspace:bitbucket read:project:bitbucket"
            + " admin:project:bitbucket read:repository:bitbucket read:pullrequest:bitbucket read:issue:bitbucket"
            + " write:issue:bitbucket";

    /** One REST exchange as the stand-in saw it (for contract validation in tests). */
    public record Recorded(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                           String requestBody, int status, String responseBody) {
    }

    private final Vertx vertx = Vertx.vertx();
    private HttpServer server;
    private final LiveBehaviour live = new LiveBehaviour();
    private final Http http = new Http(this::baseUrl, live);
    private final Store store = new Store(this::baseUrl);
    private final OAuthProvider oauth = new OAuthProvider(http);
    private final Webhooks webhooks = new Webhooks(http);

    private BitbucketStandIn() {
        store.events = webhooks::fire;
        addConsumer(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_SCOPES, "http://localhost:8080/oauth/callback");
    }

    /** Starts on the given port (0 = a free one) on loopback, seeded with demo data. */
    public static BitbucketStandIn start(int port) {
        BitbucketStandIn s = new BitbucketStandIn();
        s.listen(port);
        s.store.seed(); // after listen: the seed's links name the port

        return s;
    }

    private void listen(int port) {
        StandInRoutes routes = new StandInRoutes(http, store, live, oauth, webhooks);
        Router router = routes.router(vertx);
        pullRequests = routes.pullRequests;
        refs = routes.refs;
        pipelines = routes.pipelines;
        try {
            server = vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the Bitbucket stand-in on port " + port, e);
        }
    }

    /** Webhook subscriptions and deliveries (see {@link Webhooks}): switches to drop or duplicate, the record. */
    public Webhooks webhooks() {
        return webhooks;
    }

    /** The switches of live behaviour this stand-in plays (see {@link LiveBehaviour}). */
    public LiveBehaviour live() {
        return live;
    }

    public int port() {
        return server.actualPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port() + "/2.0";
    }

    public String tokenUrl() {
        return "http://localhost:" + port() + "/site/oauth2/access_token";
    }

    public String authorizeUrl() {
        return "http://localhost:" + port() + "/site/oauth2/authorize";
    }

    /**
     * The demo accounts that can install an app (grant it their authorization on the authorize page, chosen there with
     * the stand-in-only parameter {@code account}): {@code demo} (every workspace; the default), {@code ada}
     * (workspace acme) and {@code grace} (workspace acme-labs).
     */
    public List<String> accounts() {
        return oauth.accounts.ids();
    }

    /**
     * The account withdraws the app's grant (in its Bitbucket settings): its refresh token answers invalid_grant and
     * its access tokens 401; other accounts are not affected. Installing the app again revives it.
     */
    public void revokeAccount(String account) {
        oauth.accounts.revoke(account);
    }

    /** What the app's callback receives once a customer consented: the code and the app's state. */
    public record Callback(String code, String state) {
    }

    /**
     * A customer's browser on the consent page: follows {@code authorizationUrl} as the given account (the stand-in-only
     * parameter {@code account}) and answers the code and state of the redirect to the app's callback.
     */
    public Callback consent(String authorizationUrl, String account) {
        try {
            java.net.http.HttpResponse<Void> page = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(authorizationUrl
                            + (authorizationUrl.contains("?") ? "&" : "?") + "account=" + account)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            String location = page.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                    "the consent page did not redirect to the app's callback (HTTP " + page.statusCode() + ")"));
            return new Callback(queryParam(location, "code"), queryParam(location, "state"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String queryParam(String url, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        if (!m.find()) {
            throw new IllegalStateException("the callback " + url + " carries no " + name);
        }
        return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Adds an account that can install apps, seeing the given workspaces (none given: every one). */
    public void addAccount(String account, String displayName, String... workspaces) {
        oauth.accounts.add(account, displayName, workspaces.length == 0 ? null : java.util.Set.of(workspaces));
    }

    /** Refresh-token grants answered so far (each rotates a refresh token). */
    public int refreshGrants() {
        return oauth.refreshGrants.get();
    }

    /** Grants answered invalid_grant so far (a spent or revoked refresh token, a used code). */
    public int invalidGrants() {
        return oauth.invalidGrants.get();
    }

    /**
     * The bitbucket: component options that point a client at this stand-in with the demo OAuth consumer's (made-up)
     * credentials: baseUrl, tokenUrl, clientId, clientSecret, scopes. As camel.component.bitbucket.* properties:
     * prefix each key.
     */
    public Map<String, String> componentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("baseUrl", baseUrl());
        options.put("tokenUrl", tokenUrl());
        options.put("clientId", DEMO_CLIENT_ID);
        options.put("clientSecret", DEMO_CLIENT_SECRET);
        options.put("scopes", DEMO_SCOPES);
        return options;
    }

    /**
     * Points a bitbucket: component's configuration (or any bean with the same setters) at this stand-in: each of
     * {@link #componentOptions()} through its {@code set<Option>(String)} setter. Returns the bean.
     */
    public <T> T configure(T configuration) {
        componentOptions().forEach((option, value) -> {
            String setter = "set" + Character.toUpperCase(option.charAt(0)) + option.substring(1);
            try {
                configuration.getClass().getMethod(setter, String.class).invoke(configuration, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(configuration.getClass().getName() + " has no " + setter
                                                   + "(String)", e);
            }
        });
        return configuration;
    }

    /** Registers (or replaces) an OAuth consumer. */
    public void addConsumer(String clientId, String secret, String scopes, String callbackUrl) {
        oauth.consumers.put(clientId, new OAuthProvider.Consumer(secret, StandInScopes.parse(scopes), callbackUrl));
    }

    /** Receives every answered REST request (under /2.0). */
    public void onExchange(java.util.function.Consumer<Recorded> listener) {
        http.onExchange(listener);
    }

    public void setTokenLifetimeSeconds(long seconds) {
        oauth.tokenLifetimeSeconds = seconds;
    }

    public int tokenRequests() {
        return oauth.tokenRequests.get();
    }

    public int apiRequests() {
        return oauth.apiRequests.get();
    }

    /** Whether a refresh token is currently valid (rotated ones are not). */
    public boolean isValidRefreshToken(String token) {
        return oauth.refreshTokens.containsKey(token);
    }

    // ------------------------------------------------------------------ test and demo access to the data

    public ObjectNode issue(String ws, String repo, long id) {
        return store.issues.getOrDefault(ws + "/" + repo, List.of()).stream()
                .filter(i -> i.path("id").asLong() == id).findFirst().orElse(null);
    }

    public List<ObjectNode> issues(String ws, String repo) {
        return List.copyOf(store.issues.getOrDefault(ws + "/" + repo, List.of()));
    }

    public ObjectNode project(String ws, String key) {
        return store.projects.getOrDefault(ws, Map.of()).get(key);
    }

    /** Adds an issue as if someone filed it in the web UI; returns its id. */
    public long fileIssue(String ws, String repo, String title, String kind) {
        ObjectNode issue = Json.MAPPER.createObjectNode().put("title", title).put("kind", kind);
        return store.insertIssue(ws, repo, issue).path("id").asLong();
    }

    /** Adds a project (as if created in Bitbucket's UI). */
    public void addProject(String ws, String key, String name) {
        store.project(ws, key, name, "", true);
    }

    private PullRequestHandlers pullRequests;
    private RefHandlers refs;
    private PipelineHandlers pipelines;

    /** Starts a pipeline on a branch's head, as a push would: its uuid and its one step's uuid. */
    public String[] startPipeline(String ws, String repo, String branch) {
        return pipelines.start(ws, repo, branch);
    }

    /** Completes a pipeline by build number with a result (SUCCESSFUL, FAILED, ...); false when there is none. */
    public boolean finishPipeline(String ws, String repo, long buildNumber, String result) {
        return pipelines.finish(ws, repo, buildNumber, result);
    }

    /** Adds a tag at a commit (as if pushed). */
    public void addTag(String ws, String repo, String name, String hash) {
        refs.addTag(ws, repo, name, hash);
    }

    /** The build statuses of a commit, as setCommitStatus left them (oldest key first). */
    public List<ObjectNode> commitStatuses(String ws, String repo, String hash) {
        return pullRequests.statuses(ws, repo, hash);
    }

    /** Adds a comment to a pull request (as if written there); returns its id. */
    public long commentPullRequest(String ws, String repo, int id, String text) {
        return pullRequests.addComment(ws, repo, id, text);
    }

    /** How many merge requests (POST .../merge) the stand-in received. */
    public int mergeRequests() {
        return pullRequests.merges();
    }

    /** Adds an empty workspace. */
    public void addWorkspace(String slug, String name) {
        store.workspace(slug, name);
    }

    /** Adds a repository with an issue tracker, no issues, pull requests or commits, main branch {@code main}. */
    public void addRepository(String ws, String slug, String projectKey) {
        store.repository(ws, slug, projectKey, "Java");
        // as on Bitbucket, the payload's repository is the condensed one every delivery carries (no created_on)
        store.events.fire(ws, slug, "repo:created", store.repositories.get(ws).get(slug), Map.of());
    }

    /** Adds an issue with the given id and timestamps (as a test needs them), without a Location or event. */
    public void addIssue(String ws, String repo, long id, String title, OffsetDateTime created, OffsetDateTime updated) {
        ObjectNode issue = Json.MAPPER.createObjectNode().put("type", "issue").put("id", id).put("title", title)
                .put("state", "new").put("kind", "bug").put("priority", "major")
                .put("created_on", Json.format(created)).put("updated_on", Json.format(updated));
        store.issues.get(ws + "/" + repo).add(issue);
    }

    /** Changes an issue's updated_on (as an edit would), keeping its place in storage. */
    public void touchIssue(String ws, String repo, long id, OffsetDateTime updated) {
        issue(ws, repo, id).put("updated_on", Json.format(updated));
        store.changed(ws, repo, "issue:updated", "issue", issue(ws, repo, id));
    }

    /** Adds a pull request with the given id, state and timestamps (pullrequest:created). */
    public void addPullRequest(String ws, String repo, int id, String title, String state, OffsetDateTime created,
                               OffsetDateTime updated) {
        store.pullRequest(ws, repo, id, title, state, "feature/" + id, created);
        pullRequest(ws, repo, id).put("updated_on", Json.format(updated));
        store.changed(ws, repo, "pullrequest:created", "pullrequest", pullRequest(ws, repo, id));
    }

    /** Opens a pull request now, with the next id; returns it (pullrequest:created). */
    public int openPullRequest(String ws, String repo, String title) {
        int id = store.pullRequests.get(ws + "/" + repo).stream().mapToInt(p -> p.path("id").asInt()).max().orElse(0) + 1;
        OffsetDateTime now = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        addPullRequest(ws, repo, id, title, "OPEN", now, now);
        return id;
    }

    /**
     * Moves a pull request to a state now (updated_on changes): pullrequest:fulfilled for MERGED, pullrequest:rejected
     * for DECLINED, pullrequest:updated otherwise.
     */
    public void changePullRequest(String ws, String repo, int id, String state) {
        ObjectNode pr = pullRequest(ws, repo, id);
        pr.put("state", state).put("updated_on", Json.now());
        String key = switch (state) {
            case "MERGED" -> "pullrequest:fulfilled";
            case "DECLINED" -> "pullrequest:rejected";
            default -> "pullrequest:updated";
        };
        store.changed(ws, repo, key, "pullrequest", pr);
    }

    /** Someone approves a pull request (pullrequest:approved; the pull request's updated_on stays). */
    public void approvePullRequest(String ws, String repo, int id) {
        ObjectNode approval = Json.MAPPER.createObjectNode().put("date", Json.now());
        approval.putObject("user").put("display_name", "Ada Reviewer").put("uuid", "{ada}");
        store.events.fire(ws, repo, "pullrequest:approved", store.repositories.get(ws).get(repo),
                Map.of("pullrequest", pullRequest(ws, repo, id), "approval", approval));
    }

    /** An account's approval ("approved") or change request ("changes_requested") on a pull request, as if made there. */
    public void participate(String ws, String repo, int id, String account, String state) {
        ObjectNode participant = Json.MAPPER.createObjectNode().put("type", "participant").put("role", "PARTICIPANT")
                .put("approved", "approved".equals(state)).put("state", state).put("participated_on", Json.now());
        participant.set("user", oauth.accounts.get(account).json());
        pullRequest(ws, repo, id).withArray("participants").add(participant);
    }

    /** A pull request as stored (tests change its state or updated_on). */
    public ObjectNode pullRequest(String ws, String repo, int id) {
        return store.pullRequests.get(ws + "/" + repo).stream().filter(p -> p.path("id").asInt() == id).findFirst()
                .orElse(null);
    }

    /** Adds a project created at the given time; returns its UUID. */
    public String addProject(String ws, String key, String name, OffsetDateTime created) {
        store.project(ws, key, name, "", true);
        ObjectNode p = project(ws, key);
        p.put("created_on", Json.format(created)).put("updated_on", Json.format(created));
        return p.path("uuid").asText();
    }

    /** Pushes a commit with the given hash and date on a branch (newest first). */
    public void push(String ws, String repo, String branch, String hash, OffsetDateTime date) {
        ObjectNode c = store.push(ws, repo, branch, "commit " + hash).put("hash", hash).put("date", Json.format(date));
        store.pushed(ws, repo, branch, List.of(c));
    }

    /**
     * A force push: the branch keeps only its {@code keep} oldest commits (the rest, the old head included, are gone
     * from the repository); push the new history after it.
     */
    public void forcePush(String ws, String repo, String branch, int keep) {
        java.util.List<ObjectNode> commits = store.commits.get(ws + "/" + repo + "/" + branch);
        while (commits.size() > keep) {
            commits.remove(0);
        }
    }

    /**
     * A merge of old work: commits dated in the past land on top of the branch (newer in history, older in date).
     */
    public void merge(String ws, String repo, String branch, String hash, OffsetDateTime authored) {
        push(ws, repo, branch, hash, authored);
    }

    /**
     * Called with the path and query of every REST request before it is answered, to change data "during" a poll
     * (a test's stand-in for a write that lands between two pages).
     */
    public void beforeRequest(java.util.function.Consumer<String> hook) {
        http.beforeRequest(hook);
    }

    /** The commits of a branch as stored, newest first. */
    public List<ObjectNode> commits(String ws, String repo, String branch) {
        return List.copyOf(store.commits.getOrDefault(ws + "/" + repo + "/" + branch, List.of()));
    }

    /** Removes a repository with its issues, pull requests and commits (so a test can run twice in one stand-in). */
    public void removeRepository(String ws, String repo) {
        store.repositories.get(ws).remove(repo);
        store.issues.remove(ws + "/" + repo);
        store.pullRequests.remove(ws + "/" + repo);
        store.commits.keySet().removeIf(k -> k.startsWith(ws + "/" + repo + "/"));
    }

    /** Removes a workspace with its projects and repositories. */
    public void removeWorkspace(String ws) {
        store.workspaces.remove(ws);
        store.projects.remove(ws);
        store.repositories.remove(ws);
    }

    /** Pushes a commit on a branch (newest first); returns its hash. */
    public String push(String ws, String repo, String branch, String message) {
        ObjectNode c = store.push(ws, repo, branch, message);
        store.pushed(ws, repo, branch, List.of(c));
        return c.path("hash").asText();
    }

    /** Pushes several commits at once (oldest first in {@code messages}): one repo:push, truncated above 5 commits. */
    public List<String> pushAll(String ws, String repo, String branch, String... messages) {
        List<ObjectNode> newestFirst = new java.util.ArrayList<>();
        for (String m : messages) {
            newestFirst.add(0, store.push(ws, repo, branch, m));
        }
        store.pushed(ws, repo, branch, newestFirst);
        return newestFirst.stream().map(c -> c.path("hash").asText()).toList();
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
            webhooks.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // shutting down
        }
    }
}
