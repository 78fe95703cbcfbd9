package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.mapping.vocab.PROV;

/**
 * The inputs named in provenance are published by name under the base, never by the path of the
 * machine that read them (issue 15, point 18).
 */
class TestSourceNames {
    private static final String RECORD = """
            <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">7</PMID><Article>
              <ArticleTitle>Seven.</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
            """;

    @TempDir
    Path dir;

    private Path input() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home/alice/private"));
        return Files.writeString(home.resolve("pubmed 7.xml"), RECORD);
    }

    private static List<Node> sources(CliWithLineRecords.Run run) {
        assertEquals(0, run.exit(), run.err());
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(run.out(), Lang.NQUADS).parse(dsg);
        return dsg.stream(Node.ANY, Node.ANY, PROV.wasDerivedFrom, Node.ANY).map(Quad::getObject).toList();
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    @Test
    void aFileIsNamedByItsNameUnderTheBase() throws IOException {
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "-f", "nquads", input().toString());
        assertEquals(List.of(iri("http://localhost:3030/source/pubmed%207.xml")), sources(run));
        assertFalse(run.out().contains("alice"), "no directory of the machine that read it");
    }

    @Test
    void sourceNameGivesAnotherName() throws IOException {
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "-f", "nquads", "--base", "https://data.example.org/",
                "--source-name", "baseline-2025", input().toString());
        assertEquals(List.of(iri("https://data.example.org/source/baseline-2025")), sources(run));
    }

    @Test
    void standardInputIsNamedStdin() {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(RECORD.getBytes(StandardCharsets.UTF_8)));
            assertEquals(List.of(iri("http://localhost:3030/source/stdin")),
                    sources(CliWithLineRecords.run("map", "-f", "nquads", "-")));
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void anEmptySourceNameIsAUsageError() throws IOException {
        assertEquals(ExitCodes.USAGE, CliWithLineRecords.run("map", "--source-name", " ", input().toString()).exit());
    }
}
