package org.publd.store;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.publd.PubldException;

/**
 * Cuts the mapper's quad stream into whole records and hands each to a {@link RecordTarget}.
 *
 * <p>A record's quads arrive consecutively in its own graph, each quad once, so a record ends where
 * the graph changes, or where a quad repeats (the same PMID twice in a row: the second record
 * replaces the first). The last record is only known to be whole at {@link #endRecord()}.
 */
final class RecordAssembler extends StreamRDFBase {
    private final RecordTarget target;
    private Set<Quad> pending = new LinkedHashSet<>();
    private Node graph;
    private long records;

    RecordAssembler(RecordTarget target) {
        this.target = target;
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph()) {
            throw new PubldException("cannot store a quad outside a record graph: " + quad);
        }
        if (graph != null && (!graph.equals(quad.getGraph()) || pending.contains(quad))) {
            endRecord();
        }
        graph = quad.getGraph();
        pending.add(quad);
    }

    @Override
    public void triple(Triple triple) {
        throw new PubldException("cannot store a triple outside a record graph: " + triple);
    }

    /** Hands on the record being received, which the caller knows to be whole. */
    void endRecord() {
        if (graph != null) {
            target.replace(graph, pending);
            records++;
            pending = new LinkedHashSet<>(); // the target may keep the set: it is handed over, not copied
            graph = null;
        }
    }

    /** Drops a record graph, after the records received before. */
    void drop(Node g) {
        endRecord();
        target.drop(g);
    }

    /** How many records were handed on. */
    long records() {
        return records;
    }
}
