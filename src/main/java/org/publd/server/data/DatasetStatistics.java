package org.publd.server.data;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.publd.server.read.DataVersion;
import org.publd.server.read.ReadStore;
import org.publd.server.read.Statistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Statistics} of the store, counted once per data version: the counts feed the VoID
 * description and the landing page, and a count reads the whole dataset (seconds on a few thousand
 * records), so it must not run per request. Records, triples, citations and links are
 * {@link org.publd.mapping.DatasetFigures}, counted as {@code publd stats} counts them.
 *
 * <p>The count runs on a thread of its own, so that requests arriving while it runs share it. It
 * is not started with the server: on a loaded machine a whole-dataset pass at start slowed the first
 * queries past their timeout. A store that has no data version (a remote endpoint) is counted again
 * once the figures are older than the maximum age.
 */
public final class DatasetStatistics {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetStatistics.class);

    private final Supplier<Statistics> count;
    private final DataVersion version;
    private final Duration maxAge;
    private final Executor background;
    private Statistics cached;
    private long countedVersion = DataVersion.UNKNOWN;
    private Instant countedAt;
    private boolean counting;
    private RuntimeException failure;

    /**
     * @param base   the base IRI: entities are the IRIs under it
     * @param maxAge for a store without a data version: how long counts are shown before they are counted again
     */
    public DatasetStatistics(ReadStore store, String base, Duration maxAge) {
        this(() -> store.statistics(base), store.version(), maxAge, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "publd-statistics");
            t.setDaemon(true);
            return t;
        }));
    }

    /** Counts with {@code count}, in {@code background}, whenever {@code version} moves on. */
    DatasetStatistics(Supplier<Statistics> count, DataVersion version, Duration maxAge, Executor background) {
        this.count = count;
        this.version = version;
        this.maxAge = maxAge;
        this.background = background;
    }

    /**
     * The figures of the data as it is: counted once per data version. Requests of a version already
     * counted never wait; the first request after a change waits for its count, as do the requests
     * that come while it runs, which it answers all at once.
     */
    public synchronized Statistics current() {
        if (stale()) {
            refresh();
        }
        boolean interrupted = false;
        while (counting) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            RuntimeException e = failure;
            failure = null;
            if (cached == null) {
                throw e;
            }
        }
        return cached;
    }

    private boolean stale() {
        if (cached == null) {
            return true;
        }
        long now = version.current();
        return now == DataVersion.UNKNOWN ? Instant.now().isAfter(countedAt.plus(maxAge)) : now != countedVersion;
    }

    private void refresh() {
        if (counting) {
            return;
        }
        counting = true;
        long from = version.current();
        background.execute(() -> {
            Statistics s = null;
            RuntimeException error = null;
            try {
                s = count.get();
            } catch (RuntimeException e) {
                LOG.warn("Cannot count the dataset's figures: {}", e.getMessage());
                error = e;
            }
            synchronized (this) {
                counting = false;
                if (s != null) {
                    cached = s;
                    countedVersion = from;
                    countedAt = Instant.now();
                    failure = null;
                } else {
                    failure = error;
                }
                notifyAll();
            }
        });
    }

    /**
     * The triples of the last count, however old, or 0 before the first: for estimates that must not
     * wait for a count (Triple Pattern Fragments).
     */
    public synchronized long lastTriples() {
        return cached == null ? 0 : cached.figures().triples();
    }
}
