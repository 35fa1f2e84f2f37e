package io.github.camelbitbucket.trigger;

import io.github.camelbitbucket.client.BitbucketClient;

/** Chooses a trigger's polling algorithm once, from the item field its watermark follows. */
public final class PollStrategies {

    private PollStrategies() {
    }

    /**
     * @param watermarkField {@code hash} for commits (walk back to the last delivered hash), else the timestamp the
     *                       keyset follows ({@code created_on}, {@code updated_on})
     * @param branch         the configured branch of a commit trigger (null or blank: the repository's main branch)
     */
    public static PollStrategy of(String watermarkField, BitbucketClient client, TriggerRequests requests,
                                  String branch) {
        return "hash".equals(watermarkField)
                ? new CommitStrategy(client, requests, branch)
                : new TimestampKeysetStrategy(client, requests, watermarkField);
    }
}
