package org.publd.mapping.output;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.RecordSink;

/**
 * JSON-LD in constant memory. Jena's JSON-LD writer needs a whole dataset, so each record graph is
 * compacted on its own and added as one graph object to the document's {@code @graph} array:
 * <pre>
 * { "@context": { prefixes }, "@graph": [ { "@id": record graph, "@graph": [ ... ] }, ... ] }
 * </pre>
 * As a {@link RecordSink} it is given whole records. As a {@code StreamRDF} (an export, which
 * streams a dataset graph by graph) it writes each run of quads in one graph as one graph object, as
 * Jena's TriG blocks writer writes a block.
 */
final class JsonLdRecordWriter extends StreamRDFBase implements RecordSink {
    private final OutputStream out;
    private final PrefixMap prefixes = PrefixMapFactory.create();
    private final List<Quad> pending = new ArrayList<>();
    private Node currentGraph;
    private JsonGenerator json;
    private JsonValue context;

    JsonLdRecordWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void prefix(String prefix, String iri) {
        prefixes.add(prefix, iri);
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        if (currentGraph != null && !currentGraph.equals(quad.getGraph())) {
            writePending();
        }
        currentGraph = quad.getGraph();
        pending.add(quad);
    }

    @Override
    public void accept(MappedRecord record) {
        writePending();
        writeGraph(record.quads());
    }

    @Override
    public void delete(DeletedRecord deleted) {
        // A JSON-LD document cannot say that a graph goes.
    }

    @Override
    public void finish() {
        writePending();
        if (json == null) {
            json = generator();
            json.writeStartObject();
            json.writeStartArray("@graph");
        }
        json.writeEnd();
        json.writeEnd();
        json.flush();
    }

    private void writePending() {
        if (!pending.isEmpty()) {
            writeGraph(pending);
            pending.clear();
        }
        currentGraph = null;
    }

    private void writeGraph(List<Quad> quads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        quads.forEach(dsg::add);
        prefixes.forEach((p, iri) -> dsg.prefixes().add(p, iri));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RDFWriter.source(dsg).format(RDFFormat.JSONLD_PRETTY).output(buffer);
        JsonObject doc;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(buffer.toByteArray()))) {
            doc = reader.readObject();
        }
        JsonValue recordContext = doc.get("@context");
        if (json == null) {
            json = generator();
            json.writeStartObject();
            context = recordContext;
            if (context != null) {
                json.write("@context", context);
            }
            json.writeStartArray("@graph");
        }
        for (JsonObject node : topLevelNodes(doc)) {
            boolean sameContext = recordContext == null || recordContext.equals(context);
            json.write(sameContext ? node : Json.createObjectBuilder(node).add("@context", recordContext).build());
        }
    }

    /** The node objects of a document: its {@code @graph} members, or the document itself without {@code @context}. */
    private static List<JsonObject> topLevelNodes(JsonObject doc) {
        if (doc.containsKey("@graph") && !doc.containsKey("@id")) {
            return doc.getJsonArray("@graph").getValuesAs(JsonObject.class);
        }
        return List.of(Json.createObjectBuilder(doc).remove("@context").build());
    }

    private JsonGenerator generator() {
        return Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out);
    }
}
