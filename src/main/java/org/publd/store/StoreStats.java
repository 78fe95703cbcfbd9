package org.publd.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.publd.mapping.DatasetFigures;

/**
 * Figures on a database, for {@code publd stats}: the {@link DatasetFigures} that VoID and the landing
 * page show too (records, triples, citations, links), and the quads the named graphs hold.
 *
 * <pre>
 * StoreStats.Figures f = StoreStats.of(store.dataset());
 * </pre>
 */
public final class StoreStats {
    private StoreStats() {
    }

    /**
     * What {@code publd stats} prints.
     *
     * @param dataset the figures every view of the dataset shares
     * @param quads   quads in the named graphs, record graphs and links graphs alike
     */
    public record Figures(DatasetFigures dataset, long quads) {
    }

    /** Computes the figures in one read transaction. */
    public static Figures of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> new Figures(DatasetFigures.count(dsg), dsg.stream().count()));
    }
}
