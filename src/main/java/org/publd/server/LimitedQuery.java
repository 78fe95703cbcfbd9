package org.publd.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's query service with a cap on the rows an anonymous query gets: a query without {@code LIMIT},
 * or with a larger one, is given {@code LIMIT max}. A logged-in user's queries run as written.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    LimitedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (action.getUser() == null && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
        }
    }
}
