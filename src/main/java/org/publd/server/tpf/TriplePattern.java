package org.publd.server.tpf;

import org.apache.jena.graph.Node;

/**
 * What a fragment selects: subject, predicate and object ({@link Node#ANY} for any), in one named graph
 * or, when {@code graph} is {@link Node#ANY}, in the dataset's default graph (the union of its graphs).
 */
record TriplePattern(Node subject, Node predicate, Node object, Node graph) {
    /** Whether nothing is fixed: the whole default graph, whose size the statistics know. */
    boolean isAll() {
        return subject == Node.ANY && predicate == Node.ANY && object == Node.ANY && graph == Node.ANY;
    }

    boolean inNamedGraph() {
        return graph != Node.ANY;
    }
}
