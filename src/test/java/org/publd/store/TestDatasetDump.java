package org.publd.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
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
import org.publd.mapping.output.OutputFormat;

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
        assertEquals(db.resolve("dumps"), file.getParent());
        assertEquals(StoreFixture.quads(db), dumped(file));
    }

    @Test
    void theUnionIsAlsoDumpedAsNTriplesAndTurtle() throws Exception {
        Path db = loaded();
        DatasetDump.refresh(db);
        Set<Triple> union = StoreFixture.quads(db).stream().map(Quad::asTriple).collect(Collectors.toSet());
        DatasetDump dump = DatasetDump.ofDatabase(db);
        for (OutputFormat format : List.of(OutputFormat.NTRIPLES, OutputFormat.TURTLE)) {
            Path file = dump.folder().resolve(DatasetDump.fileName(dump.current(), format));
            Graph g = GraphFactory.createDefaultGraph();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                RDFParser.source(in).lang(format.lang()).parse(g);
            }
            assertEquals(union, g.find().toSet(), format.toString());
        }
    }

    @Test
    void aDumpMissingOneOfItsFormatsIsNotCurrent() throws Exception {
        Path db = loaded();
        DatasetDump.refresh(db);
        DatasetDump dump = DatasetDump.ofDatabase(db);
        Files.delete(dump.folder().resolve(DatasetDump.fileName(dump.current(), OutputFormat.TURTLE)));
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertFalse(dump.isCurrent(store));
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

    /** The names of the files in the dump folder. */
    private static Set<String> filesIn(DatasetDump dump) throws Exception {
        try (Stream<Path> files = Files.list(dump.folder())) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** The names of the files of the current version, and of the file naming it. */
    private static Set<String> currentFiles(DatasetDump dump) {
        Set<String> names = new HashSet<>(Set.of(DatasetDump.CURRENT));
        DatasetDump.FORMATS.forEach(f -> names.add(DatasetDump.fileName(dump.current(), f)));
        return names;
    }

    @Test
    void noPartFileIsLeftBehind() throws Exception {
        Path db = loaded();
        DatasetDump.refresh(db);
        DatasetDump.refresh(db);
        assertEquals(currentFiles(DatasetDump.ofDatabase(db)), filesIn(DatasetDump.ofDatabase(db)));
    }

    @Test
    void eachWriteIsANewVersionAndTheOneBeforeIsRemoved() throws Exception {
        Path db = loaded();
        DatasetDump dump = DatasetDump.ofDatabase(db);
        try (Tdb2Store store = Tdb2Store.open(db)) {
            dump.write(store);
            long first = dump.current();
            Path firstFile = dump.file();
            dump.write(store);
            dump.write(store);
            assertEquals(first + 2, dump.current());
            assertFalse(Files.exists(firstFile));
            assertEquals(currentFiles(dump), filesIn(dump), "only the current version stays");
        }
    }

    @Test
    void aVersionKeptStaysUntilNothingKeepsIt() throws Exception {
        Path db = loaded();
        DatasetDump dump = DatasetDump.ofDatabase(db);
        try (Tdb2Store store = Tdb2Store.open(db)) {
            dump.write(store);
            long read = dump.current();
            byte[] before = Files.readAllBytes(dump.file());
            Path file = dump.file();
            dump.keeping(v -> v == read).write(store);
            assertArrayEquals(before, Files.readAllBytes(file), "a version being read is never changed");
            dump.removeOld();
            assertEquals(currentFiles(dump), filesIn(dump));
        }
    }

    @Test
    void anOlderPubldsDumpIsRemovedByTheNextWrite() throws Exception {
        Path db = loaded();
        DatasetDump dump = DatasetDump.ofDatabase(db);
        Files.createDirectories(dump.folder());
        for (String name : List.of("dump.nq.gz", "dump.nt.gz", "dump.ttl.gz", "dump.nq.gz.stamp")) {
            Files.writeString(dump.folder().resolve(name), "written in place by an older PubLD");
        }
        DatasetDump.refresh(db);
        assertEquals(currentFiles(dump), filesIn(dump));
    }
}
