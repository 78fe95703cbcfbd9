package org.publd.pipeline;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.publd.mapping.Provenance;
import org.publd.record.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rule for a PMID read more than once in a run (versions 1 and 2 of a versioned article in one
 * file, an update file repeating a record): the highest version wins, and the later record when the
 * versions are equal or one is not given; the other is reported and dropped.
 *
 * <p>A run streams, so records wait here in a window of the last {@value #WINDOW} before going on,
 * in input order with the deletions: a copy that comes within the window replaces or loses to the
 * waiting one before either is mapped, so {@code map} writes only the winner and {@code load} stores
 * only the winner. Memory stays bounded: the window, one bit per PMID that has left it, and the
 * versions above 1 of those (rare). A later copy that wins over one which has already left the
 * window replaces it where records replace graphs ({@code load}); {@code map} has then written both,
 * and the warning says so.
 */
final class DuplicatePmids {
    private static final Logger LOG = LoggerFactory.getLogger(DuplicatePmids.class);
    /**
     * Versions of one PMID stand next to each other in NLM's files, so a short window finds them; each
     * held record is a whole article (a reference-heavy one is hundreds of KB), and 1,000 of them took
     * map's heap from 84 to 281 MiB (bench/map-bench.sh, 20,000 records, -Xmx256m).
     */
    static final int WINDOW = 32;

    /** Where records and deletions go once they leave the window. */
    interface Downstream {
        void record(Article article, Provenance provenance);

        void delete(String pmid);
    }

    /** A record waiting in the window, unless a later copy has dropped it. */
    private static final class Held {
        final Article article;
        final Provenance provenance;
        final String input;
        final String deletedPmid;
        boolean dropped;

        Held(Article article, Provenance provenance, String input, String deletedPmid) {
            this.article = article;
            this.provenance = provenance;
            this.input = input;
            this.deletedPmid = deletedPmid;
        }
    }

    private final Downstream downstream;
    private final ArrayDeque<Held> window = new ArrayDeque<>();
    private final Map<String, Held> waiting = new HashMap<>();
    private final BitSet passed = new BitSet();
    private final Map<String, Integer> passedVersions = new HashMap<>();
    private int heldRecords;

    DuplicatePmids(Downstream downstream) {
        this.downstream = downstream;
    }

    /** A record read from {@code input}. */
    void record(Article article, Provenance provenance, String input) {
        String pmid = article.pmid();
        Held held = new Held(article, provenance, input, null);
        Held earlier = pmid == null ? null : waiting.get(pmid);
        if (earlier != null) {
            if (!laterWins(earlier.article.pmidVersion(), article.pmidVersion())) {
                report(pmid, earlier.article, article, input);
                return;
            }
            report(pmid, article, earlier.article, earlier.input);
            earlier.dropped = true;
            heldRecords--;
        } else if (pmid != null && hasPassed(pmid)) {
            Integer passedVersion = passedVersions.get(pmid);
            if (!laterWins(passedVersion, article.pmidVersion())) {
                LOG.warn("{}: PMID {} read more than once: keeping version {} (read earlier), dropping {}", input, pmid,
                        passedVersion, version(article));
                return;
            }
            LOG.warn("{}: PMID {} read again ({}) more than {} records after it was first read: a database keeps"
                    + " this record, but map output has both", input, pmid, version(article), WINDOW);
        }
        if (pmid != null) {
            waiting.put(pmid, held);
        }
        window.addLast(held);
        heldRecords++;
        while (heldRecords > WINDOW) {
            release();
        }
    }

    /** A deletion read from an input: it goes on in order with the records, and a record after it is no copy. */
    void delete(String pmid) {
        waiting.remove(pmid);
        forget(pmid);
        window.addLast(new Held(null, null, null, pmid));
    }

    /** Sends every waiting record and deletion on. */
    void flush() {
        while (!window.isEmpty()) {
            release();
        }
    }

    private void release() {
        Held h = window.removeFirst();
        if (h.deletedPmid != null) {
            downstream.delete(h.deletedPmid);
            return;
        }
        if (h.dropped) {
            return;
        }
        heldRecords--;
        String pmid = h.article.pmid();
        if (pmid != null) {
            if (waiting.get(pmid) == h) {
                waiting.remove(pmid);
            }
            remember(pmid, h.article.pmidVersion());
        }
        downstream.record(h.article, h.provenance);
    }

    // Equal versions, or a version not given: the later record is the newer one.
    private static boolean laterWins(Integer earlier, Integer later) {
        return earlier == null || later == null || later >= earlier;
    }

    private static void report(String pmid, Article kept, Article dropped, String droppedInput) {
        LOG.warn("{}: PMID {} read more than once: keeping {}, dropping {}", droppedInput, pmid, version(kept),
                version(dropped));
    }

    private static String version(Article a) {
        return a.pmidVersion() == null ? "the record without a version" : "version " + a.pmidVersion();
    }

    private boolean hasPassed(String pmid) {
        int n = index(pmid);
        return n >= 0 && passed.get(n);
    }

    private void remember(String pmid, Integer version) {
        int n = index(pmid);
        if (n >= 0) {
            passed.set(n);
        }
        if (version != null && version > 1) {
            passedVersions.put(pmid, version);
        } else {
            passedVersions.remove(pmid);
        }
    }

    private void forget(String pmid) {
        int n = index(pmid);
        if (n >= 0) {
            passed.clear(n);
        }
        passedVersions.remove(pmid);
    }

    // PMIDs are numbers below 10^9 today; one that is not is simply not looked for beyond the window.
    private static int index(String pmid) {
        try {
            return Integer.parseInt(pmid);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
