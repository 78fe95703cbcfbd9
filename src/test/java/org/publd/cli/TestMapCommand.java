package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.publd.mapping.output.OutputFormat;
import org.publd.mapping.vocab.CITO;

/** {@code publd map} as a user meets it: what goes to stdout and stderr, exit codes, files. */
class TestMapCommand {
    private static final String GOOD = """
            <PubmedArticle><MedlineCitation><PMID Version="1">%s</PMID><Article>
              <ArticleTitle>Record %s.</ArticleTitle></Article></MedlineCitation>
              <PubmedData><ReferenceList><Reference><Citation>Ref.</Citation>
                <ArticleIdList><ArticleId IdType="pubmed">42</ArticleId></ArticleIdList></Reference></ReferenceList></PubmedData>
            </PubmedArticle>
            """;
    private static final String NO_PMID = """
            <PubmedArticle><MedlineCitation><Article><ArticleTitle>No PMID.</ArticleTitle></Article></MedlineCitation>
            </PubmedArticle>
            """;

    @TempDir
    Path dir;

    private Path xml(String name, String... records) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + String.join("", records) + "</PubmedArticleSet>\n");
        return f;
    }

    private static String good(String pmid) {
        return GOOD.formatted(pmid, pmid);
    }

    private static DatasetGraph parse(String text, OutputFormat format) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(text, format.lang()).parse(dsg);
        return dsg;
    }

    @Test
    void turtleOnStdoutSummaryOnStderr() throws IOException {
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", xml("a.xml", good("1"), good("2")).toString());
        assertEquals(0, run.exit(), run.err());
        DatasetGraph out = parse(run.out(), OutputFormat.TURTLE);
        assertTrue(out.getDefaultGraph().contains(NodeFactory.createURI("http://localhost:3030/pubmed/2"), Node.ANY, Node.ANY));
        assertTrue(run.err().startsWith("publd map: 2 records, "), run.err());
        assertTrue(run.err().contains(" 0 errors"), run.err());
    }

    @Test
    void deletionWarningNamesTheFirstPmidsAndCountsTheRest() throws IOException {
        StringBuilder pmids = new StringBuilder();
        for (int i = 1; i <= 262; i++) {
            pmids.append("<PMID Version=\"1\">").append(1000 + i).append("</PMID>");
        }
        Path f = xml("update.xml", good("1"), "<DeleteCitation>" + pmids + "</DeleteCitation>\n");
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "-f", "nquads", f.toString());
        assertTrue(run.err().contains("262 deletions listed (DeleteCitation: PMID 1001, 1002, 1003, 1004, 1005 and 257 more);"
                + " map does not apply them"), run.err());
        assertFalse(run.err().contains("1006"), run.err());
    }

    @Test
    void badRecordIsReportedWithFileRecordAndLineAndTheOthersStillMap() throws IOException {
        Path f = xml("bad.xml", good("1"), NO_PMID, good("3"));
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "-f", "nquads", f.toString());
        assertEquals(ExitCodes.FAILED, run.exit());
        DatasetGraph out = parse(run.out(), OutputFormat.NQUADS);
        assertTrue(out.containsGraph(NodeFactory.createURI("http://localhost:3030/graph/pubmed/1")));
        assertTrue(out.containsGraph(NodeFactory.createURI("http://localhost:3030/graph/pubmed/3")));
        assertTrue(run.err().contains(f + ": record 2"), run.err());
        assertTrue(run.err().contains("line "), run.err());
        assertTrue(run.err().contains(", 1 error, "), run.err());
        assertFalse(run.err().contains("\tat org."), "no stack trace without --verbose");
    }

    @Test
    void strictStopsAndLeavesNoOutputFile() throws IOException {
        Path out = dir.resolve("out.ttl");
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "--strict", "-o", out.toString(),
                xml("bad.xml", good("1"), NO_PMID, good("3")).toString());
        assertEquals(ExitCodes.FAILED, run.exit());
        assertFalse(Files.exists(out));
        assertTrue(run.err().contains("record 2"), run.err());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void failedRunLeavesAnExistingOutputFileAsItWas() throws IOException {
        Path out = dir.resolve("out.ttl");
        Files.writeString(out, "kept");
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "--strict", "-o", out.toString(),
                xml("bad.xml", NO_PMID).toString());
        assertEquals(ExitCodes.FAILED, run.exit());
        assertEquals("kept", Files.readString(out));
    }

    @Test
    void outputFileHoldsTheResult() throws IOException {
        Path out = dir.resolve("out.nt");
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "-f", "ntriples", "-o", out.toString(),
                xml("a.xml", good("7")).toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().isEmpty());
        assertTrue(parse(Files.readString(out), OutputFormat.NTRIPLES).getDefaultGraph().size() > 5);
    }

    @Test
    void outputFileGetsThePermissionsOfAnyNewFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = dir.resolve("plain.ttl");
        Files.newOutputStream(plain).close();
        Path out = dir.resolve("out.ttl");
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "-o", out.toString(), xml("a.xml", good("1")).toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void everyFormatParsesAndQuadFormatsKeepRecordGraphs(OutputFormat format) throws IOException {
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "-f", format.cliName(),
                xml("a.xml", good("1"), good("2")).toString());
        assertEquals(0, run.exit(), run.err());
        DatasetGraph out = parse(run.out(), format);
        Node g2 = NodeFactory.createURI("http://localhost:3030/graph/pubmed/2");
        assertEquals(format.keepsGraphs(), out.containsGraph(g2));
        assertEquals(!format.keepsGraphs(), !out.getDefaultGraph().isEmpty());
    }

    @Test
    void noReifyLeavesOutCitations() throws IOException {
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "--no-reify", xml("a.xml", good("1")).toString());
        DatasetGraph out = parse(run.out(), OutputFormat.TURTLE);
        assertTrue(out.getDefaultGraph().contains(Node.ANY, CITO.cites, Node.ANY));
        assertFalse(out.getDefaultGraph().contains(Node.ANY, RDF.type.asNode(), CITO.Citation));
    }

    @Test
    void baseIriIsUsed() throws IOException {
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "--base", "https://data.example.org/ld/",
                xml("a.xml", good("1")).toString());
        assertTrue(parse(run.out(), OutputFormat.TURTLE).getDefaultGraph()
                .contains(NodeFactory.createURI("https://data.example.org/ld/pubmed/1"), Node.ANY, Node.ANY));
    }

    @Test
    void readsStandardInput() {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(("<PubmedArticleSet>" + good("5") + "</PubmedArticleSet>")
                    .getBytes(StandardCharsets.UTF_8)));
            CliWithLineRecords.Run run = CliWithLineRecords.run("map", "-");
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("pubmed/5"));
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void missingInputIsNamedAndTheRunFails() {
        Path missing = dir.resolve("nope.xml");
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", missing.toString());
        assertEquals(ExitCodes.FAILED, run.exit());
        assertTrue(run.err().contains(missing + ": no such file"), run.err());
    }

    @Test
    void formatNamesAreReadInAnyCase() throws IOException {
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "-f", "NQuads", xml("a.xml", good("1")).toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(parse(run.out(), OutputFormat.NQUADS).containsGraph(
                NodeFactory.createURI("http://localhost:3030/graph/pubmed/1")));
    }

    @Test
    void unknownFormatIsAUsageErrorNamingTheChoices() throws IOException {
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "-f", "n3", xml("a.xml", good("1")).toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("expected one of [turtle, trig, ntriples, nquads, jsonld, rdfxml]"
                + " but was 'n3'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "--frobnicate", "x.xml");
        assertEquals(ExitCodes.USAGE, run.exit());
    }
}
