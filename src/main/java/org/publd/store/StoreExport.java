package org.publd.store;

import java.io.OutputStream;
import java.util.Iterator;
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
 * formats the union graph, each triple once.
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
                for (Iterator<Node> graphs = dsg.listGraphNodes(); graphs.hasNext(); ) {
                    dsg.find(graphs.next(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink::quad);
                }
            } else {
                dsg.getUnionGraph().find().forEachRemaining(sink::triple);
            }
            sink.finish();
        });
    }
}
