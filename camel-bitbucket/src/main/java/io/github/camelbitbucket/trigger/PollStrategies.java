package io.github.camelbitbucket.trigger;

import java.util.ArrayList;
import java.util.List;

import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.model.Repository;

/** Chooses a trigger's polling algorithm once, from the item field its watermark follows. */
public final class PollStrategies {

    private PollStrategies() {
    }

    /**
     * The trigger's strategies, one per lane of events with its own watermark: one for a collection; one per branch
     * for commits.
     *
     * @param watermarkField {@code hash} for commits (git log from the last delivered head), {@code name} for refs
     *                       (the names seen), {@code completed_on} for pipelines and {@code comment.created_on} for
     *                       comments (both read newest first), else the timestamp the keyset follows
     *                       ({@code created_on}, {@code updated_on})
     * @param filterTrusted  whether Bitbucket documents {@code q} and {@code sort} on the collection; where it does not
     *                       (projects), each poll walks every page and checks every item itself
     * @param lookback       the overlap window: how late an item may become visible and still be delivered
     * @param branches       the configured branch option of a commit trigger: one branch or several, comma separated;
     *                       null or blank for the repository's main branch
     */
    public static List<PollStrategy> of(String watermarkField, boolean filterTrusted, BitbucketClient client,
                                        TriggerRequests requests, String branches, java.time.Duration lookback) {
        switch (watermarkField) {
            case "name" -> {
                return List.of(new RefStrategy(client, requests));
            }
            case "completed_on" -> {
                return List.of(new NewestFirstStrategy(client, requests, NewestFirstStrategy.Reading.PIPELINES, lookback));
            }
            case "comment.created_on" -> {
                return List.of(new NewestFirstStrategy(client, requests, NewestFirstStrategy.Reading.COMMENTS, lookback));
            }
            default -> {
                // a timestamp of the item, or a commit's hash: below
            }
        }
        if (!"hash".equals(watermarkField)) {
            return List.of(filterTrusted ? new TimestampKeysetStrategy(client, requests, watermarkField, lookback)
                    : new SnapshotStrategy(client, requests, watermarkField, lookback));
        }
        List<PollStrategy> lanes = new ArrayList<>();
        if (branches == null || branches.isBlank()) {
            lanes.add(new CommitStrategy(client, requests, mainBranch(client, requests)));
        } else {
            for (String branch : branches.split(",")) {
                if (!branch.isBlank()) {
                    lanes.add(new CommitStrategy(client, requests, branch.trim()));
                }
            }
        }
        return lanes;
    }

    private static String mainBranch(BitbucketClient client, TriggerRequests requests) {
        Repository repo = (Repository) client.execute(requests.repository(), Repository.class).value();
        if (repo == null || repo.getMainbranch() == null || repo.getMainbranch().getName() == null) {
            throw new IllegalArgumentException("commitPushed: the repository has no main branch; set the branch option");
        }
        return repo.getMainbranch().getName();
    }
}
