package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        try (Served served = Served.start("serve", "--port", "0", "--base", BASE)) {
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
        try (Served served = Served.start("serve", "--port", "0", "--db", db.toString(), "--base", BASE)) {
            assertEquals(3, served.records());
            assertLandingPage(served);
            Graph record = turtle(served.url() + "pubmed/1");
            assertTrue(record.contains(NodeFactory.createURI(BASE + "pubmed/1"), FABIO.hasPubMedId,
                    NodeFactory.createLiteralString("1")), "a loaded record");
            assertEquals(3, recordGraphs(served));
        }
    }

    private void assertLandingPage(Served served) throws IOException, InterruptedException {
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

    private static long recordGraphs(Served served) {
        try (QueryExecHTTP qe = QueryExecHTTP.service(served.url() + "ds/sparql").query(RECORD_GRAPHS).build()) {
            RowSet rows = qe.select();
            return ((Number) rows.next().get("n").getLiteralValue()).longValue();
        }
    }

    /** {@code publd serve} in a child JVM, from the line it prints when it listens until closed. */
    private record Served(Process process, String url, long records) implements AutoCloseable {
        private static final Pattern SERVING = Pattern.compile("PubLD serving ([\\d,]+) records? at (http://\\S+/) ");

        static Served start(String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> awaitServing(process));
            } catch (RuntimeException | Error e) {
                process.destroyForcibly();
                throw e;
            }
        }

        private static Served awaitServing(Process process) throws IOException {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line; (line = out.readLine()) != null; ) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    // Whatever it prints later must not fill the pipe and block it.
                    Thread drain = new Thread(() -> {
                        try {
                            out.transferTo(Writer.nullWriter());
                        } catch (IOException e) {
                            // the process has gone: nothing left to drain
                        }
                    }, "publd-serve-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new Served(process, m.group(2), Long.parseLong(m.group(1).replace(",", "")));
                }
                seen.append(line).append('\n');
            }
            return fail("publd serve ended without serving:\n" + seen);
        }

        @Override
        public void close() {
            process.destroy();
            process.onExit().join();
        }
    }
}
