package org.publd.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.publd.mapping.MappedRecord;

/** Where whole records go: each call is one record graph replaced or dropped, in input order. */
interface RecordTarget {
    /** The record's graph becomes exactly the record's quads. */
    void replace(MappedRecord record);

    /** The graph {@code graph} is removed, if present. */
    void drop(Node graph);

    /** Adds {@code quads} to a graph that holds no record (a log of what was loaded): nothing is replaced. */
    void add(List<Quad> quads);

    /** Makes everything received so far durable. */
    void commit();

    /** Gives up what was not committed; the database stays as it was at the last commit. */
    void abort();
}
