package io.github.camelbitbucket.client;

import java.net.InetAddress;
import java.net.URI;

/**
 * Where a credential may be sent: HTTPS, or plain HTTP to a loopback address only; never with credentials in the URL;
 * and, once configured, only to the same origin (a next link or redirect elsewhere goes without it).
 */
public final class UrlPolicy {

    private UrlPolicy() {
    }

    /** Returns the URL when it is acceptable; otherwise fails naming the option to fix. */
    public static String check(String option, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The " + option + " option is not a valid URL: " + url);
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalArgumentException("The " + option + " option must be an absolute URL (https://...): " + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The " + option + " option must not carry credentials in the URL");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        if (!https && !("http".equalsIgnoreCase(uri.getScheme()) && isLoopback(uri.getHost()))) {
            throw new IllegalArgumentException("The " + option + " option must use https (plain http is accepted only for"
                                               + " a loopback address such as localhost): " + url);
        }
        return url;
    }

    /** Whether two URLs share scheme, host and port: where a credential sent to {@code base} may also go. */
    public static boolean sameOrigin(URI base, URI other) {
        return base.getScheme().equalsIgnoreCase(String.valueOf(other.getScheme()))
               && base.getHost().equalsIgnoreCase(String.valueOf(other.getHost()))
               && effectivePort(base) == effectivePort(other);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(h)) {
            return true;
        }
        // only IP literals are checked: no DNS lookup for a name
        if (h.matches("[0-9.]+") || h.contains(":")) {
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (Exception e) {
                return false;
            }
        }
        return false;
    }
}
