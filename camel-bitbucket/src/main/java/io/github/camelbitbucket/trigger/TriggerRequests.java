package io.github.camelbitbucket.trigger;

import io.github.camelbitbucket.client.BitbucketRequest;

/** The requests a trigger's strategy sends, built by the consumer from the endpoint's options (paths, paging, filters). */
public interface TriggerRequests {

    /** The trigger's collection with the endpoint's options (pagelen, q, state, fields), before any keyset filter. */
    BitbucketRequest collection();

    /**
     * The collection without {@code q} and {@code sort} (where Bitbucket has none, or they cannot be trusted), sorted
     * by {@code sort} when it is not null: what a strategy that checks each item itself reads.
     */
    default BitbucketRequest unfiltered(String sort) {
        BitbucketRequest base = collection();
        java.util.Map<String, Object> query = new java.util.LinkedHashMap<>(base.query());
        query.remove("q");
        query.remove("sort");
        if (sort != null) {
            query.put("sort", sort);
        }
        return new BitbucketRequest(base.operation(), base.method(), base.path(), query, null);
    }

    /** The commits of one branch, newest first. */
    BitbucketRequest commits(String branch);

    /** The repository itself (to find its main branch). */
    BitbucketRequest repository();
}
