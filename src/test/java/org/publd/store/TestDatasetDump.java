package org.publd.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dump file a database keeps in its dumps/ folder, and how it knows it is out of date. */
class TestDatasetDump {
    private static final String RECORDS = """
            article 1 t=First cites=2 year=2020
            article 2 t=Second year=2019
            """;

    @TempDir
    Path tmp;

    private Path loaded() {
        Path db = tmp.resolve("db");
        StoreFixture.load(db, StoreFixture.input(tmp, "in.lines", RECORDS), LoadPath.AUTO);
        return db;
    }

    private static Set<Quad> dumped(Path file) throws Exception {
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(back);
        }
        return back.stream().collect(Collectors.toSet());
    }

    @Test
    void refreshWritesTheWholeDatasetInsideTheDatabase() throws Exception {
        Path db = loaded();
        DatasetDump.refresh(db);
        Path file = DatasetDump.ofDatabase(db).file();
        assertEquals(db.resolve("dumps").resolve("dump.nq.gz"), file);
        assertEquals(StoreFixture.quads(db), dumped(file));
    }

    @Test
    void theUnionIsAlsoDumpedAsNTriplesAndTurtle() throws Exception {
        Path db = loaded();
        DatasetDump.refresh(db);
        Set<Triple> union = StoreFixture.quads(db).stream().map(Quad::asTriple).collect(Collectors.toSet());
        for (String name : new String[] {"dump.nt.gz", "dump.ttl.gz"}) {
            Path file = db.resolve("dumps").resolve(name);
            Graph g = GraphFactory.createDefaultGraph();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                RDFParser.source(in).lang(name.contains(".nt") ? Lang.NTRIPLES : Lang.TURTLE).parse(g);
            }
            assertEquals(union, g.find().toSet(), name);
        }
    }

    @Test
    void aDumpMissingOneOfItsFormatsIsNotCurrent() throws Exception {
        Path db = loaded();
        DatasetDump.refresh(db);
        Files.delete(db.resolve("dumps").resolve("dump.ttl.gz"));
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertFalse(DatasetDump.ofDatabase(db).isCurrent(store));
        }
    }

    @Test
    void aDumpIsCurrentUntilTheDataChanges() {
        Path db = loaded();
        DatasetDump.refresh(db);
        DatasetDump dump = DatasetDump.ofDatabase(db);
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertTrue(dump.isCurrent(store), "opening the database must not make its dump look out of date");
        }
        StoreFixture.load(db, StoreFixture.input(tmp, "more.lines", "article 3 t=Third year=2018\n"), LoadPath.AUTO);
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertFalse(dump.isCurrent(store));
        }
    }

    @Test
    void aDatabaseWithoutADumpHasNoCurrentOne() {
        Path db = loaded();
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertFalse(DatasetDump.ofDatabase(db).isCurrent(store));
        }
    }

    @Test
    void theDumpFolderLeavesTheDirectoryADatabase() {
        Path db = loaded();
        DatasetDump.refresh(db);
        try (Tdb2Store store = Tdb2Store.openOrCreate(db)) {
            assertEquals(db, store.dir());
        }
    }

    @Test
    void noPartFileIsLeftBehind() throws Exception {
        Path db = loaded();
        DatasetDump.refresh(db);
        DatasetDump.refresh(db);
        try (Stream<Path> files = Files.list(db.resolve("dumps"))) {
            assertEquals(Set.of("dump.nq.gz", "dump.nt.gz", "dump.ttl.gz", "dump.nq.gz.stamp"),
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }
}
