package io.github.camelbitbucket.client;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Walks a paged Bitbucket collection one page at a time, following the opaque {@code next} link until it is absent
 * (the only paging rule Bitbucket guarantees). Holds one page in memory, so a {@code split().streaming()} over it runs
 * in constant memory however long the collection is.
 */
public final class PageIterator<T> implements Iterator<T> {

    private final BitbucketClient client;
    private final BitbucketRequest first;
    private final Class<T> itemType;
    private final int maxResults;

    private Iterator<JsonNode> page;
    private String next;
    private boolean started;
    private int returned;
    private int pagesFetched;
    private BitbucketResponse lastResponse;

    PageIterator(BitbucketClient client, BitbucketRequest first, Class<T> itemType, int maxResults) {
        this.client = client;
        this.first = first;
        this.itemType = itemType;
        this.maxResults = maxResults;
    }

    @Override
    public boolean hasNext() {
        if (maxResults > 0 && returned >= maxResults) {
            return false;
        }
        while (page == null || !page.hasNext()) {
            if (started && next == null) {
                return false;
            }
            fetch();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        returned++;
        JsonNode node = page.next();
        try {
            return client.getMapper().treeToValue(node, itemType);
        } catch (IOException e) {
            throw new BitbucketException("Cannot read an item of " + first.operation() + " as "
                                         + itemType.getSimpleName() + ": " + e.getMessage(),
                    BitbucketException.Reason.INVALID_RESPONSE, e);
        }
    }

    private void fetch() {
        BitbucketResponse response = started ? client.executeNext(first, next) : client.execute(first);
        started = true;
        pagesFetched++;
        lastResponse = response;
        JsonNode root;
        try {
            root = client.getMapper().readTree(response.body());
        } catch (IOException e) {
            throw new BitbucketException("The answer to " + first.operation() + " is not JSON ("
                                         + response.body().length + " bytes)",
                    BitbucketException.Reason.INVALID_RESPONSE, e);
        }
        JsonNode values = root == null ? null : root.get("values");
        if (values == null || !values.isArray()) {
            throw new BitbucketException("The answer to " + first.operation() + " is not a paged collection"
                                         + " (no 'values' array)",
                    BitbucketException.Reason.INVALID_RESPONSE, null);
        }
        page = values.elements();
        JsonNode nextNode = root.get("next");
        next = nextNode == null || nextNode.isNull() || nextNode.asText().isEmpty() ? null : nextNode.asText();
    }

    /** Whether the last page fetched had a {@code next} link. */
    public boolean hasMorePages() {
        return next != null;
    }

    /** Pages fetched so far. */
    public int getPagesFetched() {
        return pagesFetched;
    }

    /** The answer of the last page fetched (status and headers), null before the first. */
    public BitbucketResponse getLastResponse() {
        return lastResponse;
    }
}
