package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Path in = Files.writeString(dir.resolve("nul.txt"), text);
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "--format", "rdfxml", in.toString());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(run.out(), Lang.RDFXML).parse(g);
        assertAll(
                () -> assertEquals(0, run.exit(), run.err()),
                () -> assertTrue(run.out().contains("A high level interface to SCOP and ASTRAL"), run.out()),
                () -> assertTrue(run.err().contains(in + ": PMID 16403221: 1 character(s) that XML cannot hold"
                        + " removed (the first: U+0000)"), run.err()));
    }
}
