package org.publd.server.data;

import java.time.Duration;
import java.time.Instant;
import org.publd.server.read.ReadStore;
import org.publd.server.read.Statistics;

/**
 * The {@link Statistics} of the store, kept for a while: the counts feed the VoID description and the
 * landing page, which must not read the whole dataset per request. Records, triples, citations and
 * links are {@link org.publd.mapping.DatasetFigures}, counted as {@code publd stats} counts them.
 */
public final class DatasetStatistics {
    private final ReadStore store;
    private final String base;
    private final Duration maxAge;
    private Statistics cached;
    private Instant computedAt;

    /**
     * @param base   the base IRI: entities are the IRIs under it
     * @param maxAge how long counts are reused before the next request recounts
     */
    public DatasetStatistics(ReadStore store, String base, Duration maxAge) {
        this.store = store;
        this.base = base;
        this.maxAge = maxAge;
    }

    /** The counts, recomputed when older than the maximum age. */
    public synchronized Statistics current() {
        if (cached == null || Instant.now().isAfter(computedAt.plus(maxAge))) {
            cached = store.statistics(base);
            computedAt = Instant.now();
        }
        return cached;
    }

    /**
     * The triples of the last count, however old, or 0 before the first: for estimates that must not
     * wait for a count (Triple Pattern Fragments).
     */
    public synchronized long lastTriples() {
        return cached == null ? 0 : cached.figures().triples();
    }
}
