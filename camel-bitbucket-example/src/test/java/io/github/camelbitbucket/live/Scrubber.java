package io.github.camelbitbucket.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a recording what must never be committed: e-mail addresses, Atlassian account ids, tokens and secrets
 * (OAuth tokens, bearer and basic credentials, webhook secrets, the run's own credentials). Each value is replaced the
 * same way everywhere in a session, so a replay still finds what it looks for. {@link #findings} checks a text
 * independently: a recording is written only when it finds nothing.
 */
final class Scrubber {

    static final String SECRET = "***scrubbed***";
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** Atlassian account ids: 557058:<uuid>, 5b10a2844c20165700ede21g (24 hex), and whatever "account_id" holds. */
    private static final Pattern ACCOUNT_ID = Pattern.compile(
            "\\b[0-9]{6}:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b|\\b[0-9a-f]{24}\\b");
    private static final Pattern ACCOUNT_ID_FIELD = Pattern.compile("\"account_id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SECRET_FIELD = Pattern.compile(
            "\"(access_token|refresh_token|secret|password|token|client_secret)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern CREDENTIAL = Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]+");
    /** Addresses that name nobody (RFC 2606). */
    private static final Pattern SAFE_EMAIL = Pattern.compile("(?i).*@example\\.(com|org|net)$");

    private final Map<String, String> replaced = new LinkedHashMap<>();
    private final Collection<String> knownSecrets;

    /** @param knownSecrets the run's own credentials and secrets: never in a recording, whatever their form */
    Scrubber(Collection<String> knownSecrets) {
        this.knownSecrets = knownSecrets.stream().filter(s -> s != null && s.length() >= 4).toList();
    }

    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : knownSecrets) {
            out = out.replace(secret, SECRET);
        }
        out = replaceGroup(SECRET_FIELD, out, 2, v -> SECRET);
        out = CREDENTIAL.matcher(out).replaceAll(m -> m.group(1) + " " + SECRET);
        out = JWT.matcher(out).replaceAll(SECRET);
        out = replaceGroup(ACCOUNT_ID_FIELD, out, 1, v -> replaced.computeIfAbsent(v, k -> "000000:account-"
                                                                                       + (replaced.size() + 1)));
        out = ACCOUNT_ID.matcher(out).replaceAll(m -> replaced.computeIfAbsent(m.group(), k -> "000000:account-"
                                                                                           + (replaced.size() + 1)));
        out = EMAIL.matcher(out).replaceAll(m -> SAFE_EMAIL.matcher(m.group()).matches() ? m.group()
                : replaced.computeIfAbsent(m.group(), k -> "user" + (replaced.size() + 1) + "@example.com"));
        return out;
    }

    /** What in the text must not be committed; empty when it is clean. */
    List<String> findings(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (String secret : knownSecrets) {
            if (text.contains(secret)) {
                found.add("a credential or secret of the run (" + secret.length() + " characters)");
            }
        }
        Matcher m = SECRET_FIELD.matcher(text);
        while (m.find()) {
            if (!m.group(2).isEmpty() && !m.group(2).equals(SECRET)) {
                found.add("an unscrubbed \"" + m.group(1) + "\"");
            }
        }
        if (CREDENTIAL.matcher(text).results().anyMatch(r -> !r.group().endsWith(SECRET))) {
            found.add("a bearer or basic credential");
        }
        if (JWT.matcher(text).find()) {
            found.add("a JWT");
        }
        m = ACCOUNT_ID_FIELD.matcher(text);
        while (m.find()) {
            if (!m.group(1).startsWith("000000:account-")) {
                found.add("an account id");
            }
        }
        if (ACCOUNT_ID.matcher(text).find()) {
            found.add("an account id");
        }
        m = EMAIL.matcher(text);
        while (m.find()) {
            if (!SAFE_EMAIL.matcher(m.group()).matches()) {
                found.add("an e-mail address");
            }
        }
        return found.stream().distinct().toList();
    }

    private static String replaceGroup(Pattern p, String text, int group,
                                       java.util.function.UnaryOperator<String> with) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String whole = m.group();
            int start = m.start(group) - m.start();
            int end = m.end(group) - m.start();
            m.appendReplacement(out, Matcher.quoteReplacement(whole.substring(0, start) + with.apply(m.group(group))
                                                              + whole.substring(end)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
