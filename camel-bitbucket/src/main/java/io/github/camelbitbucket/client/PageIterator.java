package io.github.camelbitbucket.client;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Walks a paged Bitbucket collection one page at a time, following the opaque {@code next} link until it is absent
 * (the only paging rule Bitbucket guarantees). Holds one page of typed items in memory (bound straight from the
 * connection, unknown fields skipped, no JSON tree), so a {@code split().streaming()} over it runs in constant memory
 * however long the collection is.
 */
public final class PageIterator<T> implements Iterator<T> {

    private final BitbucketClient client;
    private final BitbucketRequest first;
    private final Class<T> itemType;
    private final int maxResults;

    private Iterator<T> page;
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
        return page.next();
    }

    /** One page, bound in one pass from the connection: typed items and the next link, nothing else kept. */
    private void fetch() {
        BitbucketResponse response = client.page(first, started ? next : null, itemType);
        @SuppressWarnings("unchecked")
        BodyReaders.Page<T> fetched = (BodyReaders.Page<T>) response.value();
        if (fetched == null) {
            throw new BitbucketException("The answer to " + first.operation() + " is not a paged collection"
                                         + " (empty body)", BitbucketException.Reason.INVALID_RESPONSE, null);
        }
        started = true;
        pagesFetched++;
        lastResponse = response;
        page = fetched.items().iterator();
        next = fetched.next();
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
