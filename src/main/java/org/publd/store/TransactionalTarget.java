package org.publd.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.vocab.PROV;

/**
 * Writes records into a TDB2 database in write transactions of many whole records each: a batch
 * commits at the first record boundary after {@code batchQuads} quads, so a crash loses at most the
 * open batch and never leaves part of a record.
 */
final class TransactionalTarget implements RecordTarget {
    /**
     * Large enough that commits (each an fsync, and a new copy of every B+tree block touched) cost
     * little: on 3,000 real records a load took 26 s in batches of 50,000 quads, 20 s in batches of
     * 1,000,000. TDB2 holds an open write transaction on disk, not in memory; a crash loses the batch
     * (a couple of thousand records), which the rerun loads again.
     */
    static final long DEFAULT_BATCH_QUADS = 1_000_000;

    private final DatasetGraph dsg;
    private final long batchQuads;
    private long inBatch;
    private boolean inTxn;

    TransactionalTarget(DatasetGraph dsg, long batchQuads) {
        this.dsg = dsg;
        this.batchQuads = batchQuads;
    }

    @Override
    public void replace(MappedRecord record) {
        begin();
        if (sameContent(record)) {
            return;
        }
        dsg.deleteAny(record.graph(), Node.ANY, Node.ANY, Node.ANY);
        record.quads().forEach(dsg::add);
        batched(record.size());
    }

    @Override
    public void drop(Node graph) {
        begin();
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        batched(1);
    }

    @Override
    public void add(List<Quad> quads) {
        begin();
        quads.forEach(dsg::add);
        batched(quads.size());
    }

    @Override
    public void commit() {
        if (inTxn) {
            dsg.commit();
            dsg.end();
            inTxn = false;
            inBatch = 0;
        }
    }

    @Override
    public void abort() {
        if (inTxn) {
            dsg.abort();
            dsg.end();
            inTxn = false;
            inBatch = 0;
        }
    }

    private void begin() {
        if (!inTxn) {
            dsg.begin(TxnType.WRITE);
            inTxn = true;
        }
    }

    private void batched(long n) {
        inBatch += n;
        if (inBatch >= batchQuads) {
            commit();
        }
    }

    // Equal ignoring the graph's prov:generatedAtTime: then the stored graph, with its first
    // generation time, stays, and reloading the same input leaves the very same dataset.
    private boolean sameContent(MappedRecord record) {
        Set<Quad> quads = null; // made only for a graph already stored
        long stored = 0;
        for (Iterator<Quad> it = dsg.find(record.graph(), Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (isGenerationTime(q)) {
                continue;
            }
            if (quads == null) {
                quads = new HashSet<>(record.quads());
            }
            if (!quads.contains(q)) {
                return false;
            }
            stored++;
        }
        long fresh = record.quads().stream().filter(q -> !isGenerationTime(q)).count();
        return stored > 0 && stored == fresh;
    }

    private static boolean isGenerationTime(Quad q) {
        return q.getSubject().equals(q.getGraph()) && q.getPredicate().equals(PROV.generatedAtTime);
    }
}
