package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.mapping.vocab.FABIO;
import org.publd.store.LineRecords;

/**
 * {@code publd serve} run as a user runs it, in a JVM of its own on a free port: the line it prints
 * once it listens gives the URL; then the landing page, a record and SPARQL answer, and it stops.
 */
class TestServeCommand {
    private static final String BASE = "http://localhost:3030/";
    private static final String RECORD_GRAPHS = """
            PREFIX fabio: <http://purl.org/spar/fabio/>
            SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?work fabio:hasPubMedId ?pmid } }""";

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheBundledExample() throws Exception {
        // --base: with --port 0 the default base would name port 0.
        try (ServeProcess served = ServeProcess.start("serve", "--port", "0", "--base", BASE)) {
            assertLandingPage(served);
            Graph record = turtle(served.url() + "pubmed/20724638");
            assertTrue(record.contains(NodeFactory.createURI(BASE + "pubmed/20724638"), FABIO.hasPubMedId,
                    NodeFactory.createLiteralString("20724638")), "the seed record");
            assertEquals(served.records(), recordGraphs(served), "SPARQL sees every record served");
        }
    }

    @Test
    void servesADatabase() throws Exception {
        Path db = tmp.resolve("db");
        Path in = Files.writeString(tmp.resolve("in.lines"), LineRecords.HEADER + "\n" + TestStoreCommands.RECORDS);
        assertEquals(0, CliWithLineRecords.run("load", "--db", db.toString(), in.toString()).exit());
        try (ServeProcess served = ServeProcess.start("serve", "--port", "0", "--db", db.toString(), "--base", BASE)) {
            assertEquals(3, served.records());
            assertLandingPage(served);
            Graph record = turtle(served.url() + "pubmed/1");
            assertTrue(record.contains(NodeFactory.createURI(BASE + "pubmed/1"), FABIO.hasPubMedId,
                    NodeFactory.createLiteralString("1")), "a loaded record");
            assertEquals(3, recordGraphs(served));
        }
    }

    private void assertLandingPage(ServeProcess served) throws IOException, InterruptedException {
        HttpResponse<String> landing = http.send(HttpRequest.newBuilder(URI.create(served.url())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, landing.statusCode());
        assertTrue(landing.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    }

    private Graph turtle(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        return g;
    }

    private static long recordGraphs(ServeProcess served) {
        try (QueryExecHTTP qe = QueryExecHTTP.service(served.url() + "ds/sparql").query(RECORD_GRAPHS).build()) {
            RowSet rows = qe.select();
            return ((Number) rows.next().get("n").getLiteralValue()).longValue();
        }
    }
}
