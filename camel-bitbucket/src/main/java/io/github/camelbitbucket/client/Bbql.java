package io.github.camelbitbucket.client;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** BBQL helpers: every value the component puts into a {@code q} filter goes through here, quoted and escaped. */
public final class Bbql {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Bbql() {
    }

    /** A BBQL string literal: double quotes around, {@code \} and {@code "} escaped, control characters refused. */
    public static String quote(String value) {
        PathTemplate.rejectControlCharacters("a BBQL value", value);
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    /** A BBQL datetime literal (ISO-8601 in UTC, quoted). */
    public static String quote(OffsetDateTime time) {
        return quote(time.withOffsetSameInstant(ZoneOffset.UTC).format(ISO));
    }

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

    /**
     * A datetime as Bitbucket's filtering documentation writes it: unquoted ISO-8601 in UTC, at most millisecond
     * precision, truncated (never rounded up, so nothing after the instant is excluded).
     */
    public static String datetime(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                .format(MILLIS);
    }

    /** An id literal: digits stay a number (issue and pull request ids), anything else is a quoted string (UUIDs). */
    public static String idLiteral(String id) {
        return id.matches("[0-9]{1,18}") ? id : quote(id);
    }

    /** {@code (field = "a" OR field = "b")}: any of the values; null for none. */
    public static String anyOf(String field, java.util.Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("(");
        for (String v : values) {
            sb.append(sb.length() == 1 ? "" : " OR ").append(field).append(" = ").append(quote(v));
        }
        return sb.append(')').toString();
    }

    /** Joins two filters with AND, either may be null or blank. */
    public static String and(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank()) {
            return a;
        }
        return "(" + a + ") AND (" + b + ")";
    }
}
