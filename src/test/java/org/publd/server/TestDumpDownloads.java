package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
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
import org.publd.server.data.ServedDump;
import org.publd.store.DatasetDump;
import org.publd.store.Tdb2Store;

/**
 * The dump written anew while clients download it: a download gets the whole version it began with,
 * the URL VoID lists gets the newest, and versions no longer current nor read are removed.
 */
class TestDumpDownloads {
    /**
     * Statements of random text, which gzip cannot shrink much: a dump of about 8 MB, twice what the
     * system's socket buffers take in (4 MB at most for the server's by default), so that a download
     * read slowly is still being sent while the dump is written anew.
     */
    private static final int LARGE_STATEMENTS = 4000;
    private static final int RANDOM_BYTES = 2000;
    private static final Node GRAPH = NodeFactory.createURI(HandMadeRecords.BASE + "graph/large");

    @TempDir
    Path tmp;

    /** A database holding the test records and a large graph, and its dump. */
    private Tdb2Store database() throws IOException {
        Tdb2Store store = Tdb2Store.openOrCreate(tmp.resolve("db"));
        DatasetGraph records = HandMadeRecords.dataset();
        Random random = new Random(42);
        Txn.executeWrite(store.dataset(), () -> {
            Txn.executeRead(records, () -> records.find().forEachRemaining(store.dataset()::add));
            for (int i = 0; i < LARGE_STATEMENTS; i++) {
                byte[] text = new byte[RANDOM_BYTES];
                random.nextBytes(text);
                store.dataset().add(GRAPH, NodeFactory.createURI(HandMadeRecords.BASE + "large/" + i),
                        NodeFactory.createURI("http://example.org/text"),
                        NodeFactory.createLiteralString(Base64.getEncoder().encodeToString(text)));
            }
        });
        DatasetDump dump = DatasetDump.ofDatabase(store.dir());
        dump.write(store);
        assertTrue(Files.size(dump.file()) > 6_000_000, "a dump larger than the socket buffers");
        return store;
    }

    private static PubldServer serve(Tdb2Store store) {
        return PubldServer.start(store.dataset(), ServedDump.ofDatabase(store), ServerConfig.defaults(0, HandMadeRecords.BASE));
    }

    /** Changes the data (one statement more), as an admin's update does, through the dataset. */
    private static void change(Tdb2Store store, int n) {
        Txn.executeWrite(store.dataset(), () -> store.dataset().add(GRAPH, NodeFactory.createURI(HandMadeRecords.BASE + "new/" + n),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("added")));
    }

    /** Asks for the dump (HEAD), which starts writing a new version, and waits until that one is current. */
    private static void newVersion(PubldServer server) throws Exception {
        HttpResponse<Void> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/dump.nq.gz")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        server.dump().awaitWrites(Duration.ofMinutes(2));
    }

    private static HttpResponse<byte[]> get(PubldServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static long statements(byte[] gz) throws IOException {
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(back);
        }
        return back.stream().count();
    }

    private static Set<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** The files of {@code versions} and the file naming the current one. */
    private static Set<String> filesOf(long... versions) {
        Set<String> names = new HashSet<>(Set.of(DatasetDump.CURRENT));
        for (long v : versions) {
            DatasetDump.FORMATS.forEach(f -> names.add(DatasetDump.fileName(v, f)));
        }
        return names;
    }

    @Test
    void aDownloadUnderWayGetsTheWholeVersionItBeganWith() throws Exception {
        try (Tdb2Store store = database(); PubldServer server = serve(store)) {
            HttpResponse<byte[]> before = get(server, "/dump.nq.gz");
            try (SlowDownload download = new SlowDownload(server.port(), "/dump.nq.gz")) {
                byte[] head = download.read(1024);
                change(store, 1);
                newVersion(server);
                byte[] whole = download.rest(head);
                assertEquals(200, download.status);
                assertEquals(Long.parseLong(download.header("Content-Length")), whole.length);
                assertEquals(before.headers().firstValue("ETag").orElseThrow(), download.header("ETag"));
                assertArrayEquals(before.body(), whole);
                assertEquals(statements(before.body()), statements(whole), "the old data, parsed whole");
            }
            HttpResponse<byte[]> after = get(server, "/dump.nq.gz");
            assertNotEquals(before.headers().firstValue("ETag"), after.headers().firstValue("ETag"));
            assertEquals(statements(before.body()) + 1, statements(after.body()), "a new request gets the new data");
        }
    }

    @Test
    void versionsNoLongerCurrentGoOnceNoDownloadReadsThem() throws Exception {
        try (Tdb2Store store = database(); PubldServer server = serve(store)) {
            Path folder = DatasetDump.ofDatabase(store.dir()).folder();
            long first = DatasetDump.ofDatabase(store.dir()).current();
            try (SlowDownload download = new SlowDownload(server.port(), "/dump.nq.gz")) {
                download.read(1024);
                for (int i = 1; i <= 2; i++) {
                    change(store, i);
                    newVersion(server);
                }
                long current = DatasetDump.ofDatabase(store.dir()).current();
                assertEquals(first + 2, current);
                assertEquals(filesOf(first, current), filesIn(folder), "the version being read and the current one");
                download.rest(new byte[0]);
            }
            // The download ends when the server has sent its last byte, a moment after the client read it.
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (filesIn(folder).size() > filesOf(first + 2).size() && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertEquals(filesOf(first + 2), filesIn(folder));
        }
    }

    /**
     * A GET read at the client's pace over a socket with a small receive buffer, so that the server
     * cannot send far ahead of what the client has read.
     */
    private static final class SlowDownload implements AutoCloseable {
        private final Socket socket = new Socket();
        private final InputStream in;
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final int status;

        SlowDownload(int port, String path, String... requestHeaders) throws IOException {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("localhost", port));
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            for (String h : requestHeaders) {
                request.append(h).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            in = socket.getInputStream();
            String statusLine = line();
            status = Integer.parseInt(statusLine.split(" ")[1]);
            for (String h = line(); !h.isEmpty(); h = line()) {
                headers.put(h.substring(0, h.indexOf(':')).trim(), h.substring(h.indexOf(':') + 1).trim());
            }
            assertFalse(headers.containsKey("Transfer-Encoding"), "a file is sent with its length, not in chunks");
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the answer ended within its headers: " + line);
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        String header(String name) {
            return headers.get(name);
        }

        byte[] read(int n) throws IOException {
            byte[] bytes = in.readNBytes(n);
            assertEquals(n, bytes.length);
            return bytes;
        }

        /** {@code head} followed by the rest of the body, read to its end. */
        byte[] rest(byte[] head) throws IOException {
            byte[] rest = in.readAllBytes();
            byte[] whole = Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, whole, head.length, rest.length);
            return whole;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
