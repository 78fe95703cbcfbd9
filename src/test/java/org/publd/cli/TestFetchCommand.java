package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.acquire.eutils.DatabaseTarget;
import org.publd.acquire.eutils.EutilsStandIn;
import org.publd.acquire.eutils.EutilsStandIn.Received;
import org.publd.mapping.IriScheme;
import org.publd.mapping.vocab.PROV;
import org.publd.store.Tdb2Store;

/** {@code publd fetch} end to end, against a local E-utilities stand-in. */
class TestFetchCommand {
    private static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);

    @TempDir
    Path tmp;

    private EutilsStandIn ncbi;

    @BeforeEach
    void start() throws IOException {
        ncbi = new EutilsStandIn();
    }

    @AfterEach
    void stop() {
        ncbi.close();
    }

    private CliWithLineRecords.Run fetch(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("fetch", "--endpoint", ncbi.base().toString(),
                "--email", "librarian@example.org", "--api-key", "key"));
        all.addAll(List.of(args));
        return CliWithLineRecords.run(all.toArray(String[]::new));
    }

    private static String pmids(int from, int n) {
        return String.join(",", IntStream.range(from, from + n).mapToObj(Integer::toString).toList());
    }

    private List<String> fetchedIds() {
        return ncbi.received().stream().filter(r -> r.utility().equals("efetch.fcgi"))
                .flatMap(r -> r.ids().stream()).toList();
    }

    private static Set<String> records(Path db) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            DatasetGraph dsg = store.dataset();
            return Txn.calculateRead(dsg, () -> {
                Set<String> pmids = new TreeSet<>();
                dsg.listGraphNodes().forEachRemaining(g -> IRIS.recordOf(g).ifPresent(pmids::add));
                return pmids;
            });
        }
    }

    private static String title(Path db, String pmid) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            DatasetGraph dsg = store.dataset();
            return Txn.calculateRead(dsg, () -> dsg.find(IRIS.graph(pmid), IRIS.article(pmid), DCTerms.title.asNode(), Node.ANY)
                    .next().getObject().getLiteralLexicalForm());
        }
    }

    @Test
    void recordsByPmidAreLoadedIntoTheDatabase() {
        Path db = tmp.resolve("db");
        CliWithLineRecords.Run run = fetch("--pmid", "1000, 1001", "--db", db.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("publd fetch: 2 records, 0 already in the database, 0 unknown PMIDs, 0 errors, 1 request"),
                run.err());
        assertEquals(Set.of("1000", "1001"), records(db));
        assertEquals("Synthetic record 1000", title(db, "1000"));
    }

    @Test
    void anInterruptedFetchIsResumedWithoutAskingAgainForWhatItHas() {
        Path db = tmp.resolve("db");
        ncbi.failAfter(1, EutilsStandIn.text(400, "Bad Request"));
        CliWithLineRecords.Run broken = fetch("--pmid", pmids(1000, 450), "--db", db.toString());
        assertEquals(1, broken.exit(), broken.err());
        assertTrue(broken.err().contains("publd: 127.0.0.1:" + ncbi.base().getPort() + ": HTTP 400: Bad Request"), broken.err());
        assertEquals(200, records(db).size(), "the first page is kept");

        ncbi.forget();
        CliWithLineRecords.Run resumed = fetch("--pmid", pmids(1000, 450), "--db", db.toString());
        assertEquals(0, resumed.exit(), resumed.err());
        assertEquals(List.of(pmids(1200, 250).split(",")), fetchedIds());
        assertEquals(450, records(db).size());
        assertTrue(resumed.err().contains("250 records, 200 already in the database"), resumed.err());
    }

    @Test
    void aRecordFirstKnownFromMedlineTextIsCompletedByItsXml() throws IOException {
        Path db = tmp.resolve("db");
        Path medline = Files.writeString(tmp.resolve("one.nbib"), """
                PMID- 1000
                TI  - A title from MEDLINE text.
                """);
        assertEquals(0, CliWithLineRecords.run("load", "--db", db.toString(), medline.toString()).exit());
        assertEquals("A title from MEDLINE text.", title(db, "1000"));

        CliWithLineRecords.Run run = fetch("--pmid", "1000", "--db", db.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("1000"), fetchedIds());
        assertEquals("Synthetic record 1000", title(db, "1000"));
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().contains(IRIS.graph("1000"), IRIS.graph("1000"),
                    PROV.wasDerivedFrom, IRIS.source(DatabaseTarget.SOURCE_NAME))));
        }
    }

    @Test
    void unknownPmidsAreListedByNumberAndTheExitCodeIs1() {
        ncbi.unknown(p -> p.equals("1001") || p.equals("1003"));
        CliWithLineRecords.Run run = fetch("--pmid", pmids(1000, 5), "--db", tmp.resolve("db").toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("publd fetch: NCBI does not know 2 PMIDs: 1001, 1003\n"), run.err());
        assertTrue(run.err().contains("3 records, 0 already in the database, 2 unknown PMIDs"), run.err());
    }

    @Test
    void aSearchToAnXmlFileWritesOnePubmedArticleSetThatMapReads() throws IOException {
        ncbi.search("cancer", 20_000_000, 1_200);
        Path out = tmp.resolve("cancer.xml");
        CliWithLineRecords.Run run = fetch("--query", "cancer", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("publd fetch: 1,200 records, 0 unknown PMIDs"), run.err());
        String xml = Files.readString(out);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE PubmedArticleSet"), xml.substring(0, 100));
        assertTrue(xml.endsWith("</PubmedArticleSet>\n"));
        CliWithLineRecords.Run map = CliWithLineRecords.run("map", "--format", "ntriples", out.toString());
        assertEquals(0, map.exit(), map.err());
        assertTrue(map.err().contains("publd map: 1,200 records"), map.err());
    }

    @Test
    void everyRequestCarriesTheEmailGiven() {
        fetch("--pmid", "1000", "-o", tmp.resolve("x.xml").toString());
        for (Received r : ncbi.received()) {
            assertEquals("librarian@example.org", r.params().get("email"));
            assertEquals("publd", r.params().get("tool"));
        }
    }

    @Test
    void withoutAnEmailAddressFetchIsAUsageError() {
        CliWithLineRecords.Run run = CliWithLineRecords.run("fetch", "--endpoint", ncbi.base().toString(),
                "--email", "", "--pmid", "1000", "-o", tmp.resolve("x.xml").toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("NCBI asks for an e-mail address with every request"), run.err());
        assertEquals(List.of(), ncbi.received());
    }

    @Test
    void somethingThatIsNotAPmidIsAUsageError() {
        CliWithLineRecords.Run run = fetch("--pmid", "1000,PMC123", "-o", tmp.resolve("x.xml").toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("not a PMID: 'PMC123'"), run.err());
    }
}
