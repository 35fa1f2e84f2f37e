package io.github.camelbitbucket.standin;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The stand-in's data (workspaces, projects, repositories, issues, pull requests, commits) and its demo seed. */
final class Store {

    final Map<String, ObjectNode> workspaces = new ConcurrentHashMap<>();
    final Map<String, Map<String, ObjectNode>> projects = new ConcurrentHashMap<>();
    final Map<String, Map<String, ObjectNode>> repositories = new ConcurrentHashMap<>();
    final Map<String, List<ObjectNode>> issues = new ConcurrentHashMap<>();
    final Map<String, List<ObjectNode>> pullRequests = new ConcurrentHashMap<>();
    final Map<String, List<ObjectNode>> commits = new ConcurrentHashMap<>();
    /** The stand-in's own API base, for the links and Location headers it hands out. */
    private final Supplier<String> baseUrl;

    /** Receives the events data changes cause (the webhooks). */
    interface Events {
        void fire(String ws, String repo, String eventKey, com.fasterxml.jackson.databind.JsonNode repository,
                  Map<String, ? extends com.fasterxml.jackson.databind.JsonNode> fields);
    }

    volatile Events events = (ws, repo, key, repository, fields) -> {
    };

    /** An event about a repository's resource (null repo: a workspace event). */
    void changed(String ws, String repo, String eventKey, String resource, com.fasterxml.jackson.databind.JsonNode value) {
        ObjectNode repository = repo == null ? null : repositories.getOrDefault(ws, Map.of()).get(repo);
        events.fire(ws, repo, eventKey, repository, Map.of(resource, value));
    }

    /** A push of commits (newest first) onto a branch: repo:push with one change. */
    void pushed(String ws, String repo, String branch, List<ObjectNode> newestFirst) {
        ObjectNode push = Json.MAPPER.createObjectNode();
        ObjectNode change = push.putArray("changes").addObject();
        List<ObjectNode> onBranch = commits.getOrDefault(ws + "/" + repo + "/" + branch, List.of());
        if (onBranch.size() > newestFirst.size()) {
            // as live: the branch's head before the push
            ObjectNode old = change.putObject("old").put("type", "branch").put("name", branch);
            old.putObject("target").put("type", "commit").put("hash",
                    onBranch.get(newestFirst.size()).path("hash").asText());
        } else {
            change.putNull("old");
        }
        ObjectNode ref = change.putObject("new").put("type", "branch").put("name", branch);
        ref.putObject("target").put("type", "commit").put("hash", newestFirst.get(0).path("hash").asText());
        change.put("created", change.get("old").isNull()).put("forced", false).put("closed", false)
                .put("truncated", newestFirst.size() > 5);
        com.fasterxml.jackson.databind.node.ArrayNode commitsNode = change.putArray("commits");
        newestFirst.stream().limit(5).forEach(c -> commitsNode.add(c.deepCopy()));
        changed(ws, repo, "repo:push", "push", push);
    }

    /** A new branch or tag: repo:push with one change whose old side is null, as live sends it. */
    void refCreated(String ws, String repo, String type, String name, String hash) {
        ObjectNode push = Json.MAPPER.createObjectNode();
        ObjectNode change = push.putArray("changes").addObject();
        change.putNull("old");
        ObjectNode ref = change.putObject("new").put("type", type).put("name", name);
        ref.putObject("target").put("type", "commit").put("hash", hash).put("date", Json.now());
        change.put("created", true).put("forced", false).put("closed", false).put("truncated", false);
        change.putArray("commits");
        changed(ws, repo, "repo:push", "push", push);
    }

    Store(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    void seed() {
        seeding = SEED_TIME;
        workspace("acme", "Acme Robotics");
        workspace("acme-labs", "Acme Labs");
        project("acme", "WEB", "Website", "Public website and shop", false);
        project("acme", "OPS", "Operations", "Infrastructure and tooling", true);
        project("acme-labs", "PROTO", "Prototypes", "Experiments", true);
        repository("acme", "website", "WEB", "Java");
        repository("acme", "infra", "OPS", "HCL");
        repository("acme-labs", "prototype", "PROTO", "Python");
        OffsetDateTime t = SEED_TIME;
        seedIssue("acme", "website", "App crashes on login with SSO", "bug", "major", t);
        seedIssue("acme", "website", "Typo in footer", "task", "trivial", t.plusHours(1));
        seedIssue("acme", "website", "Add dark mode", "enhancement", "minor", t.plusHours(2));
        pullRequest("acme", "website", 1, "Fix login crash", "OPEN", "fix/login-crash", t.plusHours(3));
        pullRequest("acme", "website", 2, "Footer typo", "MERGED", "fix/footer", t.plusHours(4));
        pullRequest("acme", "website", 3, "Dark mode, first cut", "OPEN", "feature/dark-mode", t.plusHours(5));
        pullRequest("acme", "infra", 1, "Upgrade Terraform", "OPEN", "chore/terraform", t.plusHours(6));
        seeding = t.plusHours(7);
        push("acme", "website", "main", "Initial commit");
        seeding = t.plusHours(8);
        push("acme", "website", "main", "Add login page");
        seeding = null;
    }

    /**
     * The demo data's fixed time: every run of the stand-in seeds the same data (timestamps, uuids, commit hashes),
     * so a client's stored watermarks stay valid across runs.
     */
    static final OffsetDateTime SEED_TIME = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.UTC);
    /** While seeding: the instant stamps take; null: now. */
    private OffsetDateTime seeding;

    private String stamp() {
        return seeding != null ? Json.format(seeding) : Json.now();
    }

    /** A random uuid, or while seeding one derived from the name (the same on every run). */
    private String uuid(String name) {
        return "{" + (seeding != null ? UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : UUID.randomUUID()) + "}";
    }

    /** The links live objects carry: their API URL, their page and their avatar. */
    private static void links(ObjectNode node, String self, String html, String avatar) {
        ObjectNode links = node.putObject("links");
        links.putObject("self").put("href", self);
        links.putObject("html").put("href", html);
        links.putObject("avatar").put("href", avatar);
    }

    void workspace(String slug, String name) {
        ObjectNode w = Json.MAPPER.createObjectNode().put("type", "workspace").put("uuid", uuid("workspace " + slug))
                .put("slug", slug).put("name", name).put("is_private", true).put("created_on", stamp());
        links(w, baseUrl.get() + "/workspaces/" + slug, "https://bitbucket.org/" + slug,
                "https://bitbucket.org/workspaces/" + slug + "/avatar/?ts=0");
        workspaces.put(slug, w);
        projects.put(slug, new ConcurrentHashMap<>());
        repositories.put(slug, new ConcurrentHashMap<>());
    }

    void project(String ws, String key, String name, String description, boolean isPrivate) {
        ObjectNode p = Json.MAPPER.createObjectNode().put("type", "project").put("uuid", uuid("project " + ws + "/" + key))
                .put("key", key).put("name", name).put("description", description).put("is_private", isPrivate)
                .put("created_on", stamp()).put("updated_on", stamp());
        links(p, baseUrl.get() + "/workspaces/" + ws + "/projects/" + key,
                "https://bitbucket.org/" + ws + "/workspace/projects/" + key,
                "https://bitbucket.org/account/user/" + ws + "/projects/" + key + "/avatar/32");
        projects.get(ws).put(key, p);
    }

    void repository(String ws, String slug, String projectKey, String language) {
        ObjectNode r = Json.MAPPER.createObjectNode().put("type", "repository").put("uuid", uuid("repository " + ws + "/" + slug))
                .put("slug", slug).put("name", slug).put("full_name", ws + "/" + slug).put("is_private", true)
                .put("language", language).put("has_issues", true).put("created_on", stamp()).put("updated_on", stamp());
        r.putObject("mainbranch").put("type", "branch").put("name", "main");
        r.set("project", projects.get(ws).get(projectKey).deepCopy());
        links(r, baseUrl.get() + "/repositories/" + ws + "/" + slug, "https://bitbucket.org/" + ws + "/" + slug,
                "https://bytebucket.org/ravatar/" + r.path("uuid").asText() + "?ts=default");
        repositories.get(ws).put(slug, r);
        issues.put(ws + "/" + slug, new java.util.concurrent.CopyOnWriteArrayList<>());
        pullRequests.put(ws + "/" + slug, new java.util.concurrent.CopyOnWriteArrayList<>());
    }

    void seedIssue(String ws, String repo, String title, String kind, String priority, OffsetDateTime at) {
        ObjectNode i = insertIssue(ws, repo, Json.MAPPER.createObjectNode().put("title", title).put("kind", kind)
                .put("priority", priority));
        i.put("created_on", Json.format(at)).put("updated_on", Json.format(at));
    }

    void pullRequest(String ws, String repo, int id, String title, String state, String branch,
                             OffsetDateTime at) {
        ObjectNode pr = Json.MAPPER.createObjectNode().put("type", "pullrequest").put("id", id).put("title", title)
                .put("state", state).put("created_on", Json.format(at)).put("updated_on", Json.format(at));
        pr.putObject("author").put("display_name", "Demo User");
        ObjectNode source = pr.putObject("source");
        source.putObject("branch").put("name", branch);
        List<ObjectNode> onBranch = commits.get(ws + "/" + repo + "/" + branch);
        if (onBranch != null && !onBranch.isEmpty()) {
            // as live Bitbucket: the source's head commit (where a build status goes)
            source.putObject("commit").put("type", "commit").put("hash", onBranch.get(0).path("hash").asText());
        }
        pr.putObject("destination").putObject("branch").put("name", "main");
        pullRequests.get(ws + "/" + repo).add(pr);
    }

    synchronized ObjectNode insertIssue(String ws, String repo, ObjectNode fields) {
        List<ObjectNode> list = issues.get(ws + "/" + repo);
        long id = list.stream().mapToLong(i -> i.path("id").asLong()).max().orElse(0) + 1;
        ObjectNode issue = Json.MAPPER.createObjectNode().put("type", "issue").put("id", id);
        issue.put("state", "new").put("kind", "bug").put("priority", "major").put("votes", 0);
        issue.putObject("reporter").put("display_name", "Demo User").put("uuid", "{demo-user}");
        issue.putNull("assignee");
        // as live: every documented field is there, null when unset (BBQL on component or content.raw works)
        issue.putNull("component").putNull("milestone").putNull("version");
        issue.putObject("content").put("raw", "").put("markup", "markdown");
        fields.fields().forEachRemaining(e -> {
            if (!"id".equals(e.getKey()) && !"type".equals(e.getKey())) {
                issue.set(e.getKey(), e.getValue());
            }
        });
        issue.put("created_on", Json.now()).put("updated_on", Json.now());
        issue.putObject("links").putObject("self").put("href",
                baseUrl.get() + "/repositories/" + ws + "/" + repo + "/issues/" + id);
        list.add(issue);
        changed(ws, repo, "issue:created", "issue", issue);
        return issue;
    }

    synchronized ObjectNode push(String ws, String repo, String branch, String message) {
        String hash = seeding == null ? UUID.randomUUID().toString().replace("-", "") + "00000000"
                : UUID.nameUUIDFromBytes((ws + "/" + repo + "/" + branch + "/" + message).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).toString().replace("-", "") + "5eed5eed";
        // as on live Bitbucket, a commit message ends with a newline (git's own)
        ObjectNode c = Json.MAPPER.createObjectNode().put("type", "commit").put("hash", hash.substring(0, 40))
                .put("date", stamp()).put("message", message.endsWith("\n") ? message : message + "\n");
        c.putObject("author").put("raw", "Demo User <" + BitbucketStandIn.DEMO_USER + ">");
        commits.computeIfAbsent(ws + "/" + repo + "/" + branch, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(0, c);
        return c;
    }
}
