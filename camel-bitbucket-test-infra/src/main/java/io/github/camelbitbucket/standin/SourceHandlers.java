package io.github.camelbitbucket.standin;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;

/**
 * Source: each repository has a file tree per commit (a seed tree for commits made otherwise); {@code GET
 * /src/{commit}/{path}} answers a file with its content type or a directory as a page of entries, and {@code POST
 * /src} makes one commit from a multipart form (files by path, {@code files} to delete, message, branch, author,
 * parents), answering 201 with the commit's Location, as live does.
 */
final class SourceHandlers {

    /** A tiny PNG header: a file that is not text. */
    static final byte[] LOGO = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};

    private final Store store;
    private final Http http;
    private final RepositoryHandlers repositories;
    /** ws/repo -> commit hash -> path -> content. */
    private final Map<String, Map<String, TreeMap<String, byte[]>>> trees = new ConcurrentHashMap<>();

    SourceHandlers(Store store, Http http, RepositoryHandlers repositories) {
        this.store = store;
        this.http = http;
        this.repositories = repositories;
    }

    private static TreeMap<String, byte[]> seedTree(String repo) {
        TreeMap<String, byte[]> tree = new TreeMap<>();
        tree.put("README.md", ("# " + repo + "\n\nThe stand-in's demo repository.\n").getBytes(StandardCharsets.UTF_8));
        tree.put("src/Login.java", "class Login {\n}\n".getBytes(StandardCharsets.UTF_8));
        tree.put("docs/logo.png", LOGO.clone());
        return tree;
    }

    /** The commit a revision names (a branch's head, or a hash or its prefix), or null. */
    private String resolve(String repoKey, String revision) {
        List<ObjectNode> branch = store.commits.get(repoKey + "/" + revision);
        if (branch != null && !branch.isEmpty()) {
            return branch.get(0).path("hash").asText();
        }
        for (Map.Entry<String, List<ObjectNode>> e : store.commits.entrySet()) {
            if (e.getKey().startsWith(repoKey + "/")) {
                for (ObjectNode c : e.getValue()) {
                    if (!revision.isEmpty() && c.path("hash").asText().startsWith(revision)) {
                        return c.path("hash").asText();
                    }
                }
            }
        }
        return null;
    }

    private TreeMap<String, byte[]> tree(String repoKey, String hash) {
        TreeMap<String, byte[]> tree = trees.getOrDefault(repoKey, Map.of()).get(hash);
        return tree != null ? tree : seedTree(repoKey.substring(repoKey.indexOf('/') + 1));
    }

    void get(RoutingContext ctx) {
        if (repositories.repo(ctx) == null) {
            return;
        }
        String repoKey = RepositoryHandlers.repoKey(ctx);
        String hash = resolve(repoKey, ctx.pathParam("commit"));
        if (hash == null) {
            http.error(ctx, 404, "Commit not found", null);
            return;
        }
        String[] raw = ctx.request().path().split("/", -1); // "", 2.0, repositories, ws, repo, src, commit, ...
        List<String> segments = new ArrayList<>();
        for (int i = 7; i < raw.length; i++) {
            if (!raw[i].isEmpty()) {
                segments.add(URLDecoder.decode(raw[i].replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        String path = String.join("/", segments);
        TreeMap<String, byte[]> tree = tree(repoKey, hash);
        byte[] file = tree.get(path);
        if (file != null) {
            String type = path.endsWith(".png") ? "image/png" : isText(file) ? "text/plain" : "application/octet-stream";
            http.record(ctx, 200, type.equals("text/plain") ? new String(file, StandardCharsets.UTF_8)
                    : "<" + file.length + " bytes>");
            ctx.response().setStatusCode(200).putHeader("Content-Type", type).end(io.vertx.core.buffer.Buffer.buffer(file));
            return;
        }
        String prefix = path.isEmpty() ? "" : path + "/";
        Map<String, ObjectNode> entries = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : tree.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            String rest = e.getKey().substring(prefix.length());
            int slash = rest.indexOf('/');
            String child = prefix + (slash < 0 ? rest : rest.substring(0, slash));
            ObjectNode entry = Json.MAPPER.createObjectNode().put("type", slash < 0 ? "commit_file" : "commit_directory")
                    .put("path", child);
            if (slash < 0) {
                entry.put("size", e.getValue().length).put("escaped_path", child);
                entry.putArray("attributes");
            }
            entry.putObject("commit").put("type", "commit").put("hash", hash);
            entries.putIfAbsent(child, entry);
        }
        if (entries.isEmpty()) {
            http.error(ctx, 404, "No such file or directory: " + path, null);
            return;
        }
        Paging.page(http, ctx, new ArrayList<>(entries.values()));
    }

    private static boolean isText(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    void commit(RoutingContext ctx) {
        if (repositories.repo(ctx) == null) {
            return;
        }
        String ws = ctx.pathParam("ws");
        String repo = ctx.pathParam("repo");
        String repoKey = ws + "/" + repo;
        var form = ctx.request().formAttributes();
        String branch = form.get("branch") != null ? form.get("branch")
                : repositories.repo(ctx).path("mainbranch").path("name").asText("main");
        String parents = form.get("parents");
        List<ObjectNode> history = store.commits.get(repoKey + "/" + branch);
        boolean empty = store.commits.keySet().stream().noneMatch(k -> k.startsWith(repoKey + "/")
                                                                      && !store.commits.get(k).isEmpty());
        String parent = parents != null ? resolve(repoKey, parents)
                : history == null || history.isEmpty() ? resolve(repoKey, "main") : history.get(0).path("hash").asText();
        if (parent == null && (parents != null || !empty)) {
            http.error(ctx, 400, "parents: no such commit", null);
            return;
        }
        // the first commit of an empty repository starts from nothing (live creates its branch)
        TreeMap<String, byte[]> tree = parent == null ? new TreeMap<>() : new TreeMap<>(tree(repoKey, parent));
        for (String deleted : form.getAll("files")) {
            tree.remove(deleted.replaceAll("^/+", ""));
        }
        try {
            for (FileUpload upload : ctx.fileUploads()) {
                tree.put(upload.name().replaceAll("^/+", ""), Files.readAllBytes(Path.of(upload.uploadedFileName())));
            }
        } catch (IOException e) {
            http.error(ctx, 500, "Cannot read an uploaded file", null);
            return;
        }
        java.util.Set<String> uploaded = new java.util.HashSet<>();
        ctx.fileUploads().forEach(u -> uploaded.add(u.name()));
        form.forEach((name, value) -> {
            if (!List.of("message", "branch", "author", "parents", "files").contains(name) && !uploaded.contains(name)) {
                tree.put(name.replaceAll("^/+", ""), value.getBytes(StandardCharsets.UTF_8)); // a file sent as a field
            }
        });
        if (history == null && parent == null) {
            store.commits.put(repoKey + "/" + branch, new java.util.concurrent.CopyOnWriteArrayList<>());
        } else if (history == null) {
            // a new branch, from the parent's history (live creates it)
            List<ObjectNode> from = new java.util.concurrent.CopyOnWriteArrayList<>();
            store.commits.entrySet().stream().filter(e -> e.getKey().startsWith(repoKey + "/")).map(Map.Entry::getValue)
                    .filter(l -> l.stream().anyMatch(c -> c.path("hash").asText().equals(parent))).findFirst()
                    .ifPresent(l -> from.addAll(l.subList(l.stream().map(c -> c.path("hash").asText()).toList()
                            .indexOf(parent), l.size())));
            store.commits.put(repoKey + "/" + branch, from);
            store.refCreated(ws, repo, "branch", branch, parent);
        }
        String message = form.get("message") == null ? "Edited online with Bitbucket" : form.get("message");
        ObjectNode c = store.push(ws, repo, branch, message);
        if (form.get("author") != null) {
            c.putObject("author").put("raw", form.get("author"));
        }
        trees.computeIfAbsent(repoKey, k -> new ConcurrentHashMap<>()).put(c.path("hash").asText(), tree);
        store.pushed(ws, repo, branch, List.of(c));
        String location = http.baseUrl() + "/repositories/" + repoKey + "/commit/" + c.path("hash").asText();
        http.record(ctx, 201, null);
        ctx.response().setStatusCode(201).putHeader("Location", location).end();
    }
}
