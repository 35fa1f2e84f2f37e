package io.github.camelbitbucket.standin;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * An in-memory Bitbucket Cloud for the examples and tests: the subset of REST API 2.0 in src-gen-config (workspaces,
 * projects CRUD, repositories, issues with BBQL and sort, pull requests, commits), real paging with {@code next}
 * links, the OAuth 2.0 endpoints (client credentials, authorization code, rotating refresh tokens, {@code expires_in},
 * granted {@code scopes}), per-operation scope checks and Bitbucket's error bodies. Runs on Vert.x.
 */
public final class BitbucketStandIn implements AutoCloseable {

    public static final String DEMO_CLIENT_ID = "demo-client-id";
    public static final String DEMO_CLIENT_SECRET = "demo-client-secret";
    public static final String DEMO_SCOPES = "account issue:write project project:admin pullrequest repository";
    public static final String DEMO_USER = "demo@example.com";
    public static final String DEMO_API_TOKEN = "demo-api-token";

    private static final DateTimeFormatter BITBUCKET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Vertx vertx = Vertx.vertx();
    private HttpServer server;

    private record Consumer(String secret, Set<String> scopes, String callbackUrl) {
    }

    private record Grant(String clientId, Set<String> scopes, long expiresAtMillis) {
    }

    private final Map<String, Consumer> consumers = new ConcurrentHashMap<>();
    private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger apiRequests = new AtomicInteger();
    private volatile long tokenLifetimeSeconds = 3600;
    private volatile java.util.function.Consumer<Recorded> listener = r -> {
    };

    /** One REST exchange as the stand-in saw it (for contract validation in tests). */
    public record Recorded(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                           String requestBody, int status, String responseBody) {
    }

    // data
    private final Map<String, ObjectNode> workspaces = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ObjectNode>> projects = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ObjectNode>> repositories = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> issues = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> pullRequests = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> commits = new ConcurrentHashMap<>();

    private BitbucketStandIn() {
        consumers.put(DEMO_CLIENT_ID, new Consumer(DEMO_CLIENT_SECRET, StandInScopes.parse(DEMO_SCOPES),
                "http://localhost:8080/oauth/callback"));
    }

    /** Starts on the given port (0 = a free one) on loopback, seeded with demo data. */
    public static BitbucketStandIn start(int port) {
        BitbucketStandIn s = new BitbucketStandIn();
        s.seed();
        s.listen(port);
        return s;
    }

    private void listen(int port) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.route().failureHandler(ctx -> error(ctx, ctx.statusCode() > 0 ? ctx.statusCode() : 500,
                ctx.failure() == null ? "Internal error" : ctx.failure().getMessage(), null));
        router.post("/site/oauth2/access_token").handler(this::token);
        router.get("/site/oauth2/authorize").handler(this::authorize);
        router.route("/2.0/*").handler(this::authenticate);
        router.get("/2.0/user/workspaces").handler(scope("account", this::listWorkspaces));
        router.get("/2.0/workspaces").handler(ctx -> error(ctx, 410,
                "CHANGE-2770: GET /2.0/workspaces has been removed; use GET /2.0/user/workspaces", null));
        router.get("/2.0/workspaces/:ws").handler(scope(null, this::getWorkspace));
        router.get("/2.0/workspaces/:ws/projects").handler(scope("project", this::listProjects));
        router.post("/2.0/workspaces/:ws/projects").handler(scope("project:admin", this::createProject));
        router.get("/2.0/workspaces/:ws/projects/:key").handler(scope("project", this::getProject));
        router.put("/2.0/workspaces/:ws/projects/:key").handler(scope("project:admin", this::putProject));
        router.delete("/2.0/workspaces/:ws/projects/:key").handler(scope("project:admin", this::deleteProject));
        router.get("/2.0/repositories/:ws").handler(scope("repository", this::listRepositories));
        router.get("/2.0/repositories/:ws/:repo").handler(scope("repository", this::getRepository));
        router.get("/2.0/repositories/:ws/:repo/issues").handler(scope("issue", this::listIssues));
        router.post("/2.0/repositories/:ws/:repo/issues").handler(scope("issue:write", this::createIssue));
        router.get("/2.0/repositories/:ws/:repo/issues/:id").handler(scope("issue", this::getIssue));
        router.put("/2.0/repositories/:ws/:repo/issues/:id").handler(scope("issue:write", this::updateIssue));
        router.get("/2.0/repositories/:ws/:repo/pullrequests").handler(scope("pullrequest", this::listPullRequests));
        router.get("/2.0/repositories/:ws/:repo/commits/:rev").handler(scope("repository", this::listCommits));
        router.route().handler(ctx -> error(ctx, 404, "Resource not found", null));
        try {
            server = vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the Bitbucket stand-in on port " + port, e);
        }
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

    /** Registers (or replaces) an OAuth consumer. */
    public void addConsumer(String clientId, String secret, String scopes, String callbackUrl) {
        consumers.put(clientId, new Consumer(secret, StandInScopes.parse(scopes), callbackUrl));
    }

    /** Receives every answered REST request (under /2.0). */
    public void onExchange(java.util.function.Consumer<Recorded> listener) {
        this.listener = listener;
    }

    public void setTokenLifetimeSeconds(long seconds) {
        this.tokenLifetimeSeconds = seconds;
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public int apiRequests() {
        return apiRequests.get();
    }

    /** Whether a refresh token is currently valid (rotated ones are not). */
    public boolean isValidRefreshToken(String token) {
        return refreshTokens.containsKey(token);
    }

    // ------------------------------------------------------------------ test and demo access to the data

    public ObjectNode issue(String ws, String repo, long id) {
        return issues.getOrDefault(ws + "/" + repo, List.of()).stream()
                .filter(i -> i.path("id").asLong() == id).findFirst().orElse(null);
    }

    public List<ObjectNode> issues(String ws, String repo) {
        return List.copyOf(issues.getOrDefault(ws + "/" + repo, List.of()));
    }

    public ObjectNode project(String ws, String key) {
        return projects.getOrDefault(ws, Map.of()).get(key);
    }

    /** Adds an issue as if someone filed it in the web UI; returns its id. */
    public synchronized long fileIssue(String ws, String repo, String title, String kind) {
        ObjectNode issue = mapper.createObjectNode().put("title", title).put("kind", kind);
        return insertIssue(ws, repo, issue).path("id").asLong();
    }

    /** Pushes a commit on a branch (newest first). */
    /** Adds a project (as if created in Bitbucket's UI). */
    public synchronized void addProject(String ws, String key, String name) {
        project(ws, key, name, "", true);
    }

    public synchronized String push(String ws, String repo, String branch, String message) {
        String hash = UUID.randomUUID().toString().replace("-", "") + "00000000";
        ObjectNode c = mapper.createObjectNode().put("type", "commit").put("hash", hash.substring(0, 40))
                .put("date", now()).put("message", message);
        c.putObject("author").put("raw", "Demo User <" + DEMO_USER + ">");
        commits.computeIfAbsent(ws + "/" + repo + "/" + branch, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(0, c);
        return c.path("hash").asText();
    }

    // ------------------------------------------------------------------ seed

    private void seed() {
        workspace("acme", "Acme Robotics");
        workspace("acme-labs", "Acme Labs");
        project("acme", "WEB", "Website", "Public website and shop", false);
        project("acme", "OPS", "Operations", "Infrastructure and tooling", true);
        project("acme-labs", "PROTO", "Prototypes", "Experiments", true);
        repository("acme", "website", "WEB", "Java");
        repository("acme", "infra", "OPS", "HCL");
        repository("acme-labs", "prototype", "PROTO", "Python");
        OffsetDateTime t = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).truncatedTo(ChronoUnit.SECONDS);
        seedIssue("acme", "website", "App crashes on login with SSO", "bug", "major", t);
        seedIssue("acme", "website", "Typo in footer", "task", "trivial", t.plusHours(1));
        seedIssue("acme", "website", "Add dark mode", "enhancement", "minor", t.plusHours(2));
        pullRequest("acme", "website", 1, "Fix login crash", "OPEN", "fix/login-crash", t.plusHours(3));
        pullRequest("acme", "website", 2, "Footer typo", "MERGED", "fix/footer", t.plusHours(4));
        pullRequest("acme", "website", 3, "Dark mode, first cut", "OPEN", "feature/dark-mode", t.plusHours(5));
        pullRequest("acme", "infra", 1, "Upgrade Terraform", "OPEN", "chore/terraform", t.plusHours(6));
        push("acme", "website", "main", "Initial commit");
        push("acme", "website", "main", "Add login page");
    }

    private void workspace(String slug, String name) {
        ObjectNode w = mapper.createObjectNode().put("type", "workspace").put("uuid", "{" + UUID.randomUUID() + "}")
                .put("slug", slug).put("name", name).put("is_private", true).put("created_on", now());
        w.putObject("links").putObject("html").put("href", "https://bitbucket.org/" + slug);
        workspaces.put(slug, w);
        projects.put(slug, new ConcurrentHashMap<>());
        repositories.put(slug, new ConcurrentHashMap<>());
    }

    private void project(String ws, String key, String name, String description, boolean isPrivate) {
        ObjectNode p = mapper.createObjectNode().put("type", "project").put("uuid", "{" + UUID.randomUUID() + "}")
                .put("key", key).put("name", name).put("description", description).put("is_private", isPrivate)
                .put("created_on", now()).put("updated_on", now());
        projects.get(ws).put(key, p);
    }

    private void repository(String ws, String slug, String projectKey, String language) {
        ObjectNode r = mapper.createObjectNode().put("type", "repository").put("uuid", "{" + UUID.randomUUID() + "}")
                .put("slug", slug).put("name", slug).put("full_name", ws + "/" + slug).put("is_private", true)
                .put("language", language).put("has_issues", true).put("created_on", now()).put("updated_on", now());
        r.putObject("mainbranch").put("type", "branch").put("name", "main");
        r.set("project", projects.get(ws).get(projectKey).deepCopy());
        repositories.get(ws).put(slug, r);
        issues.put(ws + "/" + slug, new java.util.concurrent.CopyOnWriteArrayList<>());
        pullRequests.put(ws + "/" + slug, new java.util.concurrent.CopyOnWriteArrayList<>());
    }

    private void seedIssue(String ws, String repo, String title, String kind, String priority, OffsetDateTime at) {
        ObjectNode i = insertIssue(ws, repo, mapper.createObjectNode().put("title", title).put("kind", kind)
                .put("priority", priority));
        i.put("created_on", format(at)).put("updated_on", format(at));
    }

    private void pullRequest(String ws, String repo, int id, String title, String state, String branch,
                             OffsetDateTime at) {
        ObjectNode pr = mapper.createObjectNode().put("type", "pullrequest").put("id", id).put("title", title)
                .put("state", state).put("created_on", format(at)).put("updated_on", format(at));
        pr.putObject("author").put("display_name", "Demo User");
        pr.putObject("source").putObject("branch").put("name", branch);
        pr.putObject("destination").putObject("branch").put("name", "main");
        pullRequests.get(ws + "/" + repo).add(pr);
    }

    private synchronized ObjectNode insertIssue(String ws, String repo, ObjectNode fields) {
        List<ObjectNode> list = issues.get(ws + "/" + repo);
        long id = list.stream().mapToLong(i -> i.path("id").asLong()).max().orElse(0) + 1;
        ObjectNode issue = mapper.createObjectNode().put("type", "issue").put("id", id);
        issue.put("state", "new").put("kind", "bug").put("priority", "major").put("votes", 0);
        issue.putObject("reporter").put("display_name", "Demo User").put("uuid", "{demo-user}");
        issue.putNull("assignee");
        fields.fields().forEachRemaining(e -> {
            if (!"id".equals(e.getKey()) && !"type".equals(e.getKey())) {
                issue.set(e.getKey(), e.getValue());
            }
        });
        issue.put("created_on", now()).put("updated_on", now());
        issue.putObject("links").putObject("self").put("href",
                "https://api.bitbucket.org/2.0/repositories/" + ws + "/" + repo + "/issues/" + id);
        list.add(issue);
        return issue;
    }

    // ------------------------------------------------------------------ OAuth

    private void token(RoutingContext ctx) {
        tokenRequests.incrementAndGet();
        String clientId = basicUser(ctx);
        Consumer consumer = clientId == null ? null : consumers.get(clientId);
        if (consumer == null || !consumer.secret().equals(basicPassword(ctx))) {
            oauthError(ctx, 401, "invalid_client", "Client credentials missing or wrong");
            return;
        }
        String grant = ctx.request().getFormAttribute("grant_type");
        if ("client_credentials".equals(grant)) {
            issueToken(ctx, clientId, consumer, false);
        } else if ("authorization_code".equals(grant)) {
            String code = ctx.request().getFormAttribute("code");
            if (code == null || !clientId.equals(codes.remove(code))) {
                oauthError(ctx, 400, "invalid_grant", "Invalid or used authorization code");
                return;
            }
            issueToken(ctx, clientId, consumer, true);
        } else if ("refresh_token".equals(grant)) {
            String rt = ctx.request().getFormAttribute("refresh_token");
            if (rt == null || !clientId.equals(refreshTokens.remove(rt))) {
                oauthError(ctx, 400, "invalid_grant", "Invalid refresh_token");
                return;
            }
            issueToken(ctx, clientId, consumer, true);
        } else {
            oauthError(ctx, 400, "unsupported_grant_type", "Unsupported grant_type " + grant);
        }
    }

    private void issueToken(RoutingContext ctx, String clientId, Consumer consumer, boolean withRefresh) {
        String access = "standin-at-" + UUID.randomUUID();
        accessTokens.put(access, new Grant(clientId, consumer.scopes(),
                System.currentTimeMillis() + tokenLifetimeSeconds * 1000));
        ObjectNode body = mapper.createObjectNode().put("access_token", access).put("token_type", "bearer")
                .put("expires_in", tokenLifetimeSeconds).put("scopes", String.join(" ", consumer.scopes()));
        if (withRefresh) {
            String refresh = "standin-rt-" + UUID.randomUUID();
            refreshTokens.put(refresh, clientId);
            body.put("refresh_token", refresh);
        }
        json(ctx, 200, body);
    }

    private void authorize(RoutingContext ctx) {
        String clientId = ctx.request().getParam("client_id");
        Consumer consumer = clientId == null ? null : consumers.get(clientId);
        if (consumer == null || !"code".equals(ctx.request().getParam("response_type"))) {
            error(ctx, 400, "Unknown client_id or response_type is not code", null);
            return;
        }
        // the stand-in's user grants access at once (the real page asks them)
        String code = "standin-code-" + UUID.randomUUID();
        codes.put(code, clientId);
        String state = ctx.request().getParam("state");
        String target = consumer.callbackUrl() + (consumer.callbackUrl().contains("?") ? "&" : "?") + "code=" + code
                        + (state == null ? "" : "&state=" + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8));
        ctx.response().setStatusCode(302).putHeader("Location", target).end();
    }

    private void authenticate(RoutingContext ctx) {
        apiRequests.incrementAndGet();
        String auth = ctx.request().getHeader("Authorization");
        Set<String> scopes = null;
        if (auth != null && auth.startsWith("Bearer ")) {
            Grant g = accessTokens.get(auth.substring(7));
            if (g != null && g.expiresAtMillis() > System.currentTimeMillis()) {
                scopes = g.scopes();
            } else if (g != null) {
                error(ctx, 401, "Access token expired. Use your refresh token to obtain a new access token.", null);
                return;
            }
        } else if (auth != null && auth.startsWith("Basic ") && DEMO_USER.equals(basicUser(ctx))
                   && DEMO_API_TOKEN.equals(basicPassword(ctx))) {
            scopes = StandInScopes.parse(DEMO_SCOPES);
        }
        if (scopes == null) {
            error(ctx, 401, "Unauthorized", null);
            return;
        }
        ctx.put("scopes", scopes);
        ctx.next();
    }

    private io.vertx.core.Handler<RoutingContext> scope(String required, io.vertx.core.Handler<RoutingContext> next) {
        return ctx -> {
            Set<String> granted = ctx.get("scopes");
            if (required != null && !StandInScopes.missing(granted, List.of(required)).isEmpty()) {
                error(ctx, 403, "Your credentials lack one or more required privilege scopes.",
                        "required: " + required + "; granted: " + String.join(" ", granted));
                return;
            }
            try {
                next.handle(ctx);
            } catch (IllegalArgumentException e) {
                error(ctx, 400, e.getMessage(), null);
            }
        };
    }

    // ------------------------------------------------------------------ REST handlers

    private void listWorkspaces(RoutingContext ctx) {
        List<ObjectNode> values = new ArrayList<>();
        workspaces.values().stream().sorted(Comparator.comparing(w -> w.path("slug").asText())).forEach(w -> {
            ObjectNode access = mapper.createObjectNode().put("type", "workspace_access").put("administrator", true);
            access.set("workspace", w.deepCopy());
            values.add(access);
        });
        page(ctx, values);
    }

    private void getWorkspace(RoutingContext ctx) {
        ObjectNode w = workspaces.get(ctx.pathParam("ws"));
        if (w == null) {
            error(ctx, 404, "No workspace with identifier '" + ctx.pathParam("ws") + "'.", null);
            return;
        }
        json(ctx, 200, w);
    }

    private Map<String, ObjectNode> projectsOf(RoutingContext ctx) {
        Map<String, ObjectNode> p = projects.get(ctx.pathParam("ws"));
        if (p == null) {
            error(ctx, 404, "No workspace with identifier '" + ctx.pathParam("ws") + "'.", null);
        }
        return p;
    }

    private void listProjects(RoutingContext ctx) {
        Map<String, ObjectNode> p = projectsOf(ctx);
        if (p != null) {
            page(ctx, new ArrayList<>(p.values()));
        }
    }

    private void getProject(RoutingContext ctx) {
        Map<String, ObjectNode> p = projectsOf(ctx);
        if (p == null) {
            return;
        }
        ObjectNode project = p.get(ctx.pathParam("key"));
        if (project == null) {
            error(ctx, 404, "Project " + ctx.pathParam("key") + " not found", null);
            return;
        }
        json(ctx, 200, project);
    }

    private synchronized void createProject(RoutingContext ctx) {
        Map<String, ObjectNode> p = projectsOf(ctx);
        if (p == null) {
            return;
        }
        ObjectNode body = body(ctx);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        if (!body.hasNonNull("name")) {
            fieldErrors.put("name", "This field is required.");
        }
        if (!body.hasNonNull("key")) {
            fieldErrors.put("key", "This field is required.");
        } else if (p.containsKey(body.get("key").asText())) {
            fieldErrors.put("key", "A project with this key already exists.");
        }
        if (!fieldErrors.isEmpty()) {
            ObjectNode err = errorBody("Bad request", null);
            ObjectNode fields = ((ObjectNode) err.get("error")).putObject("fields");
            fieldErrors.forEach((k, v) -> fields.putArray(k).add(v));
            json(ctx, 400, err);
            return;
        }
        ObjectNode project = newProject(body);
        p.put(project.get("key").asText(), project);
        ctx.response().putHeader("Location", baseUrl() + "/workspaces/" + ctx.pathParam("ws") + "/projects/"
                                             + project.get("key").asText());
        json(ctx, 201, project);
    }

    private ObjectNode newProject(ObjectNode body) {
        ObjectNode project = mapper.createObjectNode().put("type", "project").put("uuid", "{" + UUID.randomUUID() + "}")
                .put("is_private", false).put("description", "");
        body.fields().forEachRemaining(e -> {
            if (!"type".equals(e.getKey()) && !"uuid".equals(e.getKey())) {
                project.set(e.getKey(), e.getValue());
            }
        });
        project.put("created_on", now()).put("updated_on", now());
        return project;
    }

    private synchronized void putProject(RoutingContext ctx) {
        Map<String, ObjectNode> p = projectsOf(ctx);
        if (p == null) {
            return;
        }
        String key = ctx.pathParam("key");
        ObjectNode body = body(ctx);
        ObjectNode existing = p.get(key);
        if (existing == null) {
            if (!body.hasNonNull("name")) {
                error(ctx, 400, "Bad request", "name is required to create a project");
                return;
            }
            if (!body.hasNonNull("key")) {
                body.put("key", key);
            }
            ObjectNode project = newProject(body);
            p.put(project.get("key").asText(), project);
            ctx.response().putHeader("Location", baseUrl() + "/workspaces/" + ctx.pathParam("ws") + "/projects/"
                                                 + project.get("key").asText());
            json(ctx, 201, project);
            return;
        }
        body.fields().forEachRemaining(e -> {
            if (!"type".equals(e.getKey()) && !"uuid".equals(e.getKey())) {
                existing.set(e.getKey(), e.getValue());
            }
        });
        existing.put("updated_on", now());
        String newKey = existing.get("key").asText();
        if (!newKey.equals(key)) {
            p.remove(key);
            p.put(newKey, existing);
        }
        json(ctx, 200, existing);
    }

    private synchronized void deleteProject(RoutingContext ctx) {
        Map<String, ObjectNode> p = projectsOf(ctx);
        if (p == null) {
            return;
        }
        String key = ctx.pathParam("key");
        if (!p.containsKey(key)) {
            error(ctx, 404, "Project " + key + " not found", null);
            return;
        }
        boolean hasRepos = repositories.get(ctx.pathParam("ws")).values().stream()
                .anyMatch(r -> key.equals(r.path("project").path("key").asText()));
        if (hasRepos) {
            error(ctx, 403, "You cannot delete a project that contains repositories.", null);
            return;
        }
        p.remove(key);
        record(ctx, 204, null);
        ctx.response().setStatusCode(204).end();
    }

    private void listRepositories(RoutingContext ctx) {
        Map<String, ObjectNode> r = repositories.get(ctx.pathParam("ws"));
        if (r == null) {
            error(ctx, 404, "No workspace with identifier '" + ctx.pathParam("ws") + "'.", null);
            return;
        }
        page(ctx, new ArrayList<>(r.values()));
    }

    private ObjectNode repo(RoutingContext ctx) {
        ObjectNode r = repositories.getOrDefault(ctx.pathParam("ws"), Map.of()).get(ctx.pathParam("repo"));
        if (r == null) {
            error(ctx, 404, "Repository " + ctx.pathParam("ws") + "/" + ctx.pathParam("repo") + " not found", null);
        }
        return r;
    }

    private void getRepository(RoutingContext ctx) {
        ObjectNode r = repo(ctx);
        if (r != null) {
            json(ctx, 200, r);
        }
    }

    private List<ObjectNode> tracker(RoutingContext ctx) {
        ObjectNode r = repo(ctx);
        if (r == null) {
            return null;
        }
        if (!r.path("has_issues").asBoolean()) {
            error(ctx, 404, "Repository has no issue tracker.", null);
            return null;
        }
        return issues.get(ctx.pathParam("ws") + "/" + ctx.pathParam("repo"));
    }

    private void listIssues(RoutingContext ctx) {
        List<ObjectNode> list = tracker(ctx);
        if (list != null) {
            page(ctx, new ArrayList<>(list));
        }
    }

    private void getIssue(RoutingContext ctx) {
        List<ObjectNode> list = tracker(ctx);
        if (list == null) {
            return;
        }
        ObjectNode issue = findIssue(list, ctx);
        if (issue != null) {
            json(ctx, 200, issue);
        }
    }

    private ObjectNode findIssue(List<ObjectNode> list, RoutingContext ctx) {
        String id = ctx.pathParam("id");
        ObjectNode issue = list.stream().filter(i -> i.path("id").asText().equals(id)).findFirst().orElse(null);
        if (issue == null) {
            error(ctx, 404, "Issue " + id + " not found", null);
        }
        return issue;
    }

    private void createIssue(RoutingContext ctx) {
        List<ObjectNode> list = tracker(ctx);
        if (list == null) {
            return;
        }
        ObjectNode body = body(ctx);
        if (!body.hasNonNull("title") || body.get("title").asText().isBlank()) {
            ObjectNode err = errorBody("Bad request", "title is required");
            ((ObjectNode) err.get("error")).putObject("fields").putArray("title").add("This field is required.");
            json(ctx, 400, err);
            return;
        }
        ObjectNode issue = insertIssue(ctx.pathParam("ws"), ctx.pathParam("repo"), body);
        ctx.response().putHeader("Location", issue.path("links").path("self").path("href").asText());
        json(ctx, 201, issue);
    }

    private synchronized void updateIssue(RoutingContext ctx) {
        List<ObjectNode> list = tracker(ctx);
        if (list == null) {
            return;
        }
        ObjectNode issue = findIssue(list, ctx);
        if (issue == null) {
            return;
        }
        // partial update: absent fields keep their value, null clears; read-only fields are ignored
        body(ctx).fields().forEachRemaining(e -> {
            if (!Set.of("type", "id", "created_on", "updated_on", "links", "reporter").contains(e.getKey())) {
                issue.set(e.getKey(), e.getValue());
            }
        });
        issue.put("updated_on", now());
        json(ctx, 200, issue);
    }

    private void listPullRequests(RoutingContext ctx) {
        ObjectNode r = repo(ctx);
        if (r == null) {
            return;
        }
        List<String> states = ctx.queryParam("state");
        List<String> wanted = states.isEmpty() ? List.of("OPEN") : states;
        List<ObjectNode> values = new ArrayList<>();
        for (ObjectNode pr : pullRequests.get(ctx.pathParam("ws") + "/" + ctx.pathParam("repo"))) {
            if (wanted.contains(pr.path("state").asText())) {
                values.add(pr);
            }
        }
        page(ctx, values);
    }

    private void listCommits(RoutingContext ctx) {
        ObjectNode r = repo(ctx);
        if (r == null) {
            return;
        }
        List<ObjectNode> list = commits.get(ctx.pathParam("ws") + "/" + ctx.pathParam("repo") + "/" + ctx.pathParam("rev"));
        if (list == null) {
            error(ctx, 404, "Commit not found", "Unknown revision " + ctx.pathParam("rev"));
            return;
        }
        page(ctx, new ArrayList<>(list));
    }

    // ------------------------------------------------------------------ helpers

    /** BBQL q, sort, then paging with page/pagelen and an absolute next link. */
    private void page(RoutingContext ctx, List<ObjectNode> items) {
        String q = ctx.request().getParam("q");
        Predicate<JsonNode> filter = Bbql.parse(q);
        List<ObjectNode> selected = new ArrayList<>(items.stream().filter(filter::test).toList());
        String sort = ctx.request().getParam("sort");
        if (sort != null && !sort.isBlank()) {
            boolean desc = sort.startsWith("-");
            String field = desc ? sort.substring(1) : sort;
            Comparator<ObjectNode> cmp = Comparator.comparing(i -> sortKey(i, field));
            selected.sort(desc ? cmp.reversed() : cmp);
        }
        int pagelen = intParam(ctx, "pagelen", 10);
        if (pagelen < 10 || pagelen > 100) {
            throw new IllegalArgumentException("Invalid pagelen " + pagelen + ": must be between 10 and 100");
        }
        int pageNo = intParam(ctx, "page", 1);
        int from = Math.min(selected.size(), (pageNo - 1) * pagelen);
        int to = Math.min(selected.size(), from + pagelen);
        ObjectNode body = mapper.createObjectNode().put("size", selected.size()).put("page", pageNo)
                .put("pagelen", pagelen);
        ArrayNode values = body.putArray("values");
        selected.subList(from, to).forEach(values::add);
        if (to < selected.size()) {
            String uri = "http://localhost:" + port() + ctx.request().path() + "?" + replacePage(ctx.request().query(),
                    pageNo + 1);
            body.put("next", uri);
        }
        json(ctx, 200, body);
    }

    private static String sortKey(ObjectNode item, String field) {
        JsonNode v = item;
        for (String part : field.split("\\.")) {
            v = v.path(part);
        }
        if (v.isNumber()) {
            return String.format("%020d", v.asLong());
        }
        return v.asText("");
    }

    private static String replacePage(String query, int page) {
        String q = query == null ? "" : query.replaceAll("(^|&)page=\\d+", "");
        q = q.startsWith("&") ? q.substring(1) : q;
        return (q.isEmpty() ? "" : q + "&") + "page=" + page;
    }

    private static int intParam(RoutingContext ctx, String name, int def) {
        String v = ctx.request().getParam(name);
        try {
            return v == null ? def : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid " + name + " " + v);
        }
    }

    private ObjectNode body(RoutingContext ctx) {
        try {
            String text = ctx.body() == null ? null : ctx.body().asString();
            JsonNode node = text == null || text.isBlank() ? mapper.createObjectNode() : mapper.readTree(text);
            if (!node.isObject()) {
                throw new IllegalArgumentException("The body must be a JSON object");
            }
            return (ObjectNode) node;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("The body is not valid JSON");
        }
    }

    private ObjectNode errorBody(String message, String detail) {
        ObjectNode err = mapper.createObjectNode().put("type", "error");
        ObjectNode e = err.putObject("error").put("message", message);
        if (detail != null) {
            e.put("detail", detail);
        }
        return err;
    }

    private void error(RoutingContext ctx, int status, String message, String detail) {
        json(ctx, status, errorBody(message, detail));
    }

    private void oauthError(RoutingContext ctx, int status, String error, String description) {
        json(ctx, status, mapper.createObjectNode().put("error", error).put("error_description", description));
    }

    private void json(RoutingContext ctx, int status, JsonNode body) {
        if (ctx.response().ended()) {
            return;
        }
        record(ctx, status, body.toString());
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.toString());
    }

    private void record(RoutingContext ctx, int status, String responseBody) {
        if (!ctx.request().path().startsWith("/2.0/")) {
            return;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        ctx.queryParams().names().forEach(n -> query.put(n, ctx.queryParams().getAll(n)));
        Map<String, String> headers = new LinkedHashMap<>();
        ctx.request().headers().forEach(h -> headers.putIfAbsent(h.getKey(), h.getValue()));
        String requestBody = ctx.body() == null || ctx.body().length() == 0 ? null : ctx.body().asString();
        listener.accept(new Recorded(ctx.request().method().name(), ctx.request().path(), query, headers, requestBody,
                status, responseBody));
    }

    private static String basicUser(RoutingContext ctx) {
        String[] pair = basic(ctx);
        return pair == null ? null : pair[0];
    }

    private static String basicPassword(RoutingContext ctx) {
        String[] pair = basic(ctx);
        return pair == null ? null : pair[1];
    }

    private static String[] basic(RoutingContext ctx) {
        String auth = ctx.request().getHeader("Authorization");
        if (auth == null || !auth.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
    }

    private static String now() {
        return format(OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static String format(OffsetDateTime t) {
        return t.truncatedTo(ChronoUnit.MICROS).format(BITBUCKET_TIME);
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // shutting down
        }
    }

    /** Stand-alone: {@code mvn -pl camel-bitbucket-example exec:java -Pstand-in [-Dstandin.port=8089]}. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getProperty("standin.port", args.length > 0 ? args[0] : "8089"));
        BitbucketStandIn s = start(port);
        System.out.println("Bitbucket stand-in on " + s.baseUrl() + " (token endpoint " + s.tokenUrl() + ")");
        System.out.println("OAuth consumer: client id " + DEMO_CLIENT_ID + ", secret " + DEMO_CLIENT_SECRET
                           + ", scopes " + DEMO_SCOPES);
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        Thread.currentThread().join();
    }
}
