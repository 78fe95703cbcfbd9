package org.publd.mapping.output;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.RecordSink;

/**
 * Compact JSON-LD against PubLD's published context ({@link JsonLdContext}), in constant memory:
 * <pre>
 * {"@context": { the published context, on one line },
 * "@graph": [
 * { "@id": record graph, "@graph": [ node objects ] },
 * ..., default graph node objects
 * ]}
 * </pre>
 * Each graph object is printed with indentation; the context, the same in every document, stays on
 * one line so that the data comes first to the eye.
 * As a {@link RecordSink} it is given whole records, one graph object each. As a {@code StreamRDF}
 * (an export, which streams a dataset graph by graph) it writes each run of quads in one graph as one
 * graph object, as Jena's TriG blocks writer writes a block. Only the statements of one graph are held.
 */
final class JsonLdRecordWriter extends StreamRDFBase implements RecordSink {
    private static final JsonGeneratorFactory PRETTY = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    private static final String HEAD = "{\"@context\": " + oneLine(JsonLdContext.published()) + ",\n\"@graph\": [";

    private final Writer out;
    private final JsonLdNodes pending = new JsonLdNodes(JsonLdContext.published());
    private Node currentGraph;
    private boolean started;
    private boolean first = true;

    JsonLdRecordWriter(OutputStream out) {
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    JsonLdRecordWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        Node graph = quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
        if (currentGraph != null && !currentGraph.equals(graph)) {
            writePending();
        }
        currentGraph = graph;
        pending.add(quad.asTriple());
    }

    @Override
    public void accept(MappedRecord record) {
        writePending();
        Iterator<Quad> quads = record.quads().iterator();
        while (quads.hasNext()) {
            Quad q = quads.next();
            currentGraph = q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph();
            pending.add(q.asTriple());
        }
        writePending();
    }

    @Override
    public void delete(DeletedRecord deleted) {
        // A JSON-LD document cannot say that a graph goes.
    }

    @Override
    public void finish() {
        writePending();
        try {
            open();
            out.write(first ? "]}\n" : "\n]}\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writePending() {
        if (!pending.isEmpty()) {
            try {
                open();
                if (Quad.isDefaultGraph(currentGraph)) {
                    pending.forEachNode(this::member);
                } else {
                    Node graph = currentGraph;
                    member(json -> {
                        json.writeStartObject();
                        json.write("@id", pending.id(graph));
                        json.writeStartArray("@graph");
                        pending.forEachNode(node -> node.accept(json));
                        json.writeEnd();
                        json.writeEnd();
                    });
                }
                pending.clear();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        currentGraph = null;
    }

    private void open() throws IOException {
        if (!started) {
            out.write(HEAD);
            started = true;
        }
    }

    /** One member of the document's {@code @graph} array, written by {@code content} through a generator of its own. */
    private void member(Consumer<JsonGenerator> content) {
        try {
            out.write(first ? "\n" : ",\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        first = false;
        JsonGenerator json = PRETTY.createGenerator(out);
        content.accept(json);
        json.flush();
    }

    private static String oneLine(JsonLdContext context) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(text)) {
            json.write(context.context());
        }
        return text.toString();
    }
}
