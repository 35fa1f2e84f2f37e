package io.github.camelbitbucket.standin;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bitbucket's side of OAuth scopes, as the stand-in enforces them: a granted scope implies others (issue:write implies
 * issue, project implies repository, project:admin implies nothing). Written from Bitbucket's documentation, not
 * shared with the component, so the fake checks the client instead of agreeing with it.
 */
final class StandInScopes {

    private static final Map<String, Set<String>> IMPLIES = Map.of(
            "account:write", Set.of("account"),
            "issue:write", Set.of("issue"),
            "project", Set.of("repository"),
            "repository:write", Set.of("repository"),
            "pullrequest", Set.of("repository"),
            "pullrequest:write", Set.of("pullrequest", "repository:write"),
            "snippet:write", Set.of("snippet"),
            "pipeline:write", Set.of("pipeline"),
            "runner:write", Set.of("runner"));

    private StandInScopes() {
    }

    static Set<String> parse(String scopes) {
        return new LinkedHashSet<>(Arrays.asList(scopes.trim().split("[\\s,]+")));
    }

    /** The required scopes the granted ones (with what they imply) do not cover. */
    static Set<String> missing(Collection<String> granted, Collection<String> required) {
        Set<String> covered = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(granted);
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (covered.add(s)) {
                todo.addAll(IMPLIES.getOrDefault(s, Set.of()));
            }
        }
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(covered);
        return missing;
    }
}
