package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publd.store.Tdb2Store;

/**
 * A real PubMed XML file (ten records of NLM's pubmed20n0001.xml, from tipplerow/pubmed) with its
 * fifth record (PMID 4) broken on line 606: {@code map} and {@code load} take every other record and
 * say which one they left out.
 */
class TestBrokenRecordInput {
    private static final String TITLE = "<ArticleTitle>Effect of chloroquine";
    private static final String GRAPHS = "http://localhost:3030/graph/pubmed/";
    private static final Set<String> ALL_BUT_PMID_4 = new TreeSet<>(List.of("1", "2", "3", "5", "6", "7", "8", "9", "10"));
    private static final String WHERE = ": record 5 (PMID 4), line 606: ";

    @TempDir
    Path dir;

    /** A way to break a record: what goes into its title, and the encoding the file is then written in. */
    record Damage(String text, Charset charset) {
    }

    static Stream<Named<Damage>> damage() {
        return Stream.of(
                Named.of("an undeclared entity", new Damage("&nbsp;", StandardCharsets.UTF_8)),
                Named.of("a Latin-1 byte in UTF-8", new Damage("\u00e9", StandardCharsets.ISO_8859_1)));
    }

    private Path broken(Damage damage) throws IOException {
        String sample;
        try (InputStream in = new GZIPInputStream(
                getClass().getResourceAsStream("/samples/pubmed-xml/tipplerow-pubmed20n0001.xml.gz"))) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(sample.contains(TITLE) && StandardCharsets.US_ASCII.newEncoder().canEncode(sample));
        Path file = dir.resolve("broken.xml");
        Files.write(file, sample.replace(TITLE, "<ArticleTitle>Effect of " + damage.text() + " chloroquine")
                .getBytes(damage.charset()));
        return file;
    }

    private static Set<String> pmids(DatasetGraph dsg) {
        Set<String> pmids = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining((Node g) -> {
            if (g.isURI() && g.getURI().startsWith(GRAPHS)) {
                pmids.add(g.getURI().substring(GRAPHS.length()));
            }
        });
        return pmids;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void mapTakesEveryOtherRecord(Damage damage) throws IOException {
        Path file = broken(damage);
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "-f", "nquads", file.toString());
        DatasetGraph out = DatasetGraphFactory.create();
        RDFParser.fromString(run.out(), Lang.NQUADS).parse(out);
        assertAll(
                () -> assertEquals(ExitCodes.FAILED, run.exit(), run.err()),
                () -> assertEquals(ALL_BUT_PMID_4, pmids(out)),
                () -> assertTrue(run.err().contains(file + WHERE), run.err()),
                () -> assertTrue(run.err().contains("record skipped, reading on at line 762"), run.err()),
                () -> assertTrue(run.err().contains("publd map: 9 records"), run.err()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damage")
    void loadTakesEveryOtherRecord(Damage damage) throws IOException {
        Path file = broken(damage);
        Path db = dir.resolve("db");
        CliWithLineRecords.Run run = CliWithLineRecords.run("load", "--db", db.toString(), file.toString());
        assertAll(
                () -> assertEquals(ExitCodes.FAILED, run.exit(), run.err()),
                () -> assertTrue(run.err().contains(file + WHERE), run.err()),
                () -> assertTrue(run.err().contains("publd load: 9 records"), run.err()));
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Txn.executeRead(store.dataset(), () -> assertEquals(ALL_BUT_PMID_4, pmids(store.dataset())));
        }
    }
}
