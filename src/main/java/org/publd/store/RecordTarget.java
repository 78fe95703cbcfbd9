package org.publd.store;

import org.apache.jena.graph.Node;
import org.publd.mapping.MappedRecord;

/** Where whole records go: each call is one record graph replaced or dropped, in input order. */
interface RecordTarget {
    /** The record's graph becomes exactly the record's quads. */
    void replace(MappedRecord record);

    /** The graph {@code graph} is removed, if present. */
    void drop(Node graph);

    /** Makes everything received so far durable. */
    void commit();

    /** Gives up what was not committed; the database stays as it was at the last commit. */
    void abort();
}
