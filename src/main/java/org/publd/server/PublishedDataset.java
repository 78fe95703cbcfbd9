package org.publd.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.publd.PubldException;

/**
 * Opens the TDB2 database the server publishes, with its default graph the union of the record graphs,
 * so that SPARQL queries without {@code GRAPH} see every record.
 *
 * <pre>
 * DatasetGraph dsg = PublishedDataset.open(Path.of("db"));   // or PublishedDataset.inMemory()
 * </pre>
 */
public final class PublishedDataset {
    private PublishedDataset() {
    }

    /** The database in {@code dir}, which must exist (an empty directory would silently give an empty site). */
    public static DatasetGraph open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PubldException(dir + ": no such database directory");
        }
        try {
            return unionDefault(DatabaseMgr.connectDatasetGraph(dir.toString()));
        } catch (RuntimeException e) {
            // Most often the lock of another process ("held by process N"): TDB2's message says which.
            throw new PubldException(dir + ": cannot open the database: " + e.getMessage(), e);
        }
    }

    /** A new, empty in-memory TDB2 database: the same engine, indexes and transactions as on disk. */
    public static DatasetGraph inMemory() {
        return unionDefault(DatabaseMgr.connectDatasetGraph(Location.mem()));
    }

    private static DatasetGraph unionDefault(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }
}
