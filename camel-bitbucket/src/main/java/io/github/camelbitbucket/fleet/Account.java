package io.github.camelbitbucket.fleet;

import java.time.Instant;
import java.util.List;

import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.connection.RequestBudget;

/**
 * One account a fleet trigger polls as: an installed connection, or the endpoint's own credential (a trigger with
 * repoSlug=* and no connection).
 */
public interface Account {

    /** The connection's id, or null for the endpoint's own credential. */
    String connection();

    /** The workspaces it reaches (each connection's own, or the workspace option). */
    List<String> workspaces();

    /** The client its polls send with (a 429 fails at once). */
    BitbucketClient client();

    /** Its hourly request budget on this node, with what its clients sent until now counted. */
    RequestBudget budget(Instant now);

    /** What a failure of its calls means (a refused refresh revokes a connection); answers the failure to report. */
    default RuntimeException failed(RuntimeException failure) {
        return failure;
    }
}
