package org.publd.source.toy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.cli.Main;
import org.publd.source.SourceRegistry;

/** A format added by registering it in the registry handed to the command line is mapped end to end. */
class TestReadingListCli {
    private static final SourceRegistry FORMATS = SourceRegistry.standard().with(new ReadingListFormat());
    private static final Node PAPER = NodeFactory.createURI("http://localhost:3030/pubmed/20724638");

    @TempDir
    Path tmp;

    private Path input() throws IOException {
        return Files.writeString(tmp.resolve("list.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- a reading list -->
                <readingList>
                  <paper pmid="20724638">
                    <title>mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists</title>
                    <doi>10.1126/science.1190287</doi>
                  </paper>
                </readingList>
                """);
    }

    @Test
    void detectedAmongTheXmlFormatsAndMapped() throws IOException {
        Path out = tmp.resolve("out.nt");
        int exit = Main.run(FORMATS, "map", "-f", "ntriples", "-o", out.toString(), input().toString());
        Graph g = RDFDataMgr.loadGraph(out.toString());
        assertAll(
                () -> assertEquals(0, exit),
                () -> assertTrue(g.contains(PAPER, DCTerms.title.asNode(), Node.ANY), "no title in " + g));
    }

    @Test
    void forcedByName() throws IOException {
        Path out = tmp.resolve("out.nt");
        int exit = Main.run(FORMATS, "map", "-f", "ntriples", "--input-format", "reading-list", "-o", out.toString(), input().toString());
        assertAll(
                () -> assertEquals(0, exit),
                () -> assertTrue(RDFDataMgr.loadGraph(out.toString()).contains(PAPER, Node.ANY, Node.ANY)));
    }

    @Test
    void helpListsItAmongTheInputFormats() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(FORMATS, "map", "--help"));
        } finally {
            System.setOut(stdout);
        }
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("pubmed-page, reading-list"), help);
    }

    @Test
    void theStandardCommandLineDoesNotKnowIt() throws IOException {
        assertAll(
                () -> assertEquals(1, Main.run("map", "-o", tmp.resolve("out.nt").toString(), input().toString())),
                () -> assertEquals(2, Main.run("map", "--input-format", "reading-list", input().toString())));
    }
}
