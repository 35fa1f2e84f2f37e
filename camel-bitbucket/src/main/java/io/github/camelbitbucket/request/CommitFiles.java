package io.github.camelbitbucket.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.client.BitbucketResponse;

/**
 * commitFiles as Bitbucket takes it: one {@code multipart/form-data} POST to {@code /src} that adds, changes and
 * deletes files in one commit. Each file is a part named by its path with the content as a file; {@code message},
 * {@code author}, {@code parents} (fromCommit) and {@code branch} are form fields; each deleted path is a
 * {@code files} field without content. The files come from the message body, a Map of path to content (String,
 * byte[] or InputStream; null deletes the path), and deleteFiles.
 */
public final class CommitFiles {

    private CommitFiles() {
    }

    static BitbucketRequest request(String operation, String path, RequestInputs in) {
        Map<String, byte[]> files = files(operation, in.body());
        List<String> deleted = new ArrayList<>();
        files.entrySet().removeIf(e -> e.getValue() == null && deleted.add(e.getKey()));
        String toDelete = in.fields().get(BodyField.DELETE_FILES);
        if (toDelete != null) {
            for (String p : toDelete.split(",")) {
                if (!p.isBlank()) {
                    deleted.add(checkedPath(operation, p, "option deleteFiles"));
                }
            }
        }
        if (files.isEmpty() && deleted.isEmpty()) {
            throw new IllegalArgumentException(operation + " has nothing to commit: give a message body Map of path to"
                                               + " content (String, byte[] or InputStream; null deletes), or set"
                                               + " deleteFiles (header " + Headers.DELETE_FILES + ")"
                                               + (in.ignoredBody() == null ? "" : "; " + in.ignoredBody()));
        }
        String boundary = "camel-bitbucket-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, boundary, "message", in.fields().get(BodyField.MESSAGE));
        field(out, boundary, "author", in.fields().get(BodyField.COMMIT_AUTHOR));
        field(out, boundary, "parents", in.fields().get(BodyField.FROM_COMMIT));
        field(out, boundary, "branch", in.targets().get(Target.BRANCH));
        deleted.forEach(p -> field(out, boundary, "files", p));
        files.forEach((p, content) -> {
            String name = p.substring(p.lastIndexOf('/') + 1);
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(p) + "\"; filename=\""
                       + quoted(name) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            write(out, "\r\n");
        });
        write(out, "--" + boundary + "--\r\n");
        return new BitbucketRequest(operation, "POST", path, Map.of(), out.toByteArray(),
                "multipart/form-data; boundary=" + boundary);
    }

    /** The new commit's hash, the last segment of the answer's Location ({@code .../commit/<hash>}); null without. */
    public static String newCommit(BitbucketResponse response) {
        String location = response.header("Location");
        if (location == null || location.isBlank()) {
            return null;
        }
        String trimmed = location.trim().replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static Map<String, byte[]> files(String operation, Object body) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (body == null) {
            return files;
        }
        if (!(body instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(operation + " takes its files from a message body Map of path to content"
                                               + " (String, byte[] or InputStream; null deletes), not a "
                                               + body.getClass().getName());
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String p = checkedPath(operation, String.valueOf(e.getKey()), "message body");
            Object v = e.getValue();
            try {
                files.put(p, v == null ? null : v instanceof byte[] b ? b
                        : v instanceof InputStream s ? s.readAllBytes()
                        : String.valueOf(v).getBytes(StandardCharsets.UTF_8));
            } catch (IOException ex) {
                throw new IllegalArgumentException(operation + ": the content of " + p + " could not be read: "
                                                   + ex.getMessage(), ex);
            }
        }
        return files;
    }

    private static String checkedPath(String operation, String raw, String source) {
        String p = raw.trim().replaceAll("^/+", "");
        if (p.isEmpty() || p.endsWith("/") || ("/" + p + "/").contains("/../") || ("/" + p + "/").contains("/./")
            || p.contains("//") || p.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException(operation + ": '" + raw + "' (" + source + ") is not a file path in a"
                                               + " repository (e.g. docs/README.md)");
        }
        return p;
    }

    private static void field(ByteArrayOutputStream out, String boundary, String name, String value) {
        if (value != null && !value.isBlank()) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                       + "\r\n");
        }
    }

    private static String quoted(String s) {
        return s.replace("\"", "%22");
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
