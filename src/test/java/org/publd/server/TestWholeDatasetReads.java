package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.server.data.ServedDump;
import org.publd.store.DatasetDump;
import org.publd.store.Tdb2Store;

/** The whole dataset: the dump is a file sent as one, and graph-store reads of all of it are bounded. */
class TestWholeDatasetReads {
    private static final String NEW_TRIPLE = "<http://example.org/new> <http://example.org/p> \"added\"";

    @TempDir
    Path tmp;

    /** A database on disk holding the test records, with its dump written. */
    private Tdb2Store database() {
        Tdb2Store store = Tdb2Store.openOrCreate(tmp.resolve("db"));
        DatasetGraph records = HandMadeRecords.dataset();
        Txn.executeWrite(store.dataset(), () -> Txn.executeRead(records, () -> records.find().forEachRemaining(store.dataset()::add)));
        DatasetDump.ofDatabase(store.dir()).write(store);
        return store;
    }

    private static HttpResponse<byte[]> get(String url, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return java.net.http.HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String login() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (ServerFixture.ADMIN + ":" + ServerFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static DatasetGraph parse(byte[] gz) throws Exception {
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(back);
        }
        return back;
    }

    @Test
    void theDumpIsTheFileOnDiskNotGeneratedPerRequest() throws Exception {
        try (Tdb2Store store = database()) {
            // What is on disk is sent: bytes no export of these records would produce.
            Path file = DatasetDump.ofDatabase(store.dir()).file();
            byte[] onDisk = gzip(NEW_TRIPLE + " .\n");
            Files.write(file, onDisk);
            FileTime written = Files.getLastModifiedTime(file);
            try (PubldServer server = PubldServer.start(store.dataset(), ServedDump.ofDatabase(store),
                    ServerConfig.defaults(0, HandMadeRecords.BASE))) {
                String url = "http://localhost:" + server.port() + "/dump.nq.gz";
                HttpResponse<byte[]> first = get(url);
                HttpResponse<byte[]> second = get(url);
                assertEquals(200, first.statusCode());
                assertArrayEquals(onDisk, first.body());
                assertArrayEquals(onDisk, second.body());
                assertEquals("application/gzip", first.headers().firstValue("Content-Type").orElse(""));
                assertTrue(first.headers().firstValue("Last-Modified").isPresent());
                String etag = first.headers().firstValue("ETag").orElseThrow();
                assertEquals(etag, second.headers().firstValue("ETag").orElseThrow());
                assertEquals(written, Files.getLastModifiedTime(file), "no request may write the dump again");
            }
        }
    }

    @Test
    void aKnownETagGets304() throws Exception {
        try (ServerFixture f = new ServerFixture(ServerConfig.defaults(0, HandMadeRecords.BASE))) {
            String etag = get(f.url + "/dump.nq.gz").headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> again = get(f.url + "/dump.nq.gz", "If-None-Match", etag);
            assertEquals(304, again.statusCode());
            assertEquals(0, again.body().length);
        }
    }

    @Test
    void aRangeGetsThoseBytes() throws Exception {
        try (ServerFixture f = new ServerFixture(ServerConfig.defaults(0, HandMadeRecords.BASE))) {
            byte[] whole = get(f.url + "/dump.nq.gz").body();
            HttpResponse<byte[]> part = get(f.url + "/dump.nq.gz", "Range", "bytes=10-29");
            assertEquals(206, part.statusCode());
            assertEquals("bytes 10-29/" + whole.length, part.headers().firstValue("Content-Range").orElse(""));
            assertArrayEquals(Arrays.copyOfRange(whole, 10, 30), part.body());
        }
    }

    @Test
    void anUpdateWritesANewDump() throws Exception {
        try (ServerFixture f = ServerFixture.withAdmin()) {
            String before = get(f.url + "/dump.nq.gz").headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> update = f.send(HttpRequest.newBuilder(URI.create(f.url + "/ds/update"))
                    .header("Authorization", login()).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <http://example.org/g> { " + NEW_TRIPLE + " } }"))
                    .build());
            assertEquals(204, update.statusCode(), update.body());
            get(f.url + "/dump.nq.gz");
            f.server.dump().awaitWrites(Duration.ofMinutes(1));
            HttpResponse<byte[]> after = get(f.url + "/dump.nq.gz");
            assertNotEquals(before, after.headers().firstValue("ETag").orElseThrow());
            assertTrue(parse(after.body()).contains(Quad.create(org.apache.jena.graph.NodeFactory.createURI("http://example.org/g"),
                    RDFParser.fromString(NEW_TRIPLE + " .", Lang.NTRIPLES).toGraph().find().next())));
        }
    }

    @Test
    void aDatabaseWithoutADumpGetsOneWritten() throws Exception {
        try (Tdb2Store store = database()) {
            Files.delete(DatasetDump.ofDatabase(store.dir()).file());
            ServedDump dump = ServedDump.ofDatabase(store);
            try (PubldServer server = PubldServer.start(store.dataset(), dump, ServerConfig.defaults(0, HandMadeRecords.BASE))) {
                dump.awaitWrites(Duration.ofMinutes(1));
                HttpResponse<byte[]> r = get("http://localhost:" + server.port() + "/dump.nq.gz");
                assertEquals(200, r.statusCode());
                assertEquals(Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count()),
                        parse(r.body()).stream().count());
            }
        }
    }

    @Test
    void noDumpYetIs503WithRetryAfter() throws Exception {
        try (Tdb2Store store = database()) {
            // A directory where the file naming the current version should be: no version can become current.
            Path current = DatasetDump.ofDatabase(store.dir()).folder().resolve(DatasetDump.CURRENT);
            Files.delete(current);
            Files.createDirectories(current.resolve("in-the-way"));
            ServedDump dump = ServedDump.ofDatabase(store);
            try (PubldServer server = PubldServer.start(store.dataset(), dump, ServerConfig.defaults(0, HandMadeRecords.BASE))) {
                dump.awaitWrites(Duration.ofMinutes(1));
                HttpResponse<byte[]> r = get("http://localhost:" + server.port() + "/dump.nq.gz");
                assertEquals(503, r.statusCode());
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
            }
        }
    }

    private static String encoded(String iri) {
        return URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    @Test
    void aWholeDatasetReadOverTheLimitIsSentToTheDump() throws Exception {
        try (ServerFixture f = ServerFixture.withAdmin(ServerConfig.defaults(0, HandMadeRecords.BASE).withMaxGraphRead(10))) {
            for (String path : new String[] {"/ds/get?default", "/ds?default", "/ds/get", "/ds"}) {
                HttpResponse<String> r = f.get(path, "application/n-quads");
                assertEquals(413, r.statusCode(), path);
                assertTrue(r.body().contains(HandMadeRecords.BASE + "dump.nq.gz"), path + ": " + r.body());
            }
        }
    }

    @Test
    void oneGraphIsReadWhateverTheLimit() throws Exception {
        try (ServerFixture f = new ServerFixture(ServerConfig.defaults(0, HandMadeRecords.BASE).withMaxGraphRead(10))) {
            String graph = Txn.calculateRead(f.dsg, () -> f.dsg.listGraphNodes().next().getURI());
            assertEquals(200, f.get("/ds/get?graph=" + encoded(graph), "application/n-triples").statusCode());
        }
    }

    @Test
    void anAdminReadsTheWholeDatasetOverTheLimit() throws Exception {
        try (ServerFixture f = ServerFixture.withAdmin(ServerConfig.defaults(0, HandMadeRecords.BASE).withMaxGraphRead(10))) {
            HttpResponse<byte[]> r = get(f.url + "/ds/get?default", "Accept", "application/n-triples", "Authorization", login());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().length > 0);
        }
    }
}
