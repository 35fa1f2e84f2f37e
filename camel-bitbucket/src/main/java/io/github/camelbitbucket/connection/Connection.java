package io.github.camelbitbucket.connection;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One installed account: a customer of the application who installed it and granted their own authorization. Named by
 * the id the application chooses (its customer id). Holds no token and no key: what a route may see of a connection.
 *
 * @param id            the application's name for it (its customer id)
 * @param accountUuid   the Bitbucket account that granted it
 * @param displayName   that account's name
 * @param workspaces    the workspaces it can reach
 * @param scopes        the scopes it granted
 * @param status        active, or revoked (its grant was withdrawn; installing again revives it)
 * @param lastRefreshAt when its tokens were last refreshed, or null
 * @param lastError     why it was revoked or last failed, or null
 */
public record Connection(String id, String accountUuid, String displayName, List<String> workspaces, Set<String> scopes,
                         Status status, Instant installedAt, Instant updatedAt, Instant lastRefreshAt,
                         String lastError) {

    /** Whether a connection's calls may run. */
    public enum Status {
        ACTIVE,
        REVOKED
    }

    public Connection {
        workspaces = workspaces == null ? List.of() : List.copyOf(workspaces);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    /** A connection's id must name one customer in a URL, a file name and a table key alike. */
    public static String checkId(String id) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("A connection id is 1 to 100 letters, digits, '.', '_' or '-', starting"
                                               + " with a letter or digit; was " + (id == null ? "null"
                                                       : "'" + id.replaceAll("[^\\x20-\\x7e]", "?") + "'"));
        }
        return id;
    }
}
