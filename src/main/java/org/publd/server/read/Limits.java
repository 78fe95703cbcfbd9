package org.publd.server.read;

import org.apache.jena.query.Query;

/** The row cap of the server's own queries, the same for every store. */
final class Limits {
    private Limits() {
    }

    /** {@code query} with at most {@code maxRows} rows if it is a SELECT; the caller's query is left as it is. */
    static Query apply(Query query, long maxRows) {
        if (!query.isSelectType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
            return query;
        }
        Query limited = query.cloneQuery();
        limited.setLimit(maxRows);
        return limited;
    }
}
