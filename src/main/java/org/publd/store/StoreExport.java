package org.publd.store;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.publd.mapping.output.OutputFormat;
import org.publd.mapping.output.RdfWriters;
import org.publd.mapping.vocab.Prefixes;

/**
 * Streams a whole database in one read transaction, in constant memory: quad formats record graph
 * by record graph (the writers that batch per graph need each graph's quads together), triple
 * formats the union graph, each triple once. What {@code publd export} writes and the server's dump sends.
 *
 * <pre>
 * StoreExport.write(store.dataset(), OutputFormat.NQUADS, out);
 * </pre>
 */
public final class StoreExport {
    private StoreExport() {
    }

    /** Writes the dataset to {@code out} (which the caller closes). */
    public static void write(DatasetGraph dsg, OutputFormat format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            StreamRDF sink = RdfWriters.open(format, out, Prefixes.standard());
            sink.start();
            if (format.keepsGraphs()) {
                forEach(dsg.listGraphNodes(), g -> forEach(dsg.find(g, Node.ANY, Node.ANY, Node.ANY), sink::quad));
            } else {
                forEach(dsg.getUnionGraph().find(), sink::triple);
            }
            sink.finish();
        });
    }

    // Closed even when writing fails (a client that left mid-dump), not left to the end of the transaction.
    private static <T> void forEach(Iterator<T> it, Consumer<T> action) {
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }
}
