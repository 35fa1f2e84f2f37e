package io.github.camelbitbucket.standin;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A small BBQL interpreter for the stand-in: comparisons {@code = != ~ !~ > >= < <=}, {@code IN (..)} and
 * {@code NOT IN (..)} on dotted fields, string literals in double quotes (with {@code \"} and {@code \\} escapes),
 * numbers, {@code true}, {@code false}, {@code null}, {@code AND}, {@code OR} and parentheses. Datetime strings compare
 * as instants, issue priorities by severity (as Bitbucket orders them), not alphabetically.
 */
final class Bbql {

    /** Fields Bitbucket compares by rank, not by text. */
    private static final java.util.Map<String, List<String>> RANKED = java.util.Map.of(
            "priority", List.of("trivial", "minor", "major", "critical", "blocker"));

    private final List<String> tokens;
    private final java.util.Set<String> fields = new java.util.LinkedHashSet<>();
    private int pos;

    private Bbql(List<String> tokens) {
        this.tokens = tokens;
    }

    static Predicate<JsonNode> parse(String q) {
        if (q == null || q.isBlank()) {
            return n -> true;
        }
        Bbql p = new Bbql(tokenize(q));
        Predicate<JsonNode> result = p.or();
        if (p.pos != p.tokens.size()) {
            throw new IllegalArgumentException("Unexpected '" + p.tokens.get(p.pos) + "' in q");
        }
        return result;
    }

    private Predicate<JsonNode> or() {
        Predicate<JsonNode> left = and();
        while (peek("OR")) {
            pos++;
            Predicate<JsonNode> right = and();
            Predicate<JsonNode> l = left;
            left = n -> l.test(n) || right.test(n);
        }
        return left;
    }

    private Predicate<JsonNode> and() {
        Predicate<JsonNode> left = term();
        while (peek("AND")) {
            pos++;
            Predicate<JsonNode> right = term();
            Predicate<JsonNode> l = left;
            left = n -> l.test(n) && right.test(n);
        }
        return left;
    }

    private Predicate<JsonNode> term() {
        if (peek("(")) {
            pos++;
            Predicate<JsonNode> inner = or();
            expect(")");
            return inner;
        }
        String field = next();
        fields.add(field);
        boolean not = false;
        if (peek("NOT")) {
            pos++;
            not = true;
            if (!peek("IN")) {
                throw new IllegalArgumentException("Expected IN after NOT in q");
            }
        }
        if (peek("IN")) {
            pos++;
            expect("(");
            List<Object> values = new ArrayList<>();
            while (!peek(")")) {
                values.add(literal(next()));
                if (peek(",")) {
                    pos++;
                }
            }
            expect(")");
            boolean negate = not;
            return n -> values.stream().anyMatch(v -> compare(field, resolve(n, field), "=", v)) != negate;
        }
        String op = next();
        String literal = next();
        Object value = literal(literal);
        return n -> compare(field, resolve(n, field), op, value);
    }

    /** The fields a filter names (the stand-in answers 400 for one no item has, as Bitbucket does). */
    static java.util.Set<String> fields(String q) {
        if (q == null || q.isBlank()) {
            return java.util.Set.of();
        }
        Bbql p = new Bbql(tokenize(q));
        p.or();
        return p.fields;
    }

    /** Whether an item has the (dotted) field, even as null. */
    static boolean has(JsonNode item, String field) {
        return resolve(item, field) != null;
    }

    private static JsonNode resolve(JsonNode node, String field) {
        JsonNode current = node;
        for (String part : field.split("\\.")) {
            current = current == null ? null : current.get(part);
        }
        return current;
    }

    private static Object literal(String token) {
        if (token.startsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        switch (token.toLowerCase(Locale.ROOT)) {
            case "null":
                return null;
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            default:
                try {
                    return Double.parseDouble(token);
                } catch (NumberFormatException e) {
                    return token; // unquoted datetime
                }
        }
    }

    private static boolean compare(String field, JsonNode actual, String op, Object expected) {
        if (expected == null || actual == null || actual.isNull()) {
            boolean bothNull = expected == null && (actual == null || actual.isNull());
            return switch (op) {
                case "=" -> bothNull;
                case "!=" -> !bothNull;
                default -> false;
            };
        }
        String a = actual.isTextual() ? actual.asText() : actual.toString();
        if (op.equals("~")) {
            return a.toLowerCase(Locale.ROOT).contains(String.valueOf(expected).toLowerCase(Locale.ROOT));
        }
        if (op.equals("!~")) {
            return !a.toLowerCase(Locale.ROOT).contains(String.valueOf(expected).toLowerCase(Locale.ROOT));
        }
        int c;
        List<String> ranks = RANKED.get(field.substring(field.lastIndexOf('.') + 1));
        if (ranks != null && ranks.contains(a) && ranks.contains(String.valueOf(expected))) {
            c = Integer.compare(ranks.indexOf(a), ranks.indexOf(String.valueOf(expected)));
        } else if (expected instanceof Double d && actual.isNumber()) {
            c = Double.compare(actual.asDouble(), d);
        } else if (expected instanceof Boolean b) {
            c = actual.asBoolean() == b ? 0 : 1;
        } else {
            OffsetDateTime ta = time(a);
            OffsetDateTime te = time(String.valueOf(expected));
            c = ta != null && te != null ? ta.compareTo(te) : a.compareTo(String.valueOf(expected));
        }
        return switch (op) {
            case "=" -> c == 0;
            case "!=" -> c != 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            default -> throw new IllegalArgumentException("Unknown operator " + op);
        };
    }

    private static OffsetDateTime time(String s) {
        if (s.length() < 19 || s.charAt(4) != '-') {
            return null;
        }
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private boolean peek(String t) {
        return pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(t);
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw new IllegalArgumentException("q ends too early");
        }
        return tokens.get(pos++);
    }

    private void expect(String t) {
        if (!peek(t)) {
            throw new IllegalArgumentException("Expected '" + t + "' in q");
        }
        pos++;
    }

    private static List<String> tokenize(String q) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder("\"");
                i++;
                while (i < q.length() && q.charAt(i) != '"') {
                    if (q.charAt(i) == '\\' && i + 1 < q.length()) {
                        sb.append(q.charAt(i)).append(q.charAt(i + 1));
                        i += 2;
                    } else {
                        sb.append(q.charAt(i++));
                    }
                }
                if (i >= q.length()) {
                    throw new IllegalArgumentException("Unterminated string in q");
                }
                out.add(sb.append('"').toString());
                i++;
            } else if ("=!~<>".indexOf(c) >= 0) {
                int start = i;
                while (i < q.length() && "=!~<>".indexOf(q.charAt(i)) >= 0) {
                    i++;
                }
                out.add(q.substring(start, i));
            } else {
                int start = i;
                while (i < q.length() && !Character.isWhitespace(q.charAt(i)) && "(),=!~<>\"".indexOf(q.charAt(i)) < 0) {
                    i++;
                }
                out.add(q.substring(start, i));
            }
        }
        return out;
    }
}
