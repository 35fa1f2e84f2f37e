package io.github.camelbitbucket.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands Bitbucket path templates such as {@code /repositories/{workspace}/{repo_slug}/issues} and is the one place
 * where request paths are encoded and checked. Each value becomes exactly one percent-encoded path segment, so a repo
 * slug like {@code ../../user} cannot change the endpoint.
 */
public final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)}");

    private PathTemplate() {
    }

    /**
     * Fills a template. {@code valueOf} returns the raw value of a placeholder or null; {@code missing} builds the
     * exception for an absent value (it names the option and header to set).
     */
    public static String expand(String template, Function<String, String> valueOf,
                                Function<String, RuntimeException> missing) {
        return compile(template).expand(valueOf, missing);
    }

    /** Parses a template once, for operations whose path never changes. */
    public static Compiled compile(String template) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            literals.add(template.substring(last, m.start()));
            names.add(m.group(1));
            last = m.end();
        }
        literals.add(template.substring(last));
        return new Compiled(literals.toArray(String[]::new), names.toArray(String[]::new));
    }

    /** A parsed template: literal parts around the placeholders. */
    public static final class Compiled {
        private final String[] literals;
        private final String[] names;

        private Compiled(String[] literals, String[] names) {
            this.literals = literals;
            this.names = names;
        }

        /** The placeholder names, in order. */
        public List<String> placeholders() {
            return List.of(names);
        }

        public String expand(Function<String, String> valueOf, Function<String, RuntimeException> missing) {
            StringBuilder out = new StringBuilder(64).append(literals[0]);
            for (int i = 0; i < names.length; i++) {
                String value = valueOf.apply(names[i]);
                boolean segments = SEGMENTS.equals(names[i]);
                if (value == null || value.isBlank() && !segments) {
                    throw missing.apply(names[i]);
                }
                out.append(segments ? encodeSegments(names[i], value) : encodeSegment(names[i], value))
                        .append(literals[i + 1]);
            }
            return out.toString();
        }
    }

    /**
     * The placeholder whose value spans path segments: a file path in a repository ({@code src/{commit}/{path}}).
     * Each segment is encoded on its own, the slashes between them kept; empty means the root directory.
     */
    public static final String SEGMENTS = "path";

    /** Percent-encodes a file path segment by segment; leading and trailing slashes are dropped, '.' and '..' refused. */
    public static String encodeSegments(String name, String value) {
        String trimmed = value.trim().replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(trimmed.length() + 8);
        for (String segment : trimmed.split("/", -1)) {
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("The value of " + name + " has an empty segment (//): '" + value + "'");
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(encodeSegment(name, segment));
        }
        return out.toString();
    }

    /** Percent-encodes one path segment: everything but RFC 3986 unreserved characters. */
    public static String encodeSegment(String name, String value) {
        if (".".equals(value) || "..".equals(value)) {
            throw new IllegalArgumentException("The value of " + name + " cannot be '.' or '..'");
        }
        rejectControlCharacters(name, value);
        return encode(value);
    }

    /** Percent-encodes a query name or value (space as %20). */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    /** Builds {@code path?query} from an encoded path and raw query parameters (null values are left out). */
    public static String withQuery(String encodedPath, Map<String, ?> query) {
        if (query == null || query.isEmpty()) {
            return encodedPath;
        }
        StringBuilder sb = new StringBuilder(encodedPath);
        char sep = encodedPath.indexOf('?') >= 0 ? '&' : '?';
        for (Map.Entry<String, ?> e : query.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            rejectControlCharacters("query parameter " + e.getKey(), e.getKey());
            // a collection is a repeated parameter (state=OPEN&state=MERGED)
            Iterable<?> values = e.getValue() instanceof Iterable<?> many ? many : List.of(e.getValue());
            for (Object v : values) {
                String value = String.valueOf(v);
                rejectControlCharacters("query parameter " + e.getKey(), value);
                sb.append(sep).append(encode(e.getKey())).append('=').append(encode(value));
                sep = '&';
            }
        }
        return sb.toString();
    }

    /**
     * Checks a caller-supplied path for {@code httpRequest}: it must be relative to the API base and stay under it.
     * Absolute URLs, scheme-relative {@code //host}, dot segments (also percent-encoded) and control characters are
     * rejected. Returns the path with {@code {name}} placeholders still in it.
     */
    public static String checkRelativePath(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("The path option (header CamelBitbucketPath) is required for httpRequest");
        }
        rejectControlCharacters("path", path);
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || path.startsWith("//") || path.startsWith("\\")) {
            throw new IllegalArgumentException("The path '" + path
                    + "' must be relative to the API base URL (e.g. /repositories/{workspace}); absolute URLs are"
                    + " refused so the credential is only ever sent to the configured host");
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("The path '" + path + "' must start with '/'");
        }
        if (path.indexOf('#') >= 0 || path.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("The path '" + path + "' must not contain '#' or '\\'");
        }
        String pathOnly = path.indexOf('?') >= 0 ? path.substring(0, path.indexOf('?')) : path;
        if (pathOnly.contains("//")) {
            // no Bitbucket path has an empty segment; normalising it away would send the request elsewhere
            throw new IllegalArgumentException("The path '" + path + "' must not contain empty segments ('//')");
        }
        for (String segment : pathOnly.split("/", -1)) {
            String decoded = decodeDots(segment);
            if (".".equals(decoded) || "..".equals(decoded)) {
                throw new IllegalArgumentException("The path '" + path
                        + "' must not contain '.' or '..' segments (also not percent-encoded)");
            }
        }
        return path;
    }

    /** Splits {@code a=b&c=d} of a caller path into raw (decoded) query parameters. */
    public static Map<String, String> parseQuery(String query) {
        Map<String, String> result = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return result;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            result.put(java.net.URLDecoder.decode(k, StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return result;
    }

    private static String decodeDots(String segment) {
        return segment.replaceAll("(?i)%2e", ".");
    }

    static void rejectControlCharacters(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new IllegalArgumentException("The value of " + name
                        + " contains a control character (CR, LF, NUL, ...); remove it");
            }
        }
    }
}
