package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a hostile or careless client sends, and what each must get: never a 500, never a stack trace,
 * a short message for every refusal, the security headers on every answer, CORS for reading only and
 * never with credentials, and a status that tells a complete answer from a cut one.
 */
class TestHostileRequests {
    private static final String EVIL = "https://evil.example";
    /** Marks a response header that must be missing. */
    private static final String ABSENT = "(absent)";
    /** Marks a part that a response header must contain. */
    private static final String PART = "(part)";
    private static final String NOSNIFF = "X-Content-Type-Options";
    /** Rows at once, then a cross product of five patterns (over 10^10 rows) that runs far past the timeout. */
    private static final String SLOW_AFTER_FIRST_ROWS = "SELECT * { { VALUES ?x { 1 2 3 } } UNION "
            + "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o "
            + "FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i), STR(?l), STR(?o))) < 0) } }";
    /**
     * Long enough that an ordinary query on a cold server (class loading, JIT) never reaches it, so only the
     * cross product above times out.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static ServerFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = ServerFixture.withAdmin(ServerConfig.defaults(0, HandMadeRecords.BASE).withQueryTimeout(TIMEOUT));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** One request and what its answer must show. */
    record Probe(String name, String method, String path, Map<String, String> headers, String body,
                 int status, Map<String, String> expected, String says) {
        @Override
        public String toString() {
            return name;
        }

        Probe header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Probe(this.name, method, path, h, body, status, expected, says);
        }

        Probe body(String contentType, String text) {
            return new Probe(name, "GET".equals(method) ? "POST" : method, path, headers, text, status, expected, says)
                    .header("Content-Type", contentType);
        }

        Probe answers(int code) {
            return new Probe(name, method, path, headers, body, code, expected, says);
        }

        Probe with(String header, String value) {
            Map<String, String> e = new LinkedHashMap<>(expected);
            e.merge(header, value, (a, b) -> a + "\n" + b);
            return new Probe(name, method, path, headers, body, status, e, says);
        }

        Probe says(String text) {
            return new Probe(name, method, path, headers, body, status, expected, text);
        }
    }

    private static Probe probe(String name, String method, String path) {
        return new Probe(name, method, path, Map.of(), null, 200, Map.of(), null);
    }

    static Stream<Probe> probes() {
        String ask = "/ds/sparql?query=" + q("ASK {}");
        String form = "application/x-www-form-urlencoded";
        String sparql = "application/sparql-query";
        String record = "/pubmed/100";
        List<Probe> p = new ArrayList<>();
        // 13. CORS: reading from anywhere, without credentials; writing from nowhere.
        p.add(probe("CORS: a query from another origin", "GET", ask).header("Origin", EVIL)
                .with("Access-Control-Allow-Origin", "*"));
        p.add(probe("CORS: a Linked Data page from another origin", "GET", record).header("Origin", EVIL)
                .with("Access-Control-Allow-Origin", "*"));
        p.add(probe("CORS: preflight of a query", "OPTIONS", "/ds/sparql").header("Origin", EVIL)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
                .answers(204).with("Access-Control-Allow-Origin", "*")
                .with("Access-Control-Allow-Methods", "GET, POST, HEAD, OPTIONS")
                .with("Access-Control-Allow-Headers", "Accept, Content-Type"));
        p.add(probe("CORS: preflight asking for PUT", "OPTIONS", "/ds/sparql").header("Origin", EVIL)
                .header("Access-Control-Request-Method", "PUT").answers(204).with("Access-Control-Allow-Origin", ABSENT)
                .with("Access-Control-Allow-Methods", ABSENT));
        p.add(probe("CORS: preflight asking to send Authorization", "OPTIONS", "/ds/sparql").header("Origin", EVIL)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization")
                .answers(204).with("Access-Control-Allow-Origin", ABSENT).with("Access-Control-Allow-Headers", ABSENT));
        p.add(probe("CORS: preflight of an update", "OPTIONS", "/ds/update").header("Origin", EVIL)
                .header("Access-Control-Request-Method", "POST").answers(401).with("Access-Control-Allow-Origin", ABSENT));
        p.add(probe("CORS: an update with credentials from another origin", "POST", "/ds/update").header("Origin", EVIL)
                .header("Authorization", basic(ServerFixture.ADMIN + ":" + ServerFixture.PASSWORD))
                .body("application/sparql-update", "INSERT DATA {}").answers(204)
                .with("Access-Control-Allow-Origin", ABSENT));
        // 14. Client errors are 4xx with a short message.
        p.add(probe("Accept: ; on a Linked Data path", "GET", record).header("Accept", ";").answers(406));
        p.add(probe("form with bad percent-encoding", "POST", "/ds/sparql").body(form, "query=%zz").answers(400));
        p.add(probe("form with invalid UTF-8", "POST", "/ds/sparql").body(form, "query=ASK%7B%7D%ff").answers(400));
        p.add(probe("form in an unknown charset", "POST", "/ds/sparql").body(form + "; charset=nonsense", "query=ASK%7B%7D")
                .answers(415));
        p.add(probe("gzip declared on a plain body", "POST", "/ds/sparql").header("Content-Encoding", "gzip")
                .body(sparql, "ASK {}").answers(400));
        p.add(probe("a property path of 5,000 steps", "POST", "/ds/sparql")
                .body(sparql, "SELECT * { ?s " + String.join("/", Collections.nCopies(5000, "<urn:x-test:p>")) + " ?o }")
                .answers(400).says("nested too deeply"));
        p.add(probe("3,000 nested braces", "POST", "/ds/sparql")
                .body(sparql, "SELECT * " + "{".repeat(3000) + "}".repeat(3000)).answers(400).says("nested too deeply"));
        // 15. A query that times out after its first rows is refused as a whole, in every format.
        for (String accept : List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv")) {
            p.add(probe("timeout after the first rows, " + accept, "GET", "/ds/sparql?query=" + q(SLOW_AFTER_FIRST_ROWS))
                    .header("Accept", accept).answers(503).says("timed out"));
        }
        // 16. No TRACE; HTML pages cannot be framed and say where scripts may come from.
        for (String path : List.of("/", record, "/sparql", ask)) {
            p.add(probe("TRACE " + path, "TRACE", path).answers(405));
        }
        for (String path : List.of("/", record, "/sparql")) {
            p.add(probe("HTML page " + path, "GET", path).header("Accept", "text/html")
                    .with("X-Frame-Options", "DENY").with("Content-Security-Policy", PART + "frame-ancestors 'none'")
                    .with("Content-Security-Policy", PART + "script-src 'self'"));
        }
        return p.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void hostileRequestGetsAClearAnswer(Probe probe) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(f.url + probe.path()))
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8));
        probe.headers().forEach(b::header);
        HttpResponse<String> r = f.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        String body = r.body();
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(probe.status(), r.statusCode(), body));
        checks.add(() -> assertEquals("nosniff", r.headers().firstValue(NOSNIFF).orElse(null)));
        checks.add(() -> assertFalse(r.headers().firstValue("Fuseki-Request-Id").isPresent(), "Fuseki-Request-Id"));
        checks.add(() -> assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), "credentials"));
        for (String trace : List.of("Exception", "StackOverflow", "\tat ", "Incomplete results")) {
            checks.add(() -> assertFalse(body.contains(trace), () -> trace + " in " + abbreviate(body)));
        }
        // 401 is Jetty's login challenge: its WWW-Authenticate header is the message.
        if (r.statusCode() >= 400 && r.statusCode() != 401) {
            checks.add(() -> assertTrue(!body.isBlank() && body.length() < 300, () -> "a short message: " + abbreviate(body)));
        }
        if (probe.says() != null) {
            checks.add(() -> assertTrue(body.contains(probe.says()), () -> "says " + probe.says() + ": " + abbreviate(body)));
        }
        probe.expected().forEach((header, values) -> {
            String actual = r.headers().firstValue(header).orElse(null);
            for (String value : values.split("\n")) {
                if (value.startsWith(PART)) {
                    checks.add(() -> assertTrue(actual != null && actual.contains(value.substring(PART.length())),
                            () -> header + ": " + actual + " lacks " + value));
                } else {
                    checks.add(() -> assertEquals(ABSENT.equals(value) ? null : value, actual, header));
                }
            }
        });
        assertAll(checks.stream());
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
