package io.github.camelbitbucket.trigger;

import io.github.camelbitbucket.client.BitbucketRequest;

/** The requests a trigger's strategy sends, built by the consumer from the endpoint's options (paths, paging, filters). */
public interface TriggerRequests {

    /** The trigger's collection with the endpoint's options (pagelen, q, state, fields), before any keyset filter. */
    BitbucketRequest collection();

    /** The commits of one branch, newest first. */
    BitbucketRequest commits(String branch);

    /** The repository itself (to find its main branch). */
    BitbucketRequest repository();
}
