package io.github.camelbitbucket.trigger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.client.PageIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New commits on one branch, as git computes them: {@code include=<branch>&exclude=<last delivered head>} ("git log
 * head ^last"), so commits merged in from other branches, whatever their dates, are delivered once, and after a force
 * push exactly the commits reachable from the new head and not from the old one. Branches travel as query parameters,
 * so {@code release/2.x} works (live Bitbucket answers 404 for a slash in the path). Oldest first in history (the
 * reverse of Bitbucket's topological listing), not by date: the watermark is a position in the graph, so every commit
 * delivered before a failure is an ancestor of the last one delivered.
 */
final class CommitStrategy implements PollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(CommitStrategy.class);
    /** The most pages one poll reads (a first start from the beginning of a long history, a rewritten history). */
    static final int MAX_COMMIT_PAGES = 20;

    private final BitbucketClient client;
    private final TriggerRequests requests;
    private final String branch;
    private final ItemGate gate;

    CommitStrategy(BitbucketClient client, TriggerRequests requests, String branch) {
        this.client = client;
        this.requests = requests;
        this.branch = branch;
        this.gate = new ItemGate("commits of " + branch);
    }

    @Override
    public String branch() {
        return branch;
    }

    @Override
    public Watermark start(String startFrom) {
        StartFrom start = StartFrom.parse(startFrom);
        if (start.kind() == StartFrom.Kind.AT) {
            throw new IllegalArgumentException("commitPushed supports startFrom=now or beginning, not a timestamp ('"
                                               + startFrom.trim() + "'): commits are delivered by their place in the"
                                               + " history, not by date");
        }
        // now: the head is taken on the first poll
        return start.kind() == StartFrom.Kind.BEGINNING ? Watermark.beginning() : null;
    }

    @Override
    public Batch next(Watermark mark, int limit) {
        String last = mark == null ? null : mark.hash();
        List<Event> fresh;
        try {
            fresh = newestFirst(last);
        } catch (BitbucketException e) {
            if (last == null || e.getReason() != BitbucketException.Reason.NOT_FOUND) {
                throw e;
            }
            fresh = afterRewrite(mark);
        }
        if (mark == null) {
            // first start with startFrom=now: the head becomes the watermark, nothing is delivered
            return fresh.isEmpty() ? new Batch(List.of(), false, null)
                    : new Batch(List.of(), false, after(null, fresh.get(0)));
        }
        Collections.reverse(fresh);
        return new Batch(fresh.size() > limit ? new ArrayList<>(fresh.subList(0, limit)) : fresh, false, null);
    }

    /**
     * The last delivered commit is gone: the branch was force-pushed and the old commits collected. The newest earlier
     * delivered commit that still exists takes its place as the exclude, and what was delivered already is left out;
     * when none exists any more, the commits dated after the last delivered one.
     */
    private List<Event> afterRewrite(Watermark mark) {
        List<String> earlier = new ArrayList<>(mark.earlierHashes());
        Collections.reverse(earlier);
        java.util.Set<String> delivered = new java.util.HashSet<>(earlier);
        delivered.add(mark.hash());
        for (String candidate : earlier) {
            try {
                List<Event> fresh = newestFirst(candidate);
                fresh.removeIf(c -> delivered.contains(c.id()));
                LOG.warn("commitPushed: the history of {} was rewritten (the last delivered commit {} no longer"
                         + " exists); delivering what is new since {}", branch, mark.hash(), candidate);
                return fresh;
            } catch (BitbucketException gone) {
                if (gone.getReason() != BitbucketException.Reason.NOT_FOUND) {
                    throw gone;
                }
            }
        }
        LOG.warn("commitPushed: the history of {} was rewritten and no delivered commit remains; delivering the commits"
                 + " dated after {}", branch, mark.timestamp());
        List<Event> fresh = newestFirst(null);
        fresh.removeIf(c -> delivered.contains(c.id()) || mark.timestamp() != null
                                                         && !c.time().isAfter(mark.timestamp()));
        return fresh;
    }

    /**
     * What include=branch&exclude=last answers, newest first, each commit once (pages may repeat an item), commits
     * without a hash or a date left out (see {@link ItemGate}).
     */
    private List<Event> newestFirst(String last) {
        BitbucketRequest base = requests.commits(branch);
        Map<String, Object> query = new LinkedHashMap<>(base.query());
        if (last != null) {
            query.put("exclude", List.of(last));
        }
        PageIterator<JsonNode> pages = client.pages(new BitbucketRequest(base.operation(), base.method(), base.path(),
                query, null), JsonNode.class, 0);
        Map<String, Event> commits = new LinkedHashMap<>();
        while (pages.hasNext()) {
            Event c = gate.admitCommit(pages.next(), branch);
            if (c != null) {
                commits.putIfAbsent(c.id(), c);
            }
            if (pages.getPagesFetched() >= MAX_COMMIT_PAGES && pages.hasMorePages()) {
                LOG.warn("commitPushed: more than {} pages of new commits on {}; delivering the {} newest", MAX_COMMIT_PAGES,
                        branch, commits.size());
                break;
            }
        }
        return new ArrayList<>(commits.values());
    }

    @Override
    public Watermark after(Watermark mark, Event event) {
        return (mark == null ? Watermark.beginning() : mark).afterCommit(event.id(), event.time());
    }
}
