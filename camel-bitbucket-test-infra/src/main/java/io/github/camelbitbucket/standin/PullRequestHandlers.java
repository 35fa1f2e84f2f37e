package io.github.camelbitbucket.standin;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

/**
 * Pull request writes and build statuses as live Bitbucket answers them (rows 14 to 17): a merge answers 202 with a
 * task-status Location (also without async) and the task reports PENDING, then SUCCESS with the merged pull request;
 * a build status key over 40 characters and a URL Bitbucket does not take are refused with its 400s, the same key
 * again updates the status; reviewers named by username are refused; the author may approve their own pull request.
 */
final class PullRequestHandlers {

    private static final Pattern DOMAIN = Pattern.compile("(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}\\.?");

    private final Store store;
    private final Http http;
    private final LiveBehaviour live;
    private final RepositoryHandlers repositories;
    private final AtomicLong commentIds = new AtomicLong(1000);
    /** Merge tasks by id: the pull request key ("ws/repo/id") and how many more polls answer PENDING. */
    private final Map<String, Object[]> tasks = new ConcurrentHashMap<>();
    /** Build statuses by "ws/repo/hash", each by key. */
    private final Map<String, Map<String, ObjectNode>> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger merges = new AtomicInteger();
    /** Comments by pull request ("ws/repo/id"), oldest first. */
    private final Map<String, List<ObjectNode>> comments = new ConcurrentHashMap<>();
    /** Activity by pull request, oldest first (the API answers newest first). */
    private final Map<String, List<ObjectNode>> activity = new ConcurrentHashMap<>();

    PullRequestHandlers(Store store, Http http, LiveBehaviour live, RepositoryHandlers repositories) {
        this.store = store;
        this.http = http;
        this.live = live;
        this.repositories = repositories;
    }

    /** How many merge POSTs the stand-in received (a merge is never sent twice). */
    int merges() {
        return merges.get();
    }

    private ObjectNode pullRequest(RoutingContext ctx) {
        if (repositories.repo(ctx) == null) {
            return null;
        }
        String id = ctx.pathParam("id");
        for (ObjectNode pr : store.pullRequests.get(ctx.pathParam("ws") + "/" + ctx.pathParam("repo"))) {
            if (pr.path("id").asText().equals(id)) {
                return pr;
            }
        }
        http.error(ctx, 404, "Pull request " + id + " not found", null);
        return null;
    }

    void get(RoutingContext ctx) {
        ObjectNode pr = pullRequest(ctx);
        if (pr != null) {
            http.json(ctx, 200, pr);
        }
    }

    void create(RoutingContext ctx) {
        if (repositories.repo(ctx) == null) {
            return;
        }
        ObjectNode body = http.body(ctx);
        String title = body.path("title").asText("");
        String source = body.path("source").path("branch").path("name").asText("");
        if (title.isBlank() || source.isBlank()) {
            http.json(ctx, 400, fieldError("title and source.branch.name are required",
                    title.isBlank() ? "title" : "source"));
            return;
        }
        for (JsonNode reviewer : body.path("reviewers")) {
            if (!reviewer.hasNonNull("uuid") && !reviewer.hasNonNull("account_id")) {
                // row 16: since the privacy changes, users are named by uuid or account_id only
                http.json(ctx, 400, fieldError("reviewers: Malformed reviewers list: use uuid or account_id,"
                                               + " username is not supported", "reviewers"));
                return;
            }
        }
        String ws = ctx.pathParam("ws");
        String repo = ctx.pathParam("repo");
        int id;
        synchronized (store) {
            id = store.pullRequests.get(ws + "/" + repo).stream().mapToInt(p -> p.path("id").asInt()).max().orElse(0)
                 + 1;
            store.pullRequest(ws, repo, id, title, "OPEN", source, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
        }
        ObjectNode pr = store.pullRequests.get(ws + "/" + repo).stream().filter(p -> p.path("id").asInt() == id)
                .findFirst().orElseThrow();
        pr.put("description", body.path("description").asText(""));
        pr.set("author", OAuthProvider.account(ctx).json());
        if (body.path("destination").path("branch").hasNonNull("name")) {
            pr.putObject("destination").putObject("branch").put("name",
                    body.path("destination").path("branch").path("name").asText());
        }
        pr.put("close_source_branch", body.path("close_source_branch").asBoolean(false));
        pr.set("reviewers", body.path("reviewers").isArray() ? body.get("reviewers").deepCopy()
                : Json.MAPPER.createArrayNode());
        pr.putArray("participants");
        store.changed(ws, repo, "pullrequest:created", "pullrequest", pr);
        ctx.response().putHeader("Location", selfUrl(ctx) + "/" + id);
        http.json(ctx, 201, pr);
    }

    void approve(RoutingContext ctx) {
        ObjectNode pr = pullRequest(ctx);
        if (pr == null) {
            return;
        }
        if (!"OPEN".equals(pr.path("state").asText())) {
            http.error(ctx, 400, "You can't approve a pull request that is " + pr.path("state").asText(), null);
            return;
        }
        // row 17: on Bitbucket Cloud the author may approve their own pull request
        ObjectNode participant = Json.MAPPER.createObjectNode().put("type", "participant")
                .put("role", "PARTICIPANT").put("approved", true).put("state", "approved")
                .put("participated_on", Json.now());
        participant.set("user", OAuthProvider.account(ctx).json());
        pr.withArray("participants").add(participant);
        pr.put("updated_on", Json.now());
        activity(ctx, "approval", Json.MAPPER.createObjectNode().put("date", Json.now())
                .set("user", OAuthProvider.account(ctx).json()));
        store.changed(ctx.pathParam("ws"), ctx.pathParam("repo"), "pullrequest:approved", "pullrequest", pr);
        http.json(ctx, 200, participant);
    }

    void merge(RoutingContext ctx) {
        ObjectNode pr = pullRequest(ctx);
        if (pr == null) {
            return;
        }
        merges.incrementAndGet();
        if (!"OPEN".equals(pr.path("state").asText())) {
            http.error(ctx, 400, "You can't merge a pull request that is " + pr.path("state").asText(), null);
            return;
        }
        int pending = live.mergeTaskPolls();
        String key = ctx.pathParam("ws") + "/" + ctx.pathParam("repo") + "/" + ctx.pathParam("id");
        if (pending < 0) {
            http.json(ctx, 200, merged(ctx.pathParam("ws"), ctx.pathParam("repo"), pr));
            return;
        }
        // row 14: the merge runs as a background task; 202 with the task's Location, even without async=true
        String task = java.util.UUID.randomUUID().toString();
        tasks.put(task, new Object[] { key, new AtomicInteger(pending) });
        ctx.response().putHeader("Location", selfUrl(ctx) + "/task-status/" + task);
        http.record(ctx, 202, null);
        ctx.response().setStatusCode(202).putHeader("Content-Type", "application/json").end("{}");
    }

    void taskStatus(RoutingContext ctx) {
        Object[] task = tasks.get(ctx.pathParam("task"));
        ObjectNode pr = pullRequest(ctx);
        if (pr == null) {
            return;
        }
        if (task == null) {
            http.error(ctx, 404, "No such task", null);
            return;
        }
        ObjectNode answer = Json.MAPPER.createObjectNode().put("type", "pullrequest_merge_task_status");
        if (((AtomicInteger) task[1]).getAndDecrement() > 0) {
            http.json(ctx, 200, answer.put("task_status", "PENDING"));
            return;
        }
        answer.put("task_status", "SUCCESS");
        answer.set("merge_result", "MERGED".equals(pr.path("state").asText()) ? pr
                : merged(ctx.pathParam("ws"), ctx.pathParam("repo"), pr));
        http.json(ctx, 200, answer);
    }

    private static String prKey(RoutingContext ctx) {
        return ctx.pathParam("ws") + "/" + ctx.pathParam("repo") + "/" + ctx.pathParam("id");
    }

    private void activity(RoutingContext ctx, String kind, JsonNode value) {
        ObjectNode entry = Json.MAPPER.createObjectNode();
        entry.set(kind, value);
        activity.computeIfAbsent(prKey(ctx), k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(entry);
    }

    void update(RoutingContext ctx) {
        ObjectNode pr = pullRequest(ctx);
        if (pr == null) {
            return;
        }
        ObjectNode body = http.body(ctx);
        for (JsonNode reviewer : body.path("reviewers")) {
            if (!reviewer.hasNonNull("uuid") && !reviewer.hasNonNull("account_id")) {
                http.json(ctx, 400, fieldError("reviewers: Malformed reviewers list: use uuid or account_id,"
                                               + " username is not supported", "reviewers"));
                return;
            }
        }
        for (String field : List.of("title", "description", "destination", "reviewers", "close_source_branch")) {
            if (body.has(field)) {
                pr.set(field, body.get(field).deepCopy());
            }
        }
        pr.put("updated_on", Json.now());
        activity(ctx, "update", Json.MAPPER.createObjectNode().put("state", pr.path("state").asText())
                .put("title", pr.path("title").asText()).put("date", Json.now()));
        store.changed(ctx.pathParam("ws"), ctx.pathParam("repo"), "pullrequest:updated", "pullrequest", pr);
        http.json(ctx, 200, pr);
    }

    void decline(RoutingContext ctx) {
        ObjectNode pr = pullRequest(ctx);
        if (pr == null) {
            return;
        }
        if (!"OPEN".equals(pr.path("state").asText())) {
            http.error(ctx, 400, "You can't decline a pull request that is " + pr.path("state").asText(), null);
            return;
        }
        pr.put("state", "DECLINED").put("updated_on", Json.now());
        store.changed(ctx.pathParam("ws"), ctx.pathParam("repo"), "pullrequest:rejected", "pullrequest", pr);
        http.json(ctx, 200, pr);
    }

    /** Removes the caller's approval (unapprove) or change request; 204, or 404 when there was none. */
    void withdraw(RoutingContext ctx, String state) {
        ObjectNode pr = pullRequest(ctx);
        if (pr == null) {
            return;
        }
        String uuid = OAuthProvider.account(ctx).uuid();
        boolean removed = false;
        for (java.util.Iterator<JsonNode> it = pr.withArray("participants").iterator(); it.hasNext();) {
            JsonNode p = it.next();
            if (uuid.equals(p.path("user").path("uuid").asText()) && state.equals(p.path("state").asText())) {
                it.remove();
                removed = true;
            }
        }
        if (!removed) {
            http.error(ctx, 404, "You haven't " + ("approved".equals(state) ? "approved" : "requested changes on")
                                 + " this pull request", null);
            return;
        }
        store.changed(ctx.pathParam("ws"), ctx.pathParam("repo"), "approved".equals(state) ? "pullrequest:unapproved"
                : "pullrequest:changes_request_removed", "pullrequest", pr);
        http.noContent(ctx);
    }

    void requestChanges(RoutingContext ctx) {
        ObjectNode pr = pullRequest(ctx);
        if (pr == null) {
            return;
        }
        ObjectNode participant = Json.MAPPER.createObjectNode().put("type", "participant")
                .put("role", "PARTICIPANT").put("approved", false).put("state", "changes_requested")
                .put("participated_on", Json.now());
        participant.set("user", OAuthProvider.account(ctx).json());
        pr.withArray("participants").add(participant);
        activity(ctx, "changes_requested", Json.MAPPER.createObjectNode().put("date", Json.now())
                .set("user", OAuthProvider.account(ctx).json()));
        store.changed(ctx.pathParam("ws"), ctx.pathParam("repo"), "pullrequest:changes_request_created",
                "pullrequest", pr);
        http.json(ctx, 200, participant);
    }

    /** Adds a comment as the demo user (tests); returns its id. */
    long addComment(String ws, String repo, int id, String raw) {
        ObjectNode pr = store.pullRequests.getOrDefault(ws + "/" + repo, List.of()).stream()
                .filter(p -> p.path("id").asInt() == id).findFirst().orElseThrow();
        return postComment(ws, repo, pr, newComment(raw)).path("id").asLong();
    }

    private ObjectNode newComment(String raw) {
        ObjectNode comment = Json.MAPPER.createObjectNode().put("type", "pullrequest_comment")
                .put("id", commentIds.incrementAndGet()).put("deleted", false).put("created_on", Json.now())
                .put("updated_on", Json.now());
        comment.putObject("content").put("raw", raw).put("markup", "markdown");
        return comment;
    }

    /** A comment made on a pull request: counted, listed, in the activity, and announced to the hooks. */
    private ObjectNode postComment(String ws, String repo, ObjectNode pr, ObjectNode comment) {
        String key = ws + "/" + repo + "/" + pr.path("id").asText();
        pr.put("comment_count", pr.path("comment_count").asInt(0) + 1);
        comments.computeIfAbsent(key, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(comment);
        ObjectNode entry = Json.MAPPER.createObjectNode();
        entry.set("comment", comment);
        activity.computeIfAbsent(key, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(entry);
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("pullrequest", pr);
        fields.put("comment", comment);
        store.events.fire(ws, repo, "pullrequest:comment_created", store.repositories.get(ws).get(repo), fields);
        return comment;
    }

    void listComments(RoutingContext ctx) {
        if (pullRequest(ctx) != null) {
            Paging.page(http, ctx, new ArrayList<>(comments.getOrDefault(prKey(ctx), List.of()).stream()
                    .filter(c -> !c.path("deleted").asBoolean()).toList()));
        }
    }

    private ObjectNode comment(RoutingContext ctx, boolean answer404) {
        for (ObjectNode c : comments.getOrDefault(prKey(ctx), List.of())) {
            if (c.path("id").asText().equals(ctx.pathParam("cid")) && !c.path("deleted").asBoolean()) {
                return c;
            }
        }
        if (answer404) {
            http.error(ctx, 404, "Comment not found", null);
        }
        return null;
    }

    void updateComment(RoutingContext ctx) {
        if (pullRequest(ctx) == null) {
            return;
        }
        ObjectNode c = comment(ctx, true);
        if (c == null) {
            return;
        }
        String raw = http.body(ctx).path("content").path("raw").asText("");
        if (raw.isBlank()) {
            http.json(ctx, 400, fieldError("content: This field is required.", "content"));
            return;
        }
        ((ObjectNode) c.get("content")).put("raw", raw);
        c.put("updated_on", Json.now());
        http.json(ctx, 200, c);
    }

    void deleteComment(RoutingContext ctx) {
        if (pullRequest(ctx) == null) {
            return;
        }
        ObjectNode c = comment(ctx, true);
        if (c == null) {
            return;
        }
        c.put("deleted", true);
        http.noContent(ctx);
    }

    void listCommits(RoutingContext ctx) {
        ObjectNode pr = pullRequest(ctx);
        if (pr != null) {
            List<ObjectNode> onBranch = store.commits.getOrDefault(ctx.pathParam("ws") + "/" + ctx.pathParam("repo")
                                                                   + "/" + pr.path("source").path("branch")
                                                                           .path("name").asText(), List.of());
            Paging.page(http, ctx, new ArrayList<>(onBranch));
        }
    }

    void listActivity(RoutingContext ctx) {
        ObjectNode pr = pullRequest(ctx);
        if (pr != null) {
            List<ObjectNode> newestFirst = new ArrayList<>();
            for (ObjectNode a : activity.getOrDefault(prKey(ctx), List.of())) {
                ObjectNode entry = a.deepCopy();
                entry.putObject("pull_request").put("type", "pullrequest").put("id", pr.path("id").asLong())
                        .put("title", pr.path("title").asText());
                newestFirst.add(0, entry);
            }
            Paging.page(http, ctx, newestFirst);
        }
    }

    /** Every pull request's activity of a repository, newest first (what pullRequestCommented polls). */
    void listRepositoryActivity(RoutingContext ctx) {
        if (repositories.repo(ctx) == null) {
            return;
        }
        String prefix = ctx.pathParam("ws") + "/" + ctx.pathParam("repo") + "/";
        List<ObjectNode> all = new ArrayList<>();
        for (ObjectNode pr : store.pullRequests.getOrDefault(prefix.substring(0, prefix.length() - 1), List.of())) {
            for (ObjectNode a : activity.getOrDefault(prefix + pr.path("id").asText(), List.of())) {
                ObjectNode entry = a.deepCopy();
                entry.putObject("pull_request").put("type", "pullrequest").put("id", pr.path("id").asLong())
                        .put("title", pr.path("title").asText());
                all.add(entry);
            }
        }
        all.sort(java.util.Comparator.comparing(PullRequestHandlers::activityDate).reversed());
        Paging.page(http, ctx, all, 50, false); // a pull request list: at most 50 per page (row 1)
    }

    private static String activityDate(ObjectNode entry) {
        JsonNode c = entry.path("comment");
        return c.isObject() ? c.path("created_on").asText("") : entry.path("update").path("date").asText(
                entry.path("approval").path("date").asText(entry.path("changes_requested").path("date").asText("")));
    }

    void getCommit(RoutingContext ctx) {
        if (repositories.repo(ctx) == null) {
            return;
        }
        String prefix = ctx.pathParam("ws") + "/" + ctx.pathParam("repo") + "/";
        String hash = ctx.pathParam("commit");
        store.commits.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).flatMap(e -> e.getValue()
                .stream()).filter(c -> c.path("hash").asText().startsWith(hash)).findFirst().ifPresentOrElse(
                        c -> http.json(ctx, 200, c), () -> http.error(ctx, 404, "Commit not found", null));
    }

    private ObjectNode merged(String ws, String repo, ObjectNode pr) {
        pr.put("state", "MERGED").put("updated_on", Json.now());
        pr.putObject("merge_commit").put("type", "commit").put("hash", java.util.UUID.nameUUIDFromBytes((ws + "/" + repo
                + "/merge/" + pr.path("id").asText()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString()
                .replace("-", "").substring(0, 12));
        store.changed(ws, repo, "pullrequest:fulfilled", "pullrequest", pr);
        return pr;
    }

    void comment(RoutingContext ctx) {
        ObjectNode pr = pullRequest(ctx);
        if (pr == null) {
            return;
        }
        ObjectNode body = http.body(ctx);
        if (body.path("content").path("raw").asText("").isBlank()) {
            http.json(ctx, 400, fieldError("content: This field is required.", "content"));
            return;
        }
        ObjectNode comment = newComment(body.path("content").path("raw").asText());
        comment.set("user", OAuthProvider.account(ctx).json());
        if (body.has("inline")) {
            comment.set("inline", body.get("inline").deepCopy());
        }
        if (body.has("parent")) {
            comment.set("parent", body.get("parent").deepCopy());
        }
        http.json(ctx, 201, postComment(ctx.pathParam("ws"), ctx.pathParam("repo"), pr, comment));
    }

    private boolean commitExists(RoutingContext ctx) {
        if (repositories.repo(ctx) == null) {
            return false;
        }
        String prefix = ctx.pathParam("ws") + "/" + ctx.pathParam("repo") + "/";
        String hash = ctx.pathParam("commit");
        boolean found = store.commits.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .flatMap(e -> e.getValue().stream()).anyMatch(c -> c.path("hash").asText().startsWith(hash));
        if (!found) {
            http.error(ctx, 404, "Commit not found", null);
        }
        return found;
    }

    void listStatuses(RoutingContext ctx) {
        if (commitExists(ctx)) {
            Paging.page(http, ctx, new ArrayList<>(statuses.getOrDefault(statusKey(ctx), Map.of()).values()));
        }
    }

    void setStatus(RoutingContext ctx) {
        if (!commitExists(ctx)) {
            return;
        }
        ObjectNode body = http.body(ctx);
        String key = body.path("key").asText("");
        if (key.length() > 40) {
            // row 15, as live Bitbucket words it
            http.json(ctx, 400, fieldError("key: Ensure this value has at most 40 characters (it has " + key.length()
                                           + ").", "key"));
            return;
        }
        String url = body.path("url").asText("");
        if (!validUrl(url)) {
            http.json(ctx, 400, fieldError("url: Enter a valid URL.", "url"));
            return;
        }
        String state = body.path("state").asText("");
        if (key.isEmpty() || !List.of("INPROGRESS", "SUCCESSFUL", "FAILED", "STOPPED").contains(state)) {
            http.json(ctx, 400, fieldError(key.isEmpty() ? "key: This field is required." : "state: invalid",
                    key.isEmpty() ? "key" : "state"));
            return;
        }
        Map<String, ObjectNode> ofCommit = statuses.computeIfAbsent(statusKey(ctx), k -> new LinkedHashMap<>());
        ObjectNode existing = ofCommit.get(key);
        ObjectNode status = Json.MAPPER.createObjectNode().put("type", "build")
                .put("uuid", existing == null ? "{" + java.util.UUID.randomUUID() + "}" : existing.path("uuid").asText())
                .put("key", key).put("state", state)
                .put("name", body.path("name").asText(key)).put("url", url)
                .put("description", body.path("description").asText(""))
                .put("created_on", existing == null ? Json.now() : existing.path("created_on").asText())
                .put("updated_on", Json.now());
        ofCommit.put(key, status);
        ObjectNode commitStatus = status.deepCopy();
        commitStatus.putObject("commit").put("hash", ctx.pathParam("commit"));
        store.changed(ctx.pathParam("ws"), ctx.pathParam("repo"), existing == null ? "repo:commit_status_created"
                : "repo:commit_status_updated", "commit_status", commitStatus);
        http.json(ctx, existing == null ? 201 : 200, status);
    }

    /** The build statuses of a commit (tests). */
    List<ObjectNode> statuses(String ws, String repo, String hash) {
        return List.copyOf(statuses.getOrDefault(ws + "/" + repo + "/" + hash, Map.of()).values());
    }

    private static String statusKey(RoutingContext ctx) {
        return ctx.pathParam("ws") + "/" + ctx.pathParam("repo") + "/" + ctx.pathParam("commit");
    }

    /** As Django's URLValidator, which Bitbucket uses: http(s), a host with a domain, localhost or an IP. */
    static boolean validUrl(String url) {
        try {
            URI u = URI.create(url);
            String host = u.getHost();
            return u.getScheme() != null && u.getScheme().matches("(?i)https?") && host != null
                   && (DOMAIN.matcher(host).matches() || "localhost".equalsIgnoreCase(host)
                       || host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || host.startsWith("["))
                   && url.length() <= 450;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The absolute URL of the request's path (a Location), under the stand-in's API base. */
    private String selfUrl(RoutingContext ctx) {
        return http.baseUrl() + ctx.request().path().substring("/2.0".length());
    }

    private ObjectNode fieldError(String message, String field) {
        ObjectNode err = http.errorBody(message, null);
        ((ObjectNode) err.get("error")).putObject("fields").putArray(field).add(message);
        return err;
    }
}
