package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.jsonldjava.core.JsonLdOptions;
import com.github.jsonldjava.core.JsonLdProcessor;
import com.github.jsonldjava.utils.JsonUtils;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publd.ontology.TestSamplesConform;

/**
 * Every record page as JSON-LD says what its Turtle says, read by Jena and by jsonld-java; the
 * context it is compacted against is published at {@code /context.jsonld}.
 */
class TestJsonLdPages {
    private static final String BASE = "http://localhost:3030/";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> PATHS = new ArrayList<>();
    private static PubldServer server;

    @BeforeAll
    static void start() throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (Stream<Path> samples = TestSamplesConform.samples()) {
            samples.forEach(file -> {
                DatasetGraph mapped = TestSamplesConform.map(file);
                mapped.listGraphNodes().forEachRemaining(g -> {
                    dsg.removeGraph(g);
                    PATHS.add(g.getURI().substring(BASE.length()).replace("graph/", ""));
                });
                mapped.find().forEachRemaining(dsg::add);
            });
        }
        server = PubldServer.start(dsg, ServerConfig.defaults(0, BASE));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<String> records() {
        return PATHS.stream().distinct().sorted();
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/" + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base(BASE).parse(g);
        return g;
    }

    @Test
    void theSeedAndEverySampleRecordArePublished() {
        assertTrue(PATHS.contains("pubmed/20724638"), "the seed");
        assertTrue(PATHS.size() > 60, "the sample records: " + PATHS.size());
    }

    @ParameterizedTest
    @MethodSource("records")
    void jsonLdPageIsTheTurtlePage(String path) throws Exception {
        HttpResponse<String> jsonld = get(path, "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        Graph turtle = parse(get(path, "text/turtle").body(), Lang.TURTLE);
        assertFalse(turtle.isEmpty());
        assertTrue(parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(turtle), path + ": Jena reads another graph");
        JsonLdOptions options = new JsonLdOptions();
        options.format = "application/n-quads";
        String nquads = (String) JsonLdProcessor.toRDF(JsonUtils.fromString(jsonld.body()), options);
        assertTrue(parse(nquads, Lang.NQUADS).isIsomorphicWith(turtle), path + ": jsonld-java reads another graph");
    }

    @Test
    void pagesAreCompactAgainstThePublishedContext() throws Exception {
        JsonObject page = json(get("pubmed/20724638", "application/ld+json").body());
        assertEquals(json(get("context.jsonld", null).body()).get("@context"), page.get("@context"));
        JsonObject seed = page.getJsonArray("@graph").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("@id").equals(BASE + "pubmed/20724638")).findFirst().orElseThrow();
        assertEquals("20724638", seed.getString("pmid"));
        assertTrue(seed.containsKey("title"), seed.keySet().toString());
    }

    @Test
    void theContextIsTheFileInTheOntologyFolder() throws Exception {
        HttpResponse<String> r = get("context.jsonld", null);
        assertEquals(200, r.statusCode());
        assertEquals("application/ld+json", r.headers().firstValue("Content-Type").orElseThrow());
        try (InputStream in = getClass().getResourceAsStream("/ontology/context.jsonld");
             JsonReader reader = Json.createReader(in)) {
            assertEquals(reader.readObject(), json(r.body()));
        }
    }

    @Test
    void theContextIsCacheable() throws Exception {
        HttpResponse<String> r = get("context.jsonld", null);
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertTrue(r.headers().firstValue("Cache-Control").orElseThrow().contains("max-age"));
        HttpRequest again = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/context.jsonld"))
                .header("If-None-Match", etag).build();
        assertEquals(304, HTTP.send(again, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
