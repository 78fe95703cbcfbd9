package org.publd.store;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/** Where whole records go: each call is one record graph replaced or dropped, in input order. */
interface RecordTarget {
    /** The graph {@code graph} becomes exactly {@code quads} (all in that graph). */
    void replace(Node graph, Set<Quad> quads);

    /** The graph {@code graph} is removed, if present. */
    void drop(Node graph);

    /** Makes everything received so far durable. */
    void commit();

    /** Gives up what was not committed; the database stays as it was at the last commit. */
    void abort();
}
