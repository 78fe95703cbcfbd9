package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publd.ontology.MappingLib;
import org.publd.ontology.ShapesLib;
import org.publd.ontology.VocabularyCheck;
import org.publd.record.Article;
import org.publd.source.Inputs;
import org.publd.source.pubmed.PubmedXmlFormat;

/**
 * Real PubMed records ({@code src/test/resources/golden/{case}/input.xml}) through the parser and
 * the mapper, compared by graph isomorphism with a graph written by hand from the XML and the
 * documented mapping ({@code expected.trig}). See {@code golden/README.md} for what each case covers.
 */
class TestGoldenRecords {
    private static final String GOLDEN = "golden";
    private static final Instant GENERATED_AT = Instant.parse("2025-01-01T00:00:00Z");

    static Stream<String> cases() throws IOException, URISyntaxException {
        URL root = TestGoldenRecords.class.getResource("/" + GOLDEN);
        try (Stream<Path> dirs = Files.list(Path.of(root.toURI()))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsAsWrittenByHand(String name) {
        DatasetGraph expected = readExpected(name);
        DatasetGraph actual = map(name);

        assertTrue(expected.getDefaultGraph().isEmpty(), "expected.trig has triples outside a named graph");
        assertEquals(graphNames(expected), graphNames(actual), "named graphs");
        for (String graphName : graphNames(expected)) {
            Node g = NodeFactory.createURI(graphName);
            Graph want = expected.getGraph(g);
            Graph got = MappingLib.withDocumentedVersion(actual.getGraph(g));
            if (!want.isIsomorphicWith(got)) {
                fail(name + ": graph <" + graphName + "> differs from expected.trig\n"
                        + "Missing (in expected.trig, not mapped):\n" + MappingLib.difference(want, got)
                        + "Extra (mapped, not in expected.trig):\n" + MappingLib.difference(got, want));
            }
        }
    }

    /** A check of the hand-written graphs themselves: a slip in one would not conform or would name an undefined term. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void expectedGraphsConformAndUseDefinedTerms(String name) {
        DatasetGraph expected = readExpected(name);
        ShapesLib.assertConforms(expected);
        expected.listGraphNodes().forEachRemaining(g ->
                assertEquals(Set.of(), VocabularyCheck.undefinedTerms(expected.getGraph(g)), "undefined terms in " + name));
    }

    private static DatasetGraph readExpected(String name) {
        DatasetGraph expected = DatasetGraphFactory.create();
        try (InputStream in = TestGoldenRecords.class.getResourceAsStream("/" + GOLDEN + "/" + name + "/expected.trig")) {
            RDFDataMgr.read(expected, in, Lang.TRIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    private static DatasetGraph map(String name) {
        Inputs.Errors errors = new Inputs.Errors();
        List<Article> records = Inputs.read(new PubmedXmlFormat(), Inputs.resource(GOLDEN + "/" + name + "/input.xml"), errors);
        assertEquals(List.of(), errors.list(), "record errors");
        assertEquals(1, records.size(), "a golden input holds one record");
        RecordMapper mapper = new RecordMapper(MappingOptions.defaults());
        DatasetGraph dsg = DatasetGraphFactory.create();
        mapper.map(records.get(0), new Provenance("file:///golden/" + name + "/input.xml", GENERATED_AT)).quads().forEach(dsg::add);
        return dsg;
    }

    private static Set<String> graphNames(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }



}
