package io.github.camelbitbucket.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What live Bitbucket refuses on build statuses and reviewers (rows 15 and 16 of the live behaviour), checked before a
 * request is sent: a build status key of more than 40 characters (sent as a stable form that fits), a URL whose host
 * Bitbucket does not take as public ("Enter a valid URL."), and a reviewer named by username.
 */
public final class BuildAndReview {

    private static final Logger LOG = LoggerFactory.getLogger(BuildAndReview.class);
    /** Bitbucket's limit on a build status key (live row 15). */
    public static final int MAX_KEY = 40;
    private static final Pattern UUID = Pattern.compile("\\{[0-9a-fA-F-]{36}\\}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]+:[0-9a-fA-F-]{36}|[0-9a-fA-F]{24,}");
    private static final Pattern DOMAIN = Pattern.compile("(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}\\.?");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private BuildAndReview() {
    }

    /**
     * The key as sent: itself when it fits in 40 characters, else its first 31 characters, '-' and the first 8 hex
     * digits of its SHA-256 (the same long key always gives the same short one, so INPROGRESS and SUCCESSFUL of one
     * build stay one status).
     */
    public static String statusKey(String operation, String key) {
        String k = key.trim();
        if (k.isEmpty()) {
            throw new IllegalArgumentException(operation + ": statusKey is empty");
        }
        if (k.length() <= MAX_KEY) {
            return k;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(k.getBytes(StandardCharsets.UTF_8));
            String fitted = k.substring(0, MAX_KEY - 9) + "-" + HexFormat.of().formatHex(digest, 0, 4);
            LOG.info("{}: statusKey has {} characters, Bitbucket takes at most {}: sent as '{}' (its first {}"
                     + " characters and a digest of the whole; the same key always gives the same one)", operation,
                    k.length(), MAX_KEY, fitted, MAX_KEY - 9);
            return fitted;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URL, when Bitbucket takes it: absolute http(s) with a host that is a domain name, localhost or an IP. */
    public static String publicUrl(String operation, String url, String source) {
        String u = url.trim();
        String host;
        try {
            URI uri = URI.create(u);
            host = uri.getHost();
            if (uri.getScheme() == null || !List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                || host == null) {
                host = null;
            }
        } catch (IllegalArgumentException e) {
            host = null;
        }
        boolean valid = host != null && (DOMAIN.matcher(host).matches() || "localhost".equalsIgnoreCase(host)
                                         || IPV4.matcher(host).matches() || host.startsWith("["));
        if (!valid || u.length() > 450) {
            throw new IllegalArgumentException(operation + ": the " + source + " '" + u + "' is not a URL Bitbucket"
                                               + " takes (it answers 400 \"url: Enter a valid URL.\"): give an absolute"
                                               + " http(s) URL of at most 450 characters whose host has a domain (e.g."
                                               + " https://ci.example.com/job/1, not http://ci01:8080/job/1)");
        }
        return u;
    }

    /** Reviewers as Bitbucket names them: uuids ({...}) or account ids, comma separated; a username is refused. */
    public static String reviewers(String operation, String value, String source) {
        List<String> ids = new ArrayList<>();
        for (String r : value.split(",")) {
            String id = r.trim();
            if (id.isEmpty()) {
                continue;
            }
            if (!UUID.matcher(id).matches() && !ACCOUNT_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(operation + ": the " + source + " names '" + id + "': reviewers are"
                                                   + " named by uuid ({...}) or account_id; Bitbucket refuses"
                                                   + " usernames (400) since its privacy changes");
            }
            ids.add(id);
        }
        return String.join(",", ids);
    }
}
