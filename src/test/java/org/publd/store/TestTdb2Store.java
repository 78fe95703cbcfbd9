package org.publd.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.PubldException;

class TestTdb2Store {
    private static final Quad TITLE = Quad.create(NodeFactory.createURI("http://data.example.org/graph/pubmed/1"),
            NodeFactory.createURI("http://data.example.org/pubmed/1"), NodeFactory.createURI("http://purl.org/dc/terms/title"),
            NodeFactory.createLiteralString("A title"));

    @TempDir
    Path tmp;

    private Path database() {
        Path dir = tmp.resolve("db");
        try (Tdb2Store store = Tdb2Store.openOrCreate(dir)) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(TITLE));
        }
        return dir;
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("tdb.lock")).sorted().toList();
        }
    }

    private static boolean ask(Tdb2Store store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(query).build()) {
                return qe.ask();
            }
        });
    }

    @Test
    void plainQueriesSeeTheRecordGraphs() {
        try (Tdb2Store store = Tdb2Store.open(database())) {
            assertTrue(ask(store, "ASK { <http://data.example.org/pubmed/1> ?p \"A title\" }"),
                    "the default graph is the union of the named graphs");
        }
    }

    @Test
    void aServedDatabaseSeesTheRecordGraphsToo() {
        try (Tdb2Store store = Tdb2Store.openForServing(database())) {
            assertTrue(ask(store, "ASK { <http://data.example.org/pubmed/1> ?p \"A title\" }"));
        }
    }

    @Test
    void servingCacheSettingsAreNotWrittenToTheDatabase() throws Exception {
        Path dir = database();
        List<Path> before = files(dir);
        Tdb2Store.openForServing(dir).close();
        assertEquals(before, files(dir));
        assertFalse(before.stream().anyMatch(p -> p.getFileName().toString().equals("tdb.cfg")), "a stock Fuseki opens it as before");
    }

    @Test
    void anEmptyDirectoryIsNoDatabaseToOpen() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("empty"));
        PubldException e = assertThrows(PubldException.class, () -> Tdb2Store.open(dir));
        assertEquals(dir + ": not a PubLD database (publd load --db " + dir + " makes one)", e.getMessage());
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(0, entries.count(), "nothing created");
        }
    }

    @Test
    void loadingCreatesADatabaseInAnEmptyDirectory() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("empty"));
        Tdb2Store.openOrCreate(dir).close();
        Tdb2Store.open(dir).close();
    }

    @Test
    void loadingRefusesADirectoryOfOtherFiles() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("papers"));
        Files.writeString(dir.resolve("notes.txt"), "not a database");
        PubldException e = assertThrows(PubldException.class, () -> Tdb2Store.openOrCreate(dir));
        assertEquals(dir + ": neither a PubLD database nor an empty directory", e.getMessage());
        assertEquals(List.of(dir.resolve("notes.txt")), files(dir));
    }
}
