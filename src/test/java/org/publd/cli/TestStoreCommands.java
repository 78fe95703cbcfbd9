package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.store.LineRecords;
import org.publd.store.DatasetDump;
import org.publd.store.Tdb2Store;

/** publd load, export and stats from the command line. */
class TestStoreCommands {
    static final String RECORDS = """
            article 1 t=First cites=2,3 doi=10.1/one pmc=PMC1 orcid=0000-0001-2345-6789 authors=3 mesh=D001,D002 year=2020
            article 2 t=Second cites=3 year=2019 authors=2
            article 3 t=Third year=2018 rev=2021-02-03
            """;

    @TempDir
    Path tmp;

    private Path input() throws Exception {
        return Files.writeString(tmp.resolve("in.lines"), LineRecords.HEADER + "\n" + RECORDS);
    }

    private Path loaded() throws Exception {
        Path db = tmp.resolve("db");
        CliWithLineRecords.Run run = CliWithLineRecords.run("load", "--db", db.toString(), input().toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().startsWith("publd load: 3 records"), run.err());
        return db;
    }

    @Test
    void loadWithNoDumpLeavesTheDumpsToLater() throws Exception {
        Path db = tmp.resolve("db");
        CliWithLineRecords.Run run = CliWithLineRecords.run("load", "--no-dump", "--db", db.toString(), input().toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("writing the dump"), run.err());
        assertEquals(DatasetDump.NONE, DatasetDump.ofDatabase(db).current());
    }

    @Test
    void exportedNQuadsAreTheDataset() throws Exception {
        Path db = loaded();
        Path out = tmp.resolve("out.nq");
        assertEquals(0, CliWithLineRecords.run("export", "--db", db.toString(), "-f", "nquads", "-o", out.toString()).exit());
        DatasetGraph exported = DatasetGraphFactory.create();
        RDFParser.source(out).lang(Lang.NQUADS).parse(exported);
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Txn.executeRead(store.dataset(), () -> assertTrue(IsoMatcher.isomorphic(store.dataset(), exported)));
        }
    }

    @Test
    void exportedTurtleIsTheUnionGraph() throws Exception {
        Path db = loaded();
        CliWithLineRecords.Run run = CliWithLineRecords.run("export", "--db", db.toString(), "-f", "turtle");
        DatasetGraph exported = DatasetGraphFactory.create();
        RDFParser.fromString(run.out(), Lang.TURTLE).parse(exported);
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Txn.executeRead(store.dataset(), () -> assertTrue(
                    IsoMatcher.isomorphic(store.dataset().getUnionGraph(), exported.getDefaultGraph())));
        }
    }

    @Test
    void statsOnAKnownDataset() throws Exception {
        Path db = loaded();
        CliWithLineRecords.Run run = CliWithLineRecords.run("stats", "--db", db.toString());
        assertEquals(0, run.exit(), run.err());
        // Three records, three cito:cites (1->2, 1->3, 2->3), each reified: the statements of the reified
        // citations are no citations of their own. The cited works' own links repeated in the citing
        // record's graph count once, as distinct statements of the union graph.
        assertEquals("""
                records   3
                triples   139 (168 quads in the named graphs)
                citations by CiTO property
                  cito:cites  3
                external links by target and property
                  doi.org                  owl:sameAs       1
                  id.nlm.nih.gov/mesh      dcterms:subject  2
                  identifiers.org          owl:sameAs       3
                  orcid.org                owl:sameAs       1
                  pmc.ncbi.nlm.nih.gov     rdfs:seeAlso     1
                  pubmed.ncbi.nlm.nih.gov  rdfs:seeAlso     3
                """, run.out());
    }

    @Test
    void aDatabaseInUseByAnotherProcessIsAnError() throws Exception {
        Path db = loaded();
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(),
                db.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine());
            assertInUse(db, other, "serve", "--port", "0", "--db", db.toString());
            assertInUse(db, other, "stats", "--db", db.toString());
        } finally {
            other.destroy();
            other.waitFor();
        }
    }

    @Test
    void aSecondLoadIntoTheSameNewDatabaseIsRefusedAtOnceNamingTheFirst() throws Exception {
        Path db = tmp.resolve("db");
        String java = ProcessHandle.current().info().command().orElseThrow();
        // The first load reads standard input, which stays open: it holds the database until its input ends.
        Process first = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CliWithLineRecords.class.getName(), "load", "--db", db.toString(), "-")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("first.log").toFile()).start();
        try {
            Path claim = tmp.resolve(".db.load.lock");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!(Files.exists(claim) && Files.readString(claim).equals(Long.toString(first.pid())))
                    && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            CliWithLineRecords.Run second = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> CliWithLineRecords.run("load", "--db", db.toString(), input().toString()));
            assertEquals(ExitCodes.FAILED, second.exit(), second.err());
            assertTrue(second.err().contains(db + ": another publd load is loading this database (process " + first.pid() + ")"),
                    second.err());
            assertFalse(second.err().contains("publd load: 3 records"), "refused before reading: " + second.err());

            try (var in = first.getOutputStream()) {
                in.write((LineRecords.HEADER + "\n" + RECORDS).getBytes(StandardCharsets.UTF_8));
            }
            assertTrue(first.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, first.exitValue(), Files.readString(tmp.resolve("first.log")));
            assertEquals(0, CliWithLineRecords.run("load", "--db", db.toString(), input().toString()).exit(),
                    "the claim ends with its load");
        } finally {
            first.destroyForcibly();
        }
    }

    private static void assertInUse(Path db, Process other, String... args) {
        CliWithLineRecords.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliWithLineRecords.run(args));
        assertEquals(ExitCodes.FAILED, run.exit(), args[0] + ": " + run.err());
        assertTrue(run.err().contains(db + ": cannot open the database") && run.err().contains(Long.toString(other.pid())),
                args[0] + ": " + run.err());
        assertFalse(run.err().contains("internal error") || run.err().contains("\tat "), run.err());
    }
}
