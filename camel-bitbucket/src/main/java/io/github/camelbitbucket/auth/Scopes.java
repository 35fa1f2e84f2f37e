package io.github.camelbitbucket.auth;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Bitbucket OAuth scopes and their implication rules (e.g. {@code issue:write} implies {@code issue}). */
public final class Scopes {

    /** The scope every installation must grant (the connector's mandatory scope). */
    public static final String MANDATORY = "account";

    // Note: project:admin does NOT imply project (Bitbucket's rule), and repository:admin implies nothing.
    private static final Map<String, Set<String>> IMPLIES = Map.ofEntries(
            Map.entry("account:write", Set.of("account")),
            Map.entry("issue:write", Set.of("issue")),
            Map.entry("project", Set.of("repository")),
            Map.entry("repository:write", Set.of("repository")),
            Map.entry("pullrequest", Set.of("repository")),
            Map.entry("pullrequest:write", Set.of("pullrequest", "repository:write")),
            Map.entry("snippet:write", Set.of("snippet")),
            Map.entry("pipeline:write", Set.of("pipeline")),
            Map.entry("runner:write", Set.of("runner")));

    private Scopes() {
    }

    /** Parses a space- or comma-separated scope list. */
    public static Set<String> parse(String scopes) {
        Set<String> result = new LinkedHashSet<>();
        if (scopes != null) {
            Arrays.stream(scopes.split("[\\s,]+")).map(String::trim).filter(s -> !s.isEmpty()).forEach(result::add);
        }
        return result;
    }

    /** The granted scopes plus everything they imply. */
    public static Set<String> effective(Collection<String> granted) {
        Set<String> result = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(granted);
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (result.add(s)) {
                todo.addAll(IMPLIES.getOrDefault(s, Set.of()));
            }
        }
        return result;
    }

    /**
     * Checks granted scopes against what an operation needs; null when covered, else what to fix. Two naming schemes
     * exist: OAuth consumers and repository/project/workspace access tokens use the classic names ({@code repository},
     * {@code issue:write}) with their implications; Atlassian API tokens use {@code read:repository:bitbucket}-style
     * names, where write does not imply read. {@code account} is demanded only of an OAuth consumer: access tokens and
     * API tokens have no such scope.
     */
    public static String check(Set<String> granted, Collection<String> classicRequired,
                               Collection<String> apiTokenRequired, boolean oauthConsumer) {
        if (granted.stream().anyMatch(s -> s.endsWith(":bitbucket"))) {
            Set<String> missing = new TreeSet<>(apiTokenRequired);
            missing.removeAll(granted);
            return missing.isEmpty() ? null
                    : "needs the API token scope(s) " + missing + " (write does not imply read for API tokens)";
        }
        if (oauthConsumer && !granted.contains(MANDATORY) && !granted.contains(MANDATORY + ":write")) {
            return "cannot start: the scopes option must include '" + MANDATORY + "' (the scope every camel-bitbucket OAuth"
                   + " consumer requires)";
        }
        Set<String> missing = missing(granted, classicRequired);
        return missing.isEmpty() ? null
                : "needs the OAuth scope(s) " + missing + " which the scopes option does not grant. Add them to the"
                  + " OAuth consumer (or access token) and to the scopes option";
    }

    /** The required scopes that {@code granted} does not cover, sorted; empty when all are covered. */
    public static Set<String> missing(Collection<String> granted, Collection<String> required) {
        Set<String> effective = effective(granted);
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(effective);
        return missing;
    }
}
