package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.time.Duration;
import java.time.Instant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.acquire.sync.NcbiMirror;
import org.publd.acquire.sync.UnfinishedSync;
import org.publd.link.wikidata.CandidateFinder;
import org.publd.mapping.AppliedFile;
import org.publd.mapping.DatasetFigures;
import org.publd.mapping.GraphProvenance;
import org.publd.mapping.IriScheme;
import org.publd.mapping.vocab.PROV;
import org.publd.server.data.DatasetStatistics;
import org.publd.server.data.VoidDescriber;
import org.publd.server.read.LocalStore;
import org.publd.store.DatasetDump;
import org.publd.store.Tdb2Store;

/** {@code publd sync} against a local server laid out as NCBI publishes PubMed ({@link NcbiMirror}). */
class TestSyncCommand {
    private static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);
    private static final String N1 = "pubmed26n0001.xml.gz";
    private static final String N2 = "pubmed26n0002.xml.gz";
    private static final String N3 = "pubmed26n0003.xml.gz";
    private static final String N4 = "pubmed26n0004.xml.gz";
    private static final String N5 = "pubmed26n0005.xml.gz";

    @TempDir
    Path tmp;

    private NcbiMirror mirror;
    private Path db;

    @BeforeEach
    void serve() throws IOException {
        mirror = NcbiMirror.serve(tmp);
        db = tmp.resolve("db");
    }

    @AfterEach
    void stop() {
        mirror.close();
    }

    @Test
    void aSyncFromEmptyAppliesTheBaselineThenTheUpdateInOrder() {
        CliWithLineRecords.Run run = sync();
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(N1, N2, N3, N4), applied(db));
        // 12 baseline records, PMID 13 added and PMID 5 deleted by the update.
        assertEquals(pmids(1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13), records(db));
        assertEquals(Set.of(IRIS.source(N4)), derivedFrom(db, 2), "PMID 2 is the update's revision");
        assertTrue(run.err().contains("publd sync: 4 files applied, 13 records added, 1 replaced, 1 deleted"), run.err());
    }

    @Test
    void statsAndVoidShowTheLastFileAppliedAndTheFilesTheDataCameFrom() {
        assertEquals(0, sync().exit());
        CliWithLineRecords.Run stats = CliWithLineRecords.run("stats", "--db", db.toString());
        assertTrue(stats.out().contains("synced    " + N4 + ", applied 20"), stats.out());
        assertTrue(stats.out().contains("(4 files applied by publd sync)"), stats.out());
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Instant last = DatasetFigures.count(store.dataset()).lastApplied().orElseThrow().ended();
            Graph voidGraph = new VoidDescriber(IRIS,
                    new DatasetStatistics(new LocalStore(store.dataset(), Duration.ofSeconds(30), 10_000), IRIS.base(), Duration.ZERO), true)
                    .describe(IRIS.dataset()).orElseThrow();
            assertEquals(List.of(GraphProvenance.dateTime(last)),
                    voidGraph.find(IRIS.dataset(), DCTerms.modified.asNode(), Node.ANY).mapWith(Triple::getObject).toList());
            assertEquals(Set.of(IRIS.source(N1), IRIS.source(N2), IRIS.source(N3), IRIS.source(N4)),
                    voidGraph.find(IRIS.dataset(), PROV.wasDerivedFrom, Node.ANY).mapWith(Triple::getObject).toSet());
        }
    }

    @Test
    void aSecondSyncAppliesNothingAndDownloadsNothing() {
        assertEquals(0, sync().exit());
        int before = mirror.requests().size();
        CliWithLineRecords.Run again = sync();
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("publd sync: 0 files applied"), again.err());
        assertEquals(List.of(), mirror.requests().subList(before, mirror.requests().size()).stream()
                .filter(r -> r.contains(".xml.gz ")).toList());
        assertEquals(List.of(N1, N2, N3, N4), applied(db));
    }

    @Test
    void aNewUpdateFileIsTheOnlyFileApplied() throws IOException {
        assertEquals(0, sync().exit());
        mirror.addUpdate(5);
        CliWithLineRecords.Run run = sync();
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(N1, N2, N3, N4, N5), applied(db));
        assertTrue(run.err().contains("publd sync: applied " + N5 + ": 0 added, 2 replaced, 1 deleted"), run.err());
        assertTrue(run.err().contains("publd sync: 1 file applied"), run.err());
        assertEquals(pmids(1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13), records(db));
    }

    @Test
    void aFileWhoseMd5DoesNotMatchIsDownloadedTwiceThenRefusedAndNothingOfItApplied() throws IOException {
        mirror.damage("baseline", N2);
        CliWithLineRecords.Run run = sync();
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(N2 + ": its MD5 is "), run.err());
        assertTrue(run.err().contains("nothing of it was applied"), run.err());
        assertEquals(List.of(N1), applied(db));
        assertEquals(pmids(1, 2, 3, 4), records(db));
        assertEquals(2, mirror.requests().stream().filter(r -> r.startsWith("GET /pubmed/baseline/" + N2 + " ")).count());
    }

    @Test
    void twoJobsApplyTheSameFilesAndMakeTheSameDatasetAsOne() throws IOException {
        mirror.addUpdate(5);
        Path one = tmp.resolve("one");
        CliWithLineRecords.Run run = CliWithLineRecords.run("sync", "--db", one.toString(), "--source", mirror.url(), "--jobs", "1");
        assertEquals(0, run.exit(), run.err());
        CliWithLineRecords.Run two = sync("--jobs", "2");
        assertEquals(0, two.exit(), two.err());
        assertEquals(List.of(N1, N2, N3, N4, N5), applied(one));
        assertEquals(applied(one), applied(db));
        assertEquals(export(one), export(db));
        assertTrue(two.err().contains("publd sync: 5 files applied, 13 records added, 3 replaced, 2 deleted"), two.err());
    }

    @Test
    void withTwoJobsTheSourceSeesOneRequestAtATimeAndTheFilesInPlanOrder() throws IOException {
        mirror.addUpdate(5);
        CliWithLineRecords.Run run = sync("--jobs", "2");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, mirror.mostRequestsAtOnce(), mirror.requests().toString());
        assertEquals(List.of("baseline/" + N1, "baseline/" + N2, "baseline/" + N3, "updatefiles/" + N4, "updatefiles/" + N5),
                mirror.requests().stream().filter(r -> r.contains(".xml.gz "))
                        .map(r -> r.replaceAll("GET /pubmed/(\\S+) .*", "$1")).toList());
    }

    @Test
    void withTwoJobsAFileWhoseMd5DoesNotMatchStopsTheRunAfterTheFilesBeforeIt() throws IOException {
        mirror.damage("baseline", N2);
        CliWithLineRecords.Run run = sync("--jobs", "2");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("publd: " + N2 + ": its MD5 is "), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals(List.of(N1), applied(db));
        assertEquals(pmids(1, 2, 3, 4), records(db));
        assertTrue(mirror.requests().stream().noneMatch(r -> r.contains(N3 + " ")), "nothing fetched after the refused file");
    }

    @Test
    void aSyncKilledDuringADownloadIsFinishedByTheNextRunWithTheSameDataset() throws Exception {
        mirror.slowDown(N2);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sync", "--db", db.toString(), "--source", mirror.url(), "--jobs", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path part = tmp.resolve(".db.sync").resolve(N2 + ".part");
        try {
            mirror.awaitSlowFile();
            // Sent is not yet received: wait for the child to write what it got.
            while (!Files.exists(part) || Files.size(part) == 0) {
                assertTrue(child.isAlive(), () -> "the child ended: " + read(tmp.resolve("child.log")));
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        mirror.normalSpeed();
        assertEquals(List.of(N1), applied(db), Files.readString(tmp.resolve("child.log")));

        CliWithLineRecords.Run rerun = sync();
        assertEquals(0, rerun.exit(), rerun.err());
        assertTrue(mirror.requests().stream().anyMatch(r -> r.startsWith("GET /pubmed/baseline/" + N2 + " range=bytes=")),
                "the rerun resumed the download: " + mirror.requests());
        Path uninterrupted = tmp.resolve("db2");
        assertEquals(0, CliWithLineRecords.run("sync", "--db", uninterrupted.toString(), "--source", mirror.url()).exit());
        assertEquals(export(uninterrupted), export(db));
        assertFalse(Files.exists(tmp.resolve(".db.sync")), "the downloads went once applied");
    }

    @Test
    void aSyncKilledWhileApplyingAFileIsFinishedByTheNextRunWithTheSameDataset() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UnfinishedSync.class.getName(), db.toString(), mirror.url())
                .redirectError(tmp.resolve("child.log").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("applying", out.readLine(), () -> "the child said: " + read(tmp.resolve("child.log")));
        } finally {
            child.destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(List.of(N1), applied(db), "nothing of the file being applied: " + read(tmp.resolve("child.log")));
        assertEquals(pmids(1, 2, 3, 4), records(db));

        CliWithLineRecords.Run rerun = sync();
        assertEquals(0, rerun.exit(), rerun.err());
        assertEquals(List.of(N1, N2, N3, N4), applied(db));
        Path uninterrupted = tmp.resolve("db2");
        assertEquals(0, CliWithLineRecords.run("sync", "--db", uninterrupted.toString(), "--source", mirror.url()).exit());
        assertEquals(export(uninterrupted), export(db));
    }

    @Test
    void anUpdateOlderThanOneAppliedIsRefused() throws IOException {
        Files.delete(mirror.root().resolve("updatefiles").resolve(N4));
        Files.delete(mirror.root().resolve("updatefiles").resolve(N4 + ".md5"));
        mirror.addUpdate(5);
        assertEquals(0, sync().exit());
        mirror.addUpdate(4);
        CliWithLineRecords.Run run = sync();
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("the update file " + N4 + " is older than " + N5
                + ", which the database already applied"), run.err());
        assertEquals(List.of(N1, N2, N3, N5), applied(db));
    }

    @Test
    void onlyKnownKeepsASubsetCurrentWithoutTakingInOtherRecords() throws IOException {
        Path subset = mirror.root().resolve("baseline").resolve(N1);
        assertEquals(0, CliWithLineRecords.run("load", "--db", db.toString(), subset.toString()).exit());
        mirror.addUpdate(5);
        CliWithLineRecords.Run run = sync("--only-known");
        assertEquals(0, run.exit(), run.err());
        // PMIDs 1-4 known: 2 revised by update 4, 3 deleted by update 5; 13 and the other files' records not taken.
        assertEquals(pmids(1, 2, 4), records(db));
        assertEquals(Set.of(IRIS.source(N4)), derivedFrom(db, 2));
    }

    @Test
    void recordsAreMintedUnderTheBaseTheDatabaseWasLoadedWith() {
        String base = "https://data.example.org/ld/";
        Path subset = mirror.root().resolve("baseline").resolve(N1);
        assertEquals(0, CliWithLineRecords.run("load", "--db", db.toString(), "--base", base, subset.toString()).exit());
        assertEquals(0, sync("--until", N2).exit());
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertEquals(Set.of(base), CandidateFinder.recordBases(store.dataset()));
        }
    }

    @Test
    void untilStopsAfterTheFileNamed() {
        CliWithLineRecords.Run run = sync("--until", "pubmed26n0002");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(N1, N2), applied(db));
        assertEquals(pmids(1, 2, 3, 4, 5, 6, 7, 8), records(db));
    }

    @Test
    void anUnreachableSourceIsSaidClearlyAndExitsWith1() throws IOException {
        CliWithLineRecords.Run run = CliWithLineRecords.run("sync", "--db", db.toString(),
                "--source", "http://127.0.0.1:1/pubmed/");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().startsWith("publd: 127.0.0.1:1: "), run.err());
        assertTrue(run.err().contains("refused") || run.err().contains("connect"), run.err());
        assertFalse(run.err().contains("null"), run.err());
        assertFalse(Files.exists(db), "no database made for nothing");
    }

    @Test
    void dryRunPrintsThePlanWithSizesAndWritesNothing() throws IOException {
        CliWithLineRecords.Run run = sync("--dry-run");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("publd sync: 4 files to apply from " + mirror.url() + ", "), run.out());
        long size = Files.size(mirror.root().resolve("baseline").resolve(N1));
        assertTrue(lines.get(1).matches("  " + N1.replace(".", "\\.") + " +" + String.format("%,d", size) + " bytes"), run.out());
        assertTrue(lines.get(4).startsWith("  " + N4), run.out());
        assertFalse(Files.exists(db));
        assertTrue(mirror.requests().stream().noneMatch(r -> r.contains(".xml.gz ")), "nothing downloaded");
    }

    @Test
    void theUserAgentNamesPubldAndTheContact() {
        assertEquals(0, sync("--contact", "curator@example.org", "--until", N1).exit());
        assertTrue(mirror.requests().stream().allMatch(r -> r.contains(" ua=PubLD/") && r.contains("; curator@example.org)")),
                mirror.requests().toString());
    }

    @Test
    void aLocalDirectoryIsReadInPlace() {
        CliWithLineRecords.Run run = CliWithLineRecords.run("sync", "--db", db.toString(),
                "--source", mirror.root().toUri().toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(N1, N2, N3, N4), applied(db));
        assertEquals(List.of(), mirror.requests());
    }

    @Test
    void noDumpLeavesTheDumpsToLaterAndTheNextSyncWritesThem() throws IOException {
        CliWithLineRecords.Run run = sync("--no-dump", "--until", N1);
        assertEquals(0, run.exit(), run.err());
        assertEquals(DatasetDump.NONE, DatasetDump.ofDatabase(db).current());
        assertEquals(0, sync().exit());
        assertNotEquals(DatasetDump.NONE, DatasetDump.ofDatabase(db).current());
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private CliWithLineRecords.Run sync(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sync", "--db", db.toString(), "--source", mirror.url()));
        args.addAll(List.of(more));
        return CliWithLineRecords.run(args.toArray(String[]::new));
    }

    private static Set<Long> pmids(long... n) {
        return java.util.Arrays.stream(n).map(i -> NcbiMirror.FIRST_PMID + i).boxed().collect(Collectors.toSet());
    }

    private static List<String> applied(Path db) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return DatasetFigures.count(store.dataset()).applied().stream().map(AppliedFile::name).toList();
        }
    }

    private static Set<Long> records(Path db) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<Long> pmids = new java.util.TreeSet<>();
                store.dataset().listGraphNodes().forEachRemaining(g -> IRIS.recordOf(g).map(Long::parseLong).ifPresent(pmids::add));
                return pmids;
            });
        }
    }

    private static Set<Node> derivedFrom(Path db, long n) {
        Node graph = IRIS.graph(Long.toString(NcbiMirror.FIRST_PMID + n));
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> store.dataset().stream(graph, graph, PROV.wasDerivedFrom, Node.ANY)
                    .map(q -> q.getObject()).collect(Collectors.toSet()));
        }
    }

    // Sorted N-Quads, the times of the runs (xsd:dateTime literals) left out: they differ from run to run.
    private List<String> export(Path db) throws IOException {
        Path out = tmp.resolve(db.getFileName() + ".nq");
        assertEquals(0, CliWithLineRecords.run("export", "--db", db.toString(), "-o", out.toString()).exit());
        return Files.readAllLines(out).stream()
                .map(l -> l.replaceAll("\"[^\"]*\"\\^\\^<http://www.w3.org/2001/XMLSchema#dateTime>", "\"TIME\""))
                .sorted().toList();
    }
}
