package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad option value is a usage error: exit code 2 and a message naming the option and the value,
 * before anything is read or written. The databases named here do not exist, so a check that went
 * missing would fail the command with exit code 1 instead of starting a server.
 */
class TestUsageErrors {
    static Stream<Arguments> badValues() {
        return Stream.of(
                bad("option '--format': expected one of [turtle, trig, ntriples, nquads, jsonld, rdfxml]"
                        + " but was 'foo'", "map", "--format", "foo", "x.xml"),
                bad("option '--input-format': expected one of [pubmed-xml, medline, pubmed-page",
                        "map", "--input-format", "bogus", "x.xml"),
                bad("option '--base': base IRI must be an absolute http(s) IRI, got: notaniri",
                        "map", "--base", "notaniri", "x.xml"),
                bad("option '--loader': expected one of [auto, bulk, transactional] but was 'bogus'",
                        "load", "--db", "no-db", "--loader", "bogus", "x.xml"),
                bad("option '--format'", "export", "--db", "no-db", "--format", "foo"),
                bad("give one of --db, --sparql-endpoint or INPUT files", "serve", "--db", "no-db", "x.xml"),
                bad("give one of --db, --sparql-endpoint or INPUT files", "serve", "--db", "no-db",
                        "--sparql-endpoint", "http://localhost:8890/sparql"),
                bad("--sparql-endpoint must be an http(s) URL, got ftp://example.org/sparql",
                        "serve", "--sparql-endpoint", "ftp://example.org/sparql"),
                bad("--admin-password-file needs a database: a server on --sparql-endpoint is read-only",
                        "serve", "--sparql-endpoint", "http://localhost:8890/sparql", "--admin-password-file", "pw"),
                bad("--query-timeout must be a positive number of seconds, got 0.0",
                        "serve", "--db", "no-db", "--query-timeout", "0"),
                bad("--max-rows must be at least 1, got 0", "serve", "--db", "no-db", "--max-rows", "0"),
                bad("--max-graph-read must be at least 0, got -1", "serve", "--db", "no-db", "--max-graph-read", "-1"),
                bad("--max-queries must be at least 1, got 0", "serve", "--db", "no-db", "--max-queries", "0"),
                bad("--query-queue must not be negative, got -1", "serve", "--db", "no-db", "--query-queue", "-1"),
                bad("--port must be between 0 and 65535, got 70000", "serve", "--db", "no-db", "--port", "70000"),
                bad("option '--base'", "serve", "--db", "no-db", "--base", "ftp://example.org/"),
                bad("--rate must be a number of requests per second (0 for no limit), got -1.0",
                        "link", "wikidata", "--db", "no-db", "--rate", "-1"),
                bad("--batch must be at least 1, got 0", "link", "wikidata", "--db", "no-db", "--batch", "0"),
                bad("--timeout must be at least 1 second, got 0", "link", "wikidata", "--db", "no-db", "--timeout", "0"),
                bad("--retries must be at least 0, got -1", "link", "wikidata", "--db", "no-db", "--retries", "-1"),
                bad("--timeout must be at least 1 second, got 0", "sync", "--db", "no-db", "--timeout", "0"),
                bad("--retries must be at least 0, got -1", "sync", "--db", "no-db", "--retries", "-1"),
                bad("--jobs must not be negative", "sync", "--db", "no-db", "--jobs", "-1"),
                bad("--endpoint and --main-endpoint must be http(s) URLs, got: ftp://example.org/sparql",
                        "link", "wikidata", "--db", "no-db", "--endpoint", "ftp://example.org/sparql"));
    }

    private static Arguments bad(String message, String... args) {
        return Arguments.of(message, args);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badValues")
    void badValueExitsTwoWithAMessage(String message, String[] args) {
        CliWithLineRecords.Run run = CliWithLineRecords.run(args);
        assertEquals(ExitCodes.USAGE, run.exit(), run.err());
        assertTrue(run.err().startsWith("publd: "), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertTrue(run.err().contains("--help' for more information"), run.err());
        assertEquals("", run.out());
    }
}
