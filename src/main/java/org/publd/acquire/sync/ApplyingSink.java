package org.publd.acquire.sync;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.RecordSink;

/**
 * Passes one file's records to the loader and counts them against the database as it was before the
 * file: a record it did not hold is added, one it held replaced, a deletion of one it held a
 * deletion. With {@code onlyKnown}, records it did not hold are left out.
 */
final class ApplyingSink implements RecordSink {
    private final RecordSink loader;
    private final DatasetGraph before;
    private final boolean onlyKnown;
    long added;
    long replaced;
    long deleted;
    long skipped;
    private final Set<Node> addedHere = new HashSet<>();

    /** @param before the database, read in read transactions: they see what was committed before this file */
    ApplyingSink(RecordSink loader, DatasetGraph before, boolean onlyKnown) {
        this.loader = loader;
        this.before = before;
        this.onlyKnown = onlyKnown;
    }

    @Override
    public void accept(MappedRecord record) {
        if (held(record)) {
            replaced++;
        } else if (onlyKnown) {
            skipped++;
            return;
        } else {
            added++;
        }
        loader.accept(record);
    }

    // Always passed on: a record this file added earlier goes too.
    @Override
    public void delete(DeletedRecord record) {
        if (held(record.graph())) {
            deleted++;
        } else if (addedHere.remove(record.graph())) {
            added--;
        }
        loader.delete(record);
    }

    private boolean held(MappedRecord record) {
        boolean held = held(record.graph());
        if (!held && !onlyKnown) {
            addedHere.add(record.graph());
        }
        return held;
    }

    private boolean held(Node graph) {
        return Txn.calculateRead(before, () -> before.containsGraph(graph));
    }
}
