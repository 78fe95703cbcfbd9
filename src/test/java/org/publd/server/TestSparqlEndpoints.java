package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fuseki's endpoints at /ds, as a stock SPARQL client sees them, and the server's limits. */
class TestSparqlEndpoints {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final String TITLES = "SELECT DISTINCT ?w { ?w <http://purl.org/spar/fabio/hasPubMedId> ?id }";

    private static ServerFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = ServerFixture.withAdmin();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static long unionSize() {
        return Txn.calculateRead(f.dsg, () -> f.dsg.getUnionGraph().size());
    }

    private static int rows(RDFConnection conn, String query) {
        AtomicInteger n = new AtomicInteger();
        conn.querySelect(query, row -> n.incrementAndGet());
        return n.get();
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void queriesWithoutGraphSeeEveryRecord() {
        try (RDFConnection conn = RDFConnection.connect(f.url + "/ds")) {
            assertEquals(3, rows(conn, TITLES));
            conn.querySelect(COUNT, row -> assertEquals(unionSize(), row.getLiteral("n").getLong()));
        }
    }

    @Test
    void sparqlAndQueryEndpointsByGetAndPost() {
        for (String endpoint : new String[] {"sparql", "query"}) {
            for (boolean post : new boolean[] {false, true}) {
                try (RDFConnection conn = RDFConnectionRemote.service(f.url + "/ds").queryEndpoint(endpoint)
                        .parseCheckSPARQL(true).build()) {
                    try (QueryExecution qe = conn.query(TITLES)) {
                        assertEquals(3, countRows(qe), endpoint + (post ? " POST" : " GET"));
                    }
                }
            }
        }
    }

    private static int countRows(QueryExecution qe) {
        int n = 0;
        for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
            n++;
        }
        return n;
    }

    @Test
    void postedQueryBody() throws Exception {
        HttpResponse<String> r = f.send(HttpRequest.newBuilder(URI.create(f.url + "/ds/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(TITLES)).build());
        assertEquals(200, r.statusCode());
        assertEquals(4, r.body().strip().split("\r?\n").length, r.body());
    }

    @Test
    void resultFormatsByAccept() throws Exception {
        String[][] cases = {
            {"application/sparql-results+json", "application/sparql-results+json"},
            {"application/sparql-results+xml", "application/sparql-results+xml"},
            {"text/csv", "text/csv"},
            {"text/tab-separated-values", "text/tab-separated-values"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = f.get("/ds/sparql?query=" + q(TITLES), c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(c[1]), c[0]);
        }
        HttpResponse<String> r = f.get("/ds/query?query=" + q("CONSTRUCT WHERE { ?s ?p ?o }"), "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertEquals(unionSize(), g.size());
    }

    @Test
    void graphStoreReadsUnionAndNamedGraphs() {
        Graph union = GSP.service(f.url + "/ds/get").defaultGraph().GET();
        assertEquals(unionSize(), union.size());
        Graph record = GSP.service(f.url + "/ds/get").graphName(HandMadeRecords.BASE + "graph/pubmed/100").GET();
        assertTrue(record.contains(NodeFactory.createURI(HandMadeRecords.BASE + "pubmed/100"), org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.Node.ANY));
        try (RDFConnection conn = RDFConnection.connect(f.url + "/ds")) {
            assertEquals(unionSize(), conn.fetch().size());
        }
    }

    @Test
    void anonymousUpdateIsRefused() throws Exception {
        HttpResponse<String> r = f.send(update(null, "INSERT DATA { GRAPH <urn:g> { <urn:x-test:a> <urn:x-test:b> <urn:x-test:c> } }"));
        assertEquals(401, r.statusCode());
        assertEquals(401, f.get("/ds/data?default", "text/turtle").statusCode());
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        HttpResponse<String> r = f.send(update(ServerFixture.ADMIN + ":wrong", "INSERT DATA { GRAPH <urn:g> { <urn:x-test:a> <urn:x-test:b> <urn:x-test:c> } }"));
        assertEquals(401, r.statusCode());
    }

    @Test
    void adminMayUpdateAndWriteGraphs() throws Exception {
        String login = ServerFixture.ADMIN + ":" + ServerFixture.PASSWORD;
        HttpResponse<String> r = f.send(update(login, "INSERT DATA { GRAPH <urn:x-test:g> { <urn:x-test:a> <urn:x-test:b> <urn:x-test:c> } }"));
        assertEquals(204, r.statusCode(), r.body());
        r = f.send(HttpRequest.newBuilder(URI.create(f.url + "/ds/data?graph=" + q("urn:x-test:g2")))
                .header("Authorization", basic(login)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x-test:a> <urn:x-test:b> <urn:x-test:d> .")).build());
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        f.send(update(login, "DROP GRAPH <urn:x-test:g> ; DROP GRAPH <urn:x-test:g2>"));
    }

    private static HttpRequest update(String login, String update) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(f.url + "/ds/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        if (login != null) {
            b.header("Authorization", basic(login));
        }
        return b.build();
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noUpdateEndpointsWithoutPasswordFile() throws Exception {
        try (ServerFixture open = new ServerFixture(ServerConfig.defaults(0, HandMadeRecords.BASE))) {
            HttpResponse<String> r = open.send(HttpRequest.newBuilder(URI.create(open.url + "/ds/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, Integer.toString(r.statusCode()));
            assertEquals(403, open.get("/ds/data?default", "text/turtle").statusCode());
            assertEquals(404, open.get("/$/compact/ds", null).statusCode());
            assertTrue(Txn.calculateRead(open.dsg, () -> open.dsg.getUnionGraph().size()) > 0);
        }
    }

    @Test
    void serviceIsRefused() throws Exception {
        HttpResponse<String> r = f.get("/ds/sparql?query=" + q("SELECT * { SERVICE <http://localhost:9/sparql> { ?s ?p ?o } }"),
                "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertTrue(r.body().contains("SERVICE") && r.body().contains("--allow-service"), r.body());
        assertFalse(r.body().contains("httpServiceAllowed"), "not Jena's symbol: " + r.body());
    }

    @Test
    void serviceMayBeAllowed() throws Exception {
        try (ServerFixture open = new ServerFixture(ServerConfig.defaults(0, HandMadeRecords.BASE).withAllowService(true))) {
            String self = open.url + "/ds/sparql";
            HttpResponse<String> r = open.get("/ds/sparql?query=" + q("SELECT ?w { SERVICE <" + self + "> { "
                    + "SELECT DISTINCT ?w { ?w <http://purl.org/spar/fabio/hasPubMedId> ?id } } }"), "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(4, r.body().strip().split("\r?\n").length, r.body());
        }
    }

    /** Counting six copies of the data side by side, over 10^12 rows, takes hours, whatever the machine. */
    @Test
    void aQueryThatCannotFinishTimesOut() throws Exception {
        ServerConfig config = ServerConfig.defaults(0, HandMadeRecords.BASE).withQueryTimeout(Duration.ofMillis(200));
        try (ServerFixture slow = new ServerFixture(config)) {
            assertTrue(Txn.calculateRead(slow.dsg, () -> slow.dsg.getUnionGraph().size()) >= 100);
            String cross = IntStream.range(0, 6).mapToObj(i -> "?s" + i + " ?p" + i + " ?o" + i)
                    .collect(Collectors.joining(" . ", "SELECT (COUNT(*) AS ?n) { ", " }"));
            HttpResponse<String> r = slow.send(HttpRequest.newBuilder(URI.create(slow.url + "/ds/sparql?query=" + q(cross)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofMinutes(1)).build());
            assertEquals(503, r.statusCode(), r.body());
        }
    }

    @Test
    void anonymousResultsAreCapped() throws Exception {
        try (ServerFixture capped = new ServerFixture(ServerConfig.defaults(0, HandMadeRecords.BASE).withMaxRows(5))) {
            try (RDFConnection conn = RDFConnection.connect(capped.url + "/ds")) {
                assertEquals(5, rows(conn, "SELECT * { ?s ?p ?o }"));
                assertEquals(2, rows(conn, "SELECT * { ?s ?p ?o } LIMIT 2"));
                assertEquals(5, rows(conn, "SELECT * { ?s ?p ?o } LIMIT 500"));
            }
        }
    }

    @Test
    void malformedQueryIs400() throws Exception {
        HttpResponse<String> r = f.get("/ds/sparql?query=" + q("SELEC ?x"), null);
        assertEquals(400, r.statusCode());
        assertFalse(r.body().contains("\tat "), r.body());
    }

    /**
     * The head alone, no body: the answer must come from the declared length, before any byte of the body is
     * read. (Sending the whole body races the server's close against the client's write; curl avoids that with
     * Expect: 100-continue, which JDK 17's HttpClient mishandles when the answer is not 100.)
     */
    @Test
    void oversizedBodyIs413BeforeItIsRead() throws Exception {
        assertEquals("HTTP/1.1 413 Payload Too Large", statusLine(postHead("Content-Length: " + (PubldServer.MAX_BODY_BYTES + 1))));
    }

    @Test
    void bodyOfUnknownLengthIs411() throws Exception {
        assertEquals("HTTP/1.1 411 Length Required", statusLine(postHead("Transfer-Encoding: chunked")));
    }

    private static String postHead(String lengthHeader) {
        return "POST /ds/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                + lengthHeader + "\r\n\r\n";
    }

    private static String statusLine(String head) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), f.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    /**
     * Fuseki buffers an answer in a 5 MB output buffer; Jetty's default pool kept nothing that large, so
     * every answer allocated one (and the JVM collected them with System.gc(), see OutputBufferPool).
     */
    @Test
    void answersGiveTheirOutputBufferBackToThePool() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, f.get("/ds/sparql?query=" + q(COUNT), "application/sparql-results+json").statusCode());
        }
        Connector connector = f.server.jetty().getConnectors()[0];
        int outputBuffer = connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().getOutputBufferSize();
        ArrayByteBufferPool pool = assertInstanceOf(ArrayByteBufferPool.class, connector.getByteBufferPool());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        // Released once the exchange completes, which may be just after the client has read the answer.
        while (pool.getAvailableDirectMemory() + pool.getAvailableHeapMemory() < outputBuffer && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(pool.getAvailableDirectMemory() + pool.getAvailableHeapMemory() >= outputBuffer, pool::toString);
    }

    @Test
    void corsOnReadEndpoints() throws Exception {
        for (String path : new String[] {"/ds/sparql?query=" + q(COUNT), "/pubmed/100", "/void"}) {
            HttpResponse<String> r = f.send(HttpRequest.newBuilder(URI.create(f.url + path))
                    .header("Origin", "http://other.example").build());
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
        }
    }

    @Test
    void solutionsCarryTheConfiguredBase() {
        try (RDFConnection conn = RDFConnection.connect(f.url + "/ds")) {
            conn.querySelect("SELECT ?w { ?w <http://purl.org/spar/fabio/hasPubMedId> \"100\" }", (QuerySolution row) ->
                    assertEquals(HandMadeRecords.BASE + "pubmed/100", row.getResource("w").getURI()));
        }
    }
}
