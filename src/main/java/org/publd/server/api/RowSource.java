package org.publd.server.api;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Where the API's queries run: the one place that knows the store. Every row the API sends comes from a
 * SELECT query given here, so that a remote SPARQL store answers the same queries as the local dataset.
 */
public interface RowSource {
    /**
     * All rows of {@code query}, a SELECT; throws {@link org.apache.jena.query.QueryCancelledException}
     * when it passes the timeout.
     */
    List<Binding> select(Query query);
}
