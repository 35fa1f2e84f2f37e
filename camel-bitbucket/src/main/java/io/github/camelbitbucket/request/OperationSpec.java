package io.github.camelbitbucket.request;

import java.util.List;
import java.util.Set;

import io.github.camelbitbucket.client.PathTemplate;

/**
 * What building a request needs of one row of the operation table: its name, method, parsed path template and the
 * targets it names, its item model, the collection it lists (null for a single item), its body and the body fields it
 * cannot do without.
 */
public record OperationSpec(String name, String method, PathTemplate.Compiled path, List<Target> pathTargets,
                            Class<?> itemType, Collection collection, Body body, Set<BodyField> requiredFields) {

    /** Its name, as messages name it. */
    @Override
    public String toString() {
        return name;
    }

    /** Whether the answer is a paged collection. */
    public boolean paged() {
        return collection != null;
    }

    /** The largest pagelen its collection accepts ({@link Collection#MAX_PAGE_SIZE} for a single item). */
    public int maxPageSize() {
        return collection == null ? Collection.MAX_PAGE_SIZE : collection.maxPageSize();
    }
}
