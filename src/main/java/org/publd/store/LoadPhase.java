package org.publd.store;

/**
 * A step of a load after its records have all been given, which can take as long as reading them:
 * reported as it starts, so that a person is told what the load is doing and the command can time it.
 */
public enum LoadPhase {
    /** TDB2's bulk loader finishing its indexes. */
    INDEXING("indexing"),
    /** The search index built from the bulk-loaded data. */
    SEARCH_INDEX("building the search index"),
    /** The changes a bulk loader cannot make (a record again, its deletion), in one transaction. */
    LATER_CHANGES("applying the later changes"),
    /** The {@link DatasetDump} written from the loaded data. */
    DUMP("writing the dump");

    private final String label;

    LoadPhase(String label) {
        this.label = label;
    }

    /** What the phase is doing, as a person reads it: {@code indexing}. */
    public String label() {
        return label;
    }

    /** Hears of each phase as it starts, on the thread that runs it. */
    @FunctionalInterface
    public interface Listener {
        /** A listener that hears nothing. */
        Listener NONE = phase -> { };

        void started(LoadPhase phase);
    }
}
