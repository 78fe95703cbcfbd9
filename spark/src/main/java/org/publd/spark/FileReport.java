package org.publd.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What became of one input file: what its manifest line says, what this run did with it, and the
 * messages of its bad records (the first few).
 */
public record FileReport(ManifestEntry entry, Outcome outcome, List<String> messages) implements Serializable {
    /** What this run did with a file. */
    public enum Outcome {
        /** Mapped, its outputs replaced. */
        MAPPED,
        /** Its outputs were there already for the same input, and left alone. */
        SKIPPED,
        /** It could not be mapped or written (the message says why); its previous outputs, if any, are left. */
        FAILED
    }
}
