package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.mapping.vocab.PUBLD;
import org.publd.store.Tdb2Store;

/**
 * Real records (src/test/resources/samples, see ATTRIBUTION.md there), damaged as files are in the
 * wild, through the command line: what comes out, and what the user is told.
 */
class TestDamagedInput {
    @TempDir
    Path dir;

    private String sample(String path) throws IOException {
        try (InputStream in = TestDamagedInput.class.getResourceAsStream("/samples/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void controlCharacterInMedlineTextIsRemovedSoRdfXmlCanBeWritten() throws IOException {
        String text = sample("medline/biopython-pubmed_result2.txt").replace("to SCOP and", "to SCOP\u0000 and");
        assertCleanedInRdfXml(Files.writeString(dir.resolve("nul.txt"), text), "A high level interface to SCOP and ASTRAL",
                "PMID 16403221: 1 character(s) that XML cannot hold removed (the first: U+0000)");
    }

    @Test
    void controlCharacterInAnXml11AttributeIsRemovedSoRdfXmlCanBeWritten() throws IOException {
        // XML 1.1 admits control characters as references (an XML 1.0 parser refuses them itself), and
        // attribute values, unlike element text, are not whitespace-collapsed.
        String text = sample("pubmed-xml/biopython-pubmed4.xml").replace("<?xml version=\"1.0\" ?>", "<?xml version=\"1.1\" ?>")
                .replace("Label=\"OBJECTIVE\"", "Label=\"OBJ&#x1;ECTIVE\"");
        assertCleanedInRdfXml(Files.writeString(dir.resolve("xml11.xml"), text), "OBJECTIVE",
                "PMID 27797938: 1 character(s) that XML cannot hold removed (the first: U+0001)");
    }

    /** Maps {@code in} to RDF/XML, which must parse, hold {@code kept}, and come with the warning {@code said} about {@code in}. */
    private static void assertCleanedInRdfXml(Path in, String kept, String said) {
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "--format", "rdfxml", in.toString());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(run.out(), Lang.RDFXML).parse(g);
        assertAll(
                () -> assertEquals(0, run.exit(), run.err()),
                () -> assertTrue(run.out().contains(kept), run.out()),
                () -> assertTrue(run.err().contains(in + ": " + said), run.err()));
    }

    private static final String VERSIONED = "http://localhost:3030/graph/pubmed/31383287";

    /** The titles of 31383287's work (version 2 adds "(V2)" to it), and the version its graph records. */
    private static String versionedRecord(DatasetGraph dsg) {
        Node graph = NodeFactory.createURI(VERSIONED);
        Node work = NodeFactory.createURI("http://localhost:3030/pubmed/31383287");
        List<String> facts = new ArrayList<>();
        dsg.find(graph, work, DCTerms.title.asNode(), Node.ANY).forEachRemaining(q -> facts.add(q.getObject().getLiteralLexicalForm().endsWith("(V2).") ? "title V2" : "title V1"));
        dsg.find(graph, graph, PUBLD.pmidVersion, Node.ANY)
                .forEachRemaining(q -> facts.add("version " + q.getObject().getLiteralLexicalForm()));
        return String.join(", ", facts);
    }

    @Test
    void mapWritesOnlyTheHigherVersionOfAPmidReadTwice() throws IOException {
        Path in = Files.writeString(dir.resolve("versions.xml"), sample("pubmed-xml/tipplerow-pubmed_sample.xml"));
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "-f", "nquads", in.toString());
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(run.out(), Lang.NQUADS).parse(dsg);
        assertAll(
                () -> assertEquals(0, run.exit(), run.err()),
                () -> assertEquals("title V2, version 2", versionedRecord(dsg)),
                () -> assertTrue(run.err().contains(in + ": PMID 31383287 read more than once: keeping version 2,"
                        + " dropping version 1"), run.err()));
    }

    @Test
    void loadStoresTheHigherVersionOfAPmidReadTwiceWhateverTheOrder() throws Exception {
        String text = sample("pubmed-xml/tipplerow-pubmed_sample.xml");
        // The versions' labels swapped: the first record (the title without "(V2)") now says version 2,
        // the later one version 1, so "the later record wins" would keep the wrong one.
        String swapped = text.replace("<PMID Version=\"1\">31383287", "<PMID Version=\"X\">31383287")
                .replace("<PMID Version=\"2\">31383287", "<PMID Version=\"1\">31383287")
                .replace("<PMID Version=\"X\">31383287", "<PMID Version=\"2\">31383287");
        Path in = Files.writeString(dir.resolve("swapped.xml"), swapped);
        Path db = dir.resolve("db");
        CliWithLineRecords.Run run = CliWithLineRecords.run("load", "--db", db.toString(), in.toString());
        assertEquals(0, run.exit(), run.err());
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Txn.executeRead(store.dataset(), () -> assertEquals("title V1, version 2", versionedRecord(store.dataset())));
        }
    }
}
