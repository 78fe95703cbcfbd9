package org.publd.mapping.output;

import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WriterDatasetRIOT;
import org.apache.jena.riot.WriterGraphRIOT;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * Compact JSON-LD of a whole graph (a Linked Data page) or dataset, for {@code RDFWriter}: the
 * statements sorted, so that a description reads the same on every request, then written as
 * {@link JsonLdRecordWriter} writes a stream. The graph's own prefixes are not used: the published
 * context is the one every PubLD document shares.
 */
final class JsonLdDocumentWriter implements WriterGraphRIOT, WriterDatasetRIOT {
    private static final Comparator<Triple> ORDER = Comparator
            .comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);

    @Override
    public Lang getLang() {
        return Lang.JSONLD;
    }

    @Override
    public void write(OutputStream out, Graph graph, PrefixMap prefixMap, String baseURI, Context context) {
        write(new JsonLdRecordWriter(out), graph);
    }

    @Override
    public void write(Writer out, Graph graph, PrefixMap prefixMap, String baseURI, Context context) {
        write(new JsonLdRecordWriter(out), graph);
    }

    @Override
    public void write(OutputStream out, DatasetGraph dataset, PrefixMap prefixMap, String baseURI, Context context) {
        write(new JsonLdRecordWriter(out), dataset);
    }

    @Override
    public void write(Writer out, DatasetGraph dataset, PrefixMap prefixMap, String baseURI, Context context) {
        write(new JsonLdRecordWriter(out), dataset);
    }

    private static void write(JsonLdRecordWriter writer, Graph graph) {
        writer.start();
        sorted(graph).forEach(writer::triple);
        writer.finish();
    }

    private static void write(JsonLdRecordWriter writer, DatasetGraph dataset) {
        writer.start();
        sorted(dataset.getDefaultGraph()).forEach(writer::triple);
        List<Node> graphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(NodeCmp::compareRDFTerms);
        for (Node g : graphs) {
            sorted(dataset.getGraph(g)).forEach(t -> writer.quad(Quad.create(g, t)));
        }
        writer.finish();
    }

    private static List<Triple> sorted(Graph graph) {
        List<Triple> triples = new ArrayList<>(graph.find().toList());
        triples.sort(ORDER);
        return triples;
    }
}
