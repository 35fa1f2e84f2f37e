package io.github.camelbitbucket.trigger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.PageIterator;
import io.github.camelbitbucket.model.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New commits on a branch: walk the branch's commits (newest first) back to the last delivered hash and deliver the
 * ones in between, oldest first. The walk is bounded (a lost hash after a force push, or startFrom=beginning on a
 * long history).
 */
final class CommitStrategy implements PollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(CommitStrategy.class);
    /** How many pages to walk back looking for the last delivered hash before giving up on it. */
    private static final int MAX_COMMIT_PAGES = 20;

    private final BitbucketClient client;
    private final TriggerRequests requests;
    private final String branch;

    CommitStrategy(BitbucketClient client, TriggerRequests requests, String configuredBranch) {
        this.client = client;
        this.requests = requests;
        this.branch = configuredBranch == null || configuredBranch.isBlank() ? mainBranch() : configuredBranch;
    }

    private String mainBranch() {
        try {
            Repository repo = client.getMapper().readValue(client.execute(requests.repository()).body(),
                    Repository.class);
            if (repo.getMainbranch() == null || repo.getMainbranch().getName() == null) {
                throw new IllegalArgumentException(
                        "commitPushed: the repository has no main branch; set the branch option");
            }
            return repo.getMainbranch().getName();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("commitPushed: the repository answer could not be read", e);
        }
    }

    @Override
    public String branch() {
        return branch;
    }

    @Override
    public Watermark start(String startFrom) {
        String s = startFrom == null ? "now" : startFrom.trim();
        if ("beginning".equalsIgnoreCase(s)) {
            return Watermark.beginning();
        }
        if ("now".equalsIgnoreCase(s)) {
            return null; // the head is taken on the first poll
        }
        throw new IllegalArgumentException("commitPushed supports startFrom=now or beginning, not '" + s + "'");
    }

    @Override
    public Batch next(Watermark mark, int limit) {
        PageIterator<JsonNode> commits = client.pages(requests.commits(branch), JsonNode.class, 0);
        Deque<JsonNode> fresh = new ArrayDeque<>();
        boolean found = false;
        while (commits.hasNext()) {
            JsonNode c = commits.next();
            String hash = c.path("hash").asText();
            if (mark == null) {
                // first start with startFrom=now: the head becomes the watermark, nothing is delivered
                return new Batch(List.of(), false, Watermark.ofHash(hash));
            }
            if (hash.equals(mark.hash())) {
                found = true;
                break;
            }
            fresh.push(c); // newest first from Bitbucket: push so the oldest ends on top
            if (commits.getPagesFetched() > MAX_COMMIT_PAGES) {
                break;
            }
        }
        if (!found && !fresh.isEmpty() && commits.getPagesFetched() > MAX_COMMIT_PAGES) {
            LOG.warn("commitPushed: {} not found within {} pages of {}; delivering the {} newest commits",
                    mark.hash() == null ? "no start commit" : "the last delivered commit " + mark.hash(),
                    MAX_COMMIT_PAGES, branch, fresh.size());
        }
        List<Event> batch = new ArrayList<>();
        while (!fresh.isEmpty() && batch.size() < limit) {
            JsonNode c = fresh.pop();
            batch.add(new Event(c, TimestampKeysetStrategy.timestamp(c, "date"), c.path("hash").asText(), branch));
        }
        return new Batch(batch, false, null);
    }

    @Override
    public Watermark after(Watermark mark, Event event) {
        return Watermark.ofHash(event.id());
    }
}
