package org.publd.server.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.mapping.output.OutputFormat;
import org.publd.store.DatasetDump;
import org.publd.store.Tdb2Store;

/**
 * The versions of the dump a server sends: one opened for a download stays as it was until the
 * download ends, whatever is written meanwhile; then it goes, and so does every version nothing reads.
 */
class TestServedDump {
    private static final Node GRAPH = NodeFactory.createURI("http://example.org/graph");

    @TempDir
    Path tmp;

    /** A database of three statements with its dump written. */
    private Tdb2Store database() {
        Tdb2Store store = Tdb2Store.openOrCreate(tmp.resolve("db"));
        for (int i = 0; i < 3; i++) {
            change(store, i);
        }
        DatasetDump.ofDatabase(store.dir()).write(store);
        return store;
    }

    /** One statement more, committed as any write to the served dataset is. */
    private static void change(Tdb2Store store, int n) {
        Txn.executeWrite(store.dataset(), () -> store.dataset().add(GRAPH, NodeFactory.createURI("http://example.org/s" + n),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("statement " + n)));
    }

    /** A request for the dump, which starts writing a new one as the data changed; waits until it is current. */
    private static void newVersion(ServedDump served) throws Exception {
        served.open().close();
        served.awaitWrites(Duration.ofMinutes(1));
    }

    private static Path file(ServedDump served, ServedDump.Download download) {
        return served.folder().resolve(download.fileName(OutputFormat.NQUADS));
    }

    private static long statements(Path gz) throws IOException {
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(back);
        }
        return back.stream().count();
    }

    private static Set<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** The files a folder holds when {@code download}'s version is the only one. */
    private static Set<String> onlyThe(ServedDump.Download download) {
        Set<String> names = new HashSet<>(Set.of(DatasetDump.CURRENT));
        DatasetDump.FORMATS.forEach(f -> names.add(download.fileName(f)));
        return names;
    }

    @Test
    void aVersionOpenedForADownloadStaysAsItWasWhateverIsWrittenMeanwhile() throws Exception {
        try (Tdb2Store store = database(); ServedDump served = ServedDump.ofDatabase(store)) {
            // Jetty reads a file's length when it answers and opens the file afterwards: the dump may be
            // written anew in between, and both must be of the same version.
            ServedDump.Download download = served.open();
            Path file = file(served, download);
            long length = Files.size(file);
            byte[] bytes = Files.readAllBytes(file);
            change(store, 3);
            newVersion(served);
            change(store, 4);
            newVersion(served);
            try (ServedDump.Download later = served.open()) {
                assertNotEquals(file, file(served, later), "a new request gets the new version");
                assertEquals(5, statements(file(served, later)));
            }
            assertEquals(length, Files.size(file));
            assertArrayEquals(bytes, Files.readAllBytes(file));
            assertEquals(3, statements(file));
            download.close();
        }
    }

    @Test
    void aVersionGoesWhenTheLastDownloadOfItEnds() throws Exception {
        try (Tdb2Store store = database(); ServedDump served = ServedDump.ofDatabase(store)) {
            ServedDump.Download first = served.open();
            ServedDump.Download second = served.open();
            Path file = file(served, first);
            change(store, 3);
            newVersion(served);
            first.close();
            assertTrue(Files.exists(file), "another download still reads it");
            second.close();
            try (ServedDump.Download current = served.open()) {
                assertEquals(onlyThe(current), filesIn(served.folder()));
            }
        }
    }

    @Test
    void versionsNoDownloadReadsDoNotPileUp() throws Exception {
        try (Tdb2Store store = database(); ServedDump served = ServedDump.ofDatabase(store)) {
            for (int i = 3; i < 6; i++) {
                change(store, i);
                newVersion(served);
            }
            try (ServedDump.Download current = served.open()) {
                assertEquals(6, statements(file(served, current)));
                assertEquals(onlyThe(current), filesIn(served.folder()));
            }
        }
    }
}
