package org.publd.server.tpf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Reads a page of a fragment from the local dataset: one {@code find} on its indexes, skipping to the
 * page and reading its triples, then at most {@value #LOOK_AHEAD} more to estimate the size. A remote store
 * has no such range read: fragments are served from a local dataset only.
 */
final class FragmentReader {
    /** Triples a page, the Linked Data Fragments convention. */
    static final int PAGE_SIZE = 100;
    /** How far past the page the estimate counts: beyond it, the estimate is a lower bound. */
    static final int LOOK_AHEAD = 1_000;

    /**
     * A page of a fragment.
     *
     * @param quads    its triples (in the default graph) or quads (in the named graph asked for)
     * @param estimate the fragment's size: exact when {@code exact}, else a lower bound
     * @param exact    whether the whole fragment was seen
     * @param hasNext  whether a next page has triples
     */
    record Page(List<Quad> quads, long estimate, boolean exact, boolean hasNext) {
    }

    /** A page so deep that skipping to it took longer than a query may run. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep(long page) {
            super("Page " + page + " is too deep to reach within the query timeout: narrow the pattern.");
        }
    }

    private final DatasetGraph dsg;
    private final LongSupplier allTriples;
    private final Duration timeout;

    /**
     * @param dsg        the dataset, whose union graph is the default graph
     * @param allTriples the default graph's size, as the statistics last counted it
     * @param timeout    how long skipping to a page may take (the SPARQL timeout): page n costs a skip
     *                   of (n - 1) x 100 index entries
     */
    FragmentReader(DatasetGraph dsg, LongSupplier allTriples, Duration timeout) {
        this.dsg = dsg;
        this.allTriples = allTriples;
        this.timeout = timeout;
    }

    /** Page {@code page} (from 1) of the fragment {@code pattern}. */
    Page read(TriplePattern pattern, long page) {
        long offset = (page - 1) * PAGE_SIZE;
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = find(pattern);
            try {
                long skipped = 0;
                long deadline = System.nanoTime() + timeout.toNanos();
                while (skipped < offset && it.hasNext()) {
                    it.next();
                    skipped++;
                    if (skipped % 10_000 == 0 && System.nanoTime() > deadline) {
                        throw new TooDeep(page);
                    }
                }
                List<Quad> quads = new ArrayList<>(PAGE_SIZE);
                while (quads.size() < PAGE_SIZE && it.hasNext()) {
                    quads.add(it.next());
                }
                long after = 0;
                while (after < LOOK_AHEAD && it.hasNext()) {
                    it.next();
                    after++;
                }
                boolean exact = !it.hasNext();
                long seen = skipped + quads.size() + after;
                long estimate = exact ? seen : pattern.isAll() ? Math.max(seen, allTriples.getAsLong()) : seen;
                return new Page(quads, estimate, exact, after > 0);
            } finally {
                Iter.close(it);
            }
        });
    }

    private Iterator<Quad> find(TriplePattern p) {
        if (p.inNamedGraph()) {
            return dsg.find(p.graph(), p.subject(), p.predicate(), p.object());
        }
        return dsg.getUnionGraph().find(p.subject(), p.predicate(), p.object())
                .mapWith(t -> Quad.create(Quad.defaultGraphIRI, t));
    }
}
