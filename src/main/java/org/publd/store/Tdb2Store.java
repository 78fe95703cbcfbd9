package org.publd.store;

import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.publd.PubldException;

/**
 * A PubLD database: a TDB2 dataset whose default graph is the union of the record graphs.
 * Closing it releases the database (and its lock file) so that another process can open it.
 *
 * <pre>
 * try (Tdb2Store store = Tdb2Store.open(Path.of("DB"))) { ... store.dataset() ... }
 * </pre>
 */
public final class Tdb2Store implements AutoCloseable {
    private final Path dir;
    private final DatasetGraph dsg;

    private Tdb2Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Opens the database in {@code dir}, creating it when the directory is absent or empty. */
    public static Tdb2Store open(Path dir) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        } catch (RuntimeException e) {
            throw new PubldException(dir + ": cannot open the database: " + e.getMessage(), e);
        }
        unionDefaultGraph(dsg);
        return new Tdb2Store(dir, dsg);
    }

    /** Makes SPARQL's default graph the union of the named graphs, for queries on {@code dsg}. */
    static void unionDefaultGraph(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** The dataset; every access must be inside a transaction ({@code Txn.executeRead}...). */
    public DatasetGraph dataset() {
        return dsg;
    }

    /** The database directory. */
    public Path dir() {
        return dir;
    }

    /** Whether the database holds no quads at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, dsg::isEmpty);
    }

    @Override
    public void close() {
        // expel, not just close: TDB2 caches connections per location and keeps the lock otherwise.
        TDBInternal.expel(dsg);
    }
}
