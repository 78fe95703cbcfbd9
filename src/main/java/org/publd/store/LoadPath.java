package org.publd.store;

import java.util.Locale;

/** How {@link StoreLoader} writes: both paths give the same dataset and leave it consistent after a failure. */
public enum LoadPath {
    /** The default: the bulk loader for a new database (absent or empty directory), else transactions. */
    AUTO,
    /** The same as {@link #AUTO}, for scripts that say what they expect. */
    BULK,
    /** Write transactions of whole records, always. */
    TRANSACTIONAL;

    /** The name on the command line ({@code --loader auto}). */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a load into a new database takes the bulk path. */
    boolean bulkWhenNew() {
        // Even on 2 cores TDB2's parallel loader measured faster than transactions (bench/README.md).
        return this != TRANSACTIONAL;
    }
}
