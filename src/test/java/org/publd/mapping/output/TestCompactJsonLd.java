package org.publd.mapping.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.jsonldjava.core.JsonLdOptions;
import com.github.jsonldjava.core.JsonLdProcessor;
import com.github.jsonldjava.utils.JsonUtils;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.vocab.Prefixes;
import org.publd.ontology.TestSamplesConform;
import org.publd.pipeline.RecordPipeline;

/**
 * PubLD's JSON-LD, written straight from the statements against the published context, says exactly
 * what the N-Quads of the same records say, read by Jena (Titanium) and by jsonld-java, a second,
 * independent processor; and it is compact: every property PubLD emits has a term.
 */
class TestCompactJsonLd {
    /** Each sample is mapped once for all the tests that read it. */
    private static final Map<Path, Mapped> MAPPED = new ConcurrentHashMap<>();

    static Stream<Path> samples() throws IOException {
        return TestSamplesConform.samples();
    }

    /** The records of {@code file} as {@code publd map} writes them, in N-Quads and in JSON-LD, from one run (one provenance time). */
    private static Mapped map(Path file) {
        return MAPPED.computeIfAbsent(file, TestCompactJsonLd::mapOnce);
    }

    private static Mapped mapOnce(Path file) {
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        ByteArrayOutputStream jsonld = new ByteArrayOutputStream();
        RecordSink a = RdfWriters.records(OutputFormat.NQUADS, nquads, Prefixes.standard());
        RecordSink b = RdfWriters.records(OutputFormat.JSONLD, jsonld, Prefixes.standard());
        RecordSink both = new RecordSink() {
            @Override
            public void start() {
                a.start();
                b.start();
            }

            @Override
            public void accept(MappedRecord record) {
                a.accept(record);
                b.accept(record);
            }

            @Override
            public void delete(DeletedRecord deleted) {
                a.delete(deleted);
                b.delete(deleted);
            }

            @Override
            public void finish() {
                a.finish();
                b.finish();
            }
        };
        both.start();
        RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).build().run(List.of(file.toString()), both);
        both.finish();
        return new Mapped(read(nquads.toByteArray(), Lang.NQUADS), jsonld.toByteArray());
    }

    private record Mapped(DatasetGraph quads, byte[] jsonld) {
    }

    private static DatasetGraph read(byte[] bytes, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(dsg);
        return dsg;
    }

    /** jsonld-java's reading of a document, as N-Quads read by Jena. */
    private static DatasetGraph readIndependently(byte[] json) throws Exception {
        JsonLdOptions options = new JsonLdOptions();
        options.format = "application/n-quads";
        Object nquads = JsonLdProcessor.toRDF(JsonUtils.fromInputStream(new ByteArrayInputStream(json)), options);
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString((String) nquads, Lang.NQUADS).parse(dsg);
        return dsg;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void jenaReadsBackTheSameRecords(Path file) {
        Mapped m = map(file);
        assertTrue(IsoMatcher.isomorphic(m.quads(), read(m.jsonld(), Lang.JSONLD)), file + ": JSON-LD differs from N-Quads");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void anIndependentProcessorReadsBackTheSameRecords(Path file) throws Exception {
        Mapped m = map(file);
        assertTrue(IsoMatcher.isomorphic(m.quads(), readIndependently(m.jsonld())),
                file + ": jsonld-java reads something else");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aDescriptionReadsBackAsTheSameGraph(Path file) throws Exception {
        // A Linked Data page is a graph, written whole: the union of the records here.
        Graph union = map(file).quads().getUnionGraph();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFWriter.source(union).format(OutputFormat.JSONLD.pretty()).output(bytes);
        Graph jena = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes.toByteArray())).lang(Lang.JSONLD).parse(jena);
        assertTrue(jena.isIsomorphicWith(union), file + ": Jena reads another graph");
        assertTrue(readIndependently(bytes.toByteArray()).getDefaultGraph().isIsomorphicWith(union),
                file + ": jsonld-java reads another graph");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyPropertyPubldEmitsHasATerm(Path file) {
        Set<String> without = new TreeSet<>();
        map(file).quads().find().forEachRemaining(q -> {
            String p = q.getPredicate().getURI();
            if (!p.equals(RDF.type.getURI()) && JsonLdContext.published().term(p) == null) {
                without.add(p);
            }
        });
        assertEquals(Set.of(), without, "properties written as compact IRIs, not terms");
    }

    @Test
    void contextDeclaresTheContractsPrefixes() {
        assertEquals(Prefixes.standard().getMapping(), JsonLdContext.published().prefixes().getMapping());
    }

    @Test
    void valuesTakeTheShortFormTheirTermAllows() {
        Graph g = GraphFactory.createDefaultGraph();
        Node article = NodeFactory.createURI("http://example.org/pubmed/1");
        Node author = NodeFactory.createURI("http://example.org/pubmed/1/author/1");
        g.add(Triple.create(article, NodeFactory.createURI("http://purl.org/dc/terms/creator"), author));
        g.add(Triple.create(author, NodeFactory.createURI("https://w3id.org/publd/ns#authorPosition"),
                NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        g.add(Triple.create(article, RDF.type.asNode(), NodeFactory.createURI("http://purl.org/spar/fabio/JournalArticle")));
        JsonObject doc = writeGraph(g);
        List<JsonObject> nodes = doc.getJsonArray("@graph").getValuesAs(JsonObject.class);
        assertEquals("fabio:JournalArticle", nodes.get(0).getString("@type"));
        assertEquals(author.getURI(), nodes.get(0).getString("creator"));
        assertEquals("1", nodes.get(1).getString("authorPosition"));
    }

    @Test
    void aValueOfAnotherTypeThanItsTermsKeepsItsType() {
        // authorPosition is coerced to xsd:integer; a plain string there must stay a string.
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI("http://example.org/a"), NodeFactory.createURI("https://w3id.org/publd/ns#authorPosition"),
                NodeFactory.createLiteralString("first")));
        assertEquals(Map.of("@value", Json.createValue("first")),
                writeGraph(g).getJsonArray("@graph").getJsonObject(0).getJsonObject("authorPosition"));
        assertTrue(readBack(g).isIsomorphicWith(g));
    }

    @Test
    void aPropertyWithNoTermIsWrittenAsACompactIri() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI("http://example.org/a"), NodeFactory.createURI("http://rdfs.org/ns/void#triples"),
                NodeFactory.createLiteralDT("5", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        assertTrue(writeGraph(g).getJsonArray("@graph").getJsonObject(0).containsKey("void:triples"));
        assertTrue(readBack(g).isIsomorphicWith(g));
    }

    @Test
    void emptyStreamIsAnEmptyDocument() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RecordSink sink = RdfWriters.records(OutputFormat.JSONLD, bytes, Prefixes.standard());
        sink.start();
        sink.finish();
        assertFalse(read(bytes.toByteArray(), Lang.JSONLD).find().hasNext());
    }

    @Test
    void exportedQuadsOfTwoGraphsStayApart() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Node s = NodeFactory.createURI("http://example.org/s");
        Node p = NodeFactory.createURI("http://purl.org/dc/terms/title");
        dsg.add(Quad.create(NodeFactory.createURI("http://example.org/g1"), s, p, NodeFactory.createLiteralString("one")));
        dsg.add(Quad.create(NodeFactory.createURI("http://example.org/g2"), s, p, NodeFactory.createLiteralString("two")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var out = RdfWriters.open(OutputFormat.JSONLD, bytes, Prefixes.standard());
        out.start();
        dsg.find().forEachRemaining(out::quad);
        out.finish();
        assertTrue(IsoMatcher.isomorphic(dsg, read(bytes.toByteArray(), Lang.JSONLD)));
    }

    private static JsonObject writeGraph(Graph g) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFWriter.source(g).format(OutputFormat.JSONLD.pretty()).output(bytes);
        try (JsonReader reader = Json.createReader(new StringReader(bytes.toString(StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private static Graph readBack(Graph g) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFWriter.source(g).format(OutputFormat.JSONLD.pretty()).output(bytes);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes.toByteArray())).lang(Lang.JSONLD).parse(back);
        return back;
    }
}
