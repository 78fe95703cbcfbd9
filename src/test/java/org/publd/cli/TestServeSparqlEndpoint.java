package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.server.ExampleData;
import org.publd.server.ld.Representation;

/**
 * {@code publd serve --sparql-endpoint} on the bundled example records (the seed 20724638 among them)
 * bulk-loaded into Virtuoso Open Source and into stock Fuseki answers as {@code publd serve --db} on the
 * same records: every Linked Data representation isomorphic, the HTML pages with the same title, authors
 * and links, the VoID counts and SPARQL answers equal. A store stopped under it gives 502 with a short
 * message; started again, it answers again.
 */
class TestServeSparqlEndpoint {
    private static final String PREFIXES = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX fabio: <http://purl.org/spar/fabio/>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            """;
    private static final List<String> QUERIES = List.of(
            "SELECT ?w ?id ?t WHERE { ?w fabio:hasPubMedId ?id . OPTIONAL { ?w dcterms:title ?t } }",
            "SELECT ?citing ?cited WHERE { ?citing cito:cites ?cited }",
            "SELECT ?w ?name WHERE { ?w dcterms:creator ?a . ?a foaf:name ?name }",
            "SELECT (COUNT(*) AS ?n) WHERE { ?citing cito:discusses ?cited }");
    private static final String SEED = "20724638";
    /** The base the records are loaded with: the default. */
    private static final String BASE = "http://localhost:3030/";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern AUTHORS = Pattern.compile("<p class=\"authors\">(.*?)</p>", Pattern.DOTALL);

    @TempDir
    static Path tmp;

    private static Path nquads;
    private static Path copy;
    private static ServeProcess local;
    private static List<String> pmids;
    private static String author;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The examples loaded into a database served with --db; their N-Quads exported; a copy of the database for Fuseki. */
    @BeforeAll
    static void load() throws IOException {
        Path db = tmp.resolve("db");
        Path load = Files.createDirectories(tmp.resolve("load"));
        nquads = load.resolve("records.nq");
        List<String> args = new ArrayList<>(List.of("load", "--db", db.toString()));
        try (ExampleData examples = ExampleData.extract()) {
            args.addAll(examples.files());
            assertEquals(0, Main.run(args.toArray(String[]::new)));
        }
        assertEquals(0, Main.run("export", "--db", db.toString(), "--format", "nquads", "-o", nquads.toString()));
        copy = tmp.resolve("db-copy");
        PathUtils.copyDirectory(db, copy);
        local = ServeProcess.start("serve", "--port", "0", "--db", db.toString());
        pmids = RDFParser.source(nquads).lang(Lang.NQUADS).toDatasetGraph().stream()
                .filter(q -> q.getPredicate().getURI().equals("http://purl.org/spar/fabio/hasPubMedId")
                        && q.getGraph().getURI().endsWith("/graph/pubmed/" + q.getObject().getLiteralLexicalForm()))
                .map(q -> q.getObject().getLiteralLexicalForm()).distinct().sorted().toList();
        assertTrue(pmids.contains(SEED) && pmids.size() >= 5, "records: " + pmids);
        author = RDFParser.source(nquads).lang(Lang.NQUADS).toDatasetGraph().stream()
                .filter(q -> q.getPredicate().getURI().equals("http://purl.org/dc/terms/creator"))
                .map(q -> q.getObject().getURI()).findFirst().orElseThrow();
    }

    @AfterAll
    static void stopLocal() {
        if (local != null) {
            local.close();
        }
    }

    @Test
    void virtuosoServesWhatTheDatabaseServes() throws Exception {
        Virtuoso.requireInstalled();
        try (Virtuoso virtuoso = Virtuoso.start(Files.createDirectories(tmp.resolve("virtuoso")), nquads.getParent())) {
            virtuoso.bulkLoad(nquads.getParent(), "*.nq");
            // No --base: the server reads it from the record graphs.
            try (ServeProcess remote = ServeProcess.start("serve", "--port", "0", "--sparql-endpoint", virtuoso.sparqlUrl(),
                    "--query-timeout", "20")) {
                assertSameAnswers(remote);
                virtuoso.stop();
                assertStoreDown(remote);
                virtuoso.start();
                assertAnswersAgain(remote);
            }
        }
    }

    @Test
    void stockFusekiServesWhatTheDatabaseServes() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("fuseki"));
        try (StockFuseki fuseki = StockFuseki.start(copy, dir)) {
            fuseki.stop();
            // Started while the store is down: it says so, and answers once the store is up.
            try (ServeProcess remote = ServeProcess.start("serve", "--port", "0", "--sparql-endpoint",
                    fuseki.url() + "/ds/sparql", "--base", BASE)) {
                assertTrue(remote.output().toString().contains("cannot be reached"), remote.output().toString());
                assertStoreDown(remote);
                fuseki.start();
                assertSameAnswers(remote);
                fuseki.stop();
                assertStoreDown(remote);
                fuseki.start();
                assertAnswersAgain(remote);
            }
        }
    }

    private void assertSameAnswers(ServeProcess remote) throws Exception {
        for (String pmid : pmids) {
            for (String path : List.of("pubmed/" + pmid, "graph/pubmed/" + pmid)) {
                for (Representation r : Representation.values()) {
                    if (r == Representation.HTML) {
                        assertSamePage(remote, path);
                    } else {
                        assertSameGraph(remote, path + "." + r.extension(), RDFLanguages.contentTypeToLang(r.mediaType()));
                    }
                }
            }
        }
        assertSameGraph(remote, author.substring(BASE.length()) + ".ttl", Lang.TURTLE);
        assertEquals(counts(local, "void.ttl"), counts(remote, "void.ttl"), "VoID counts");
        for (String q : QUERIES) {
            assertEquals(rows(local, q), rows(remote, q), q);
        }
    }

    /** The same statements in the same graphs: TriG and N-Quads give a record graph as a named graph. */
    private void assertSameGraph(ServeProcess remote, String path, Lang lang) throws Exception {
        DatasetGraph expected = dataset(local, path, lang);
        DatasetGraph actual = dataset(remote, path, lang);
        assertFalse(expected.isEmpty(), path);
        assertTrue(IsoMatcher.isomorphic(expected, actual), path + ": " + Iter.count(expected.find()) + " statements from --db, "
                + Iter.count(actual.find()) + " from the endpoint");
    }

    private DatasetGraph dataset(ServeProcess server, String path, Lang lang) throws IOException, InterruptedException {
        HttpResponse<String> r = get(server, path, "*/*");
        assertEquals(200, r.statusCode(), server.url() + path + ": " + r.body());
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(r.body(), lang).base(server.url()).parse(dsg);
        DatasetGraph canonical = DatasetGraphFactory.create();
        dsg.find().forEachRemaining(q -> canonical.add(q.getGraph(), q.getSubject(), q.getPredicate(), canonicalTime(q.getObject())));
        return canonical;
    }

    /**
     * A date-time in one lexical form: a store may write the same instant another way (Virtuoso drops
     * trailing zeros of the fraction: {@code .120Z} comes back as {@code .12Z}), which is the same value.
     */
    private static Node canonicalTime(Node o) {
        if (o.isLiteral() && XSDDatatype.XSDdateTime.getURI().equals(o.getLiteralDatatypeURI())) {
            try {
                String instant = OffsetDateTime.parse(o.getLiteralLexicalForm()).toInstant().toString();
                return NodeFactory.createLiteralDT(instant, XSDDatatype.XSDdateTime);
            } catch (DateTimeParseException e) {
                return o;
            }
        }
        return o;
    }

    private void assertSamePage(ServeProcess remote, String path) throws Exception {
        String expected = get(local, path, "text/html").body();
        String actual = get(remote, path, "text/html").body();
        assertEquals(first(TITLE, expected), first(TITLE, actual), path + " title");
        assertEquals(first(H1, expected), first(H1, actual), path + " heading");
        assertEquals(first(AUTHORS, expected), first(AUTHORS, actual), path + " authors");
        assertEquals(all(HREF, expected), all(HREF, actual), path + " links");
    }

    private void assertStoreDown(ServeProcess remote) throws Exception {
        // Not the VoID description: its figures are kept a while, as with a database.
        for (String path : List.of("pubmed/" + SEED, "", "ds/sparql?query=ASK%7B%7D")) {
            HttpResponse<String> r = get(remote, path, "text/html");
            assertEquals(502, r.statusCode(), path + ": " + r.body());
            assertTrue(r.body().contains("The data store (") && r.body().contains("cannot be reached"), r.body());
        }
    }

    private void assertAnswersAgain(ServeProcess remote) throws Exception {
        HttpResponse<String> r = get(remote, "pubmed/" + SEED, "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(200, get(remote, "", "text/html").statusCode());
    }

    private HttpResponse<String> get(ServeProcess server, String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Graph graph(ServeProcess server, String path, Lang lang) throws IOException, InterruptedException {
        HttpResponse<String> r = get(server, path, "*/*");
        assertEquals(200, r.statusCode(), server.url() + path + ": " + r.body());
        return RDFParser.fromString(r.body(), lang).base(server.url()).toGraph();
    }

    /** Every count of the VoID description: its triples whose object is an integer, by subject and property. */
    private Map<String, String> counts(ServeProcess server, String path) throws IOException, InterruptedException {
        Map<String, String> counts = new HashMap<>();
        graph(server, path, Lang.TURTLE).find().forEachRemaining((Triple t) -> {
            if (t.getObject().isLiteral() && XSDDatatype.XSDinteger.equals(t.getObject().getLiteralDatatype())) {
                counts.put(t.getSubject() + " " + t.getPredicate(), t.getObject().getLiteralLexicalForm());
            }
        });
        assertFalse(counts.isEmpty(), path);
        return counts;
    }

    /** The rows of a SELECT from the server's /ds/sparql, in a canonical order. */
    private static List<String> rows(ServeProcess server, String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExec exec = QueryExecHTTP.service(server.url() + "ds/sparql").query(PREFIXES + query)
                .timeout(60, TimeUnit.SECONDS).build()) {
            exec.select().forEachRemaining(b -> {
                Map<String, Node> row = new TreeMap<>();
                b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                rows.add(row.toString());
            });
        }
        assertFalse(rows.isEmpty(), query);
        return rows.stream().sorted().toList();
    }

    private static String first(Pattern p, String html) {
        Matcher m = p.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static Set<String> all(Pattern p, String html) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
