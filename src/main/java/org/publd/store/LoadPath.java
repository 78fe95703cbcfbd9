package org.publd.store;

/** How {@link StoreLoader} writes: both paths give the same dataset and leave it consistent after a failure. */
public enum LoadPath {
    /** The bulk loader for a new database on a machine with cores to spare for it, else transactions. */
    AUTO,
    /** The bulk loader whenever the database is new (absent or empty directory), else transactions. */
    BULK,
    /** Write transactions of whole records, always. */
    TRANSACTIONAL;

    // TDB2's parallel loader runs a thread per index; on 2 cores it measured slower than transactions.
    static final int BULK_MIN_CORES = 4;

    /** Whether a load into a new database takes the bulk path. */
    boolean bulkWhenNew() {
        return this == BULK || (this == AUTO && Runtime.getRuntime().availableProcessors() >= BULK_MIN_CORES);
    }
}
