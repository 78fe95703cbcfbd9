package org.publd.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.DatabaseConnection;
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
    /**
     * Entries in each of TDB2's node caches (TDB2's defaults: 750,000 id-to-node, 200,000 node-to-id).
     * Pages and lookups read random records, whose nodes are mostly read once: large caches only
     * churn, and on 100,000 records the garbage collector spent 35-60 ms a pause copying what
     * churned. With 20,000 the pauses took 8 ms, and cold p99 went from 83-88 to 46-55 ms for
     * pages, from 243 to 53 ms for SPARQL lookups, at the same or better throughput (bench/README.md).
     * A memory setting of this process only: nothing is written to the database.
     */
    static final int NODE_CACHE_ENTRIES = 20_000;

    private PublishedDataset() {
    }

    /** The database in {@code dir}, which must exist (an empty directory would silently give an empty site). */
    public static DatasetGraph open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PubldException(dir + ": no such database directory");
        }
        try {
            StoreParams params = StoreParams.builder("publd serve", StoreParams.getDftStoreParams())
                    .nodeId2NodeCacheSize(NODE_CACHE_ENTRIES).node2NodeIdCacheSize(NODE_CACHE_ENTRIES).build();
            return unionDefault(DatabaseConnection.connectCreate(Location.create(dir), params).getDatasetGraph());
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
