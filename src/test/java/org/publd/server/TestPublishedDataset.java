package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.PubldException;

class TestPublishedDataset {
    private static final Quad TITLE = Quad.create(NodeFactory.createURI("http://data.example.org/graph/pubmed/1"),
            NodeFactory.createURI("http://data.example.org/pubmed/1"), NodeFactory.createURI("http://purl.org/dc/terms/title"),
            NodeFactory.createLiteralString("A title"));

    @TempDir
    Path tmp;

    private Path database() {
        Path dir = tmp.resolve("db");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        Txn.executeWrite(dsg, () -> dsg.add(TITLE));
        TDBInternal.expel(dsg);
        return dir;
    }

    private static long files(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("tdb.lock")).count();
        }
    }

    @Test
    void plainQueriesSeeTheRecordGraphs() {
        DatasetGraph dsg = PublishedDataset.open(database());
        try {
            boolean found = Txn.calculateRead(dsg, () -> QueryExecutionFactory.create(
                    "ASK { <http://data.example.org/pubmed/1> ?p \"A title\" }", DatasetFactory.wrap(dsg)).execAsk());
            assertTrue(found, "the default graph is the union of the named graphs");
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void itsCacheSettingsAreNotWrittenToTheDatabase() throws Exception {
        Path dir = database();
        long before = files(dir);
        TDBInternal.expel(PublishedDataset.open(dir));
        assertEquals(before, files(dir));
        try (Stream<Path> all = Files.walk(dir)) {
            assertFalse(all.anyMatch(p -> p.getFileName().toString().equals("tdb.cfg")), "a stock Fuseki opens it as before");
        }
    }

    @Test
    void aMissingDirectoryIsAnError() {
        PubldException e = assertThrows(PubldException.class, () -> PublishedDataset.open(tmp.resolve("none")));
        assertTrue(e.getMessage().contains("no such database directory"), e.getMessage());
    }
}
