package io.github.camelbitbucket.standin;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
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

    /**
     * What an Atlassian API token needs instead of a classic scope, per Bitbucket's description
     * ({@code x-atlassian-oauth2-scopes}); the key "" stands for "no classic scope" (get a workspace).
     */
    private static final Map<String, List<String>> API_TOKEN_EQUIVALENT = Map.of(
            "", List.of("read:workspace:bitbucket"),
            "account", List.of("read:workspace:bitbucket"),
            "project", List.of("read:project:bitbucket"),
            "project:admin", List.of("admin:project:bitbucket"),
            "repository", List.of("read:repository:bitbucket"),
            "pullrequest", List.of("read:pullrequest:bitbucket"),
            "issue", List.of("read:issue:bitbucket"),
            "issue:write", List.of("read:issue:bitbucket", "write:issue:bitbucket"));

    private StandInScopes() {
    }

    static Set<String> parse(String scopes) {
        return new LinkedHashSet<>(Arrays.asList(scopes.trim().split("[\\s,]+")));
    }

    static List<String> apiTokenScopesFor(String classicRequired) {
        return API_TOKEN_EQUIVALENT.getOrDefault(classicRequired == null ? "" : classicRequired, List.of());
    }

    /** API token scopes imply nothing: write does not imply read. */
    static Set<String> missingExactly(Collection<String> granted, Collection<String> required) {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(granted);
        return missing;
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
