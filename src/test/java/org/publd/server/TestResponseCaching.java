package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity tags, 304 answers, and kept pages that change as soon as the data does. */
class TestResponseCaching {
    private static final String B = HandMadeRecords.BASE;
    private static ServerFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = ServerFixture.withAdmin();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.headers()));
    }

    private static HttpResponse<String> getIfNoneMatch(String path, String accept, String etags) throws Exception {
        return f.send(HttpRequest.newBuilder(URI.create(f.url + path)).header("Accept", accept)
                .header("If-None-Match", etags).build());
    }

    @Test
    void notModifiedForTheSameEntityTag() throws Exception {
        HttpResponse<String> first = f.get("/pubmed/100", "text/turtle");
        assertEquals(200, first.statusCode());
        String tag = etag(first);
        HttpResponse<String> again = getIfNoneMatch("/pubmed/100", "text/turtle", "\"other\", W/" + tag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(tag, etag(again));
        assertTrue(again.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));

        HttpResponse<String> otherType = getIfNoneMatch("/pubmed/100", "text/html", tag);
        assertEquals(200, otherType.statusCode(), "each representation has its own tag");
        assertNotEquals(tag, etag(otherType));
        assertEquals(200, getIfNoneMatch("/pubmed/100", "text/turtle", "\"other\"").statusCode());
        assertEquals(304, getIfNoneMatch("/pubmed/100.ttl", "*/*", tag).statusCode(), "the extension URL is the same body");
    }

    @Test
    void keptAnswersAreTheRenderedOnes() throws Exception {
        HttpResponse<String> first = f.get("/pubmed/200.html", null);
        f.get("/pubmed/200.html", null); // kept from the second rendering on
        HttpResponse<String> second = f.get("/pubmed/200.html", null);
        assertEquals(first.body(), second.body());
        assertEquals(etag(first), etag(second));
        assertEquals(first.body().getBytes(StandardCharsets.UTF_8).length,
                Integer.parseInt(second.headers().firstValue("Content-Length").orElseThrow()));
    }

    @Test
    void authenticatedUpdateChangesThePage() throws Exception {
        f.get("/pubmed/300", "text/turtle"); // kept from the second rendering on: the update must drop it
        HttpResponse<String> before = f.get("/pubmed/300", "text/turtle");
        assertFalse(before.body().contains("Cache test title"));
        String graph = B + "graph/pubmed/300";
        String insert = "INSERT DATA { GRAPH <" + graph + "> { <" + B + "pubmed/300> <http://purl.org/dc/terms/alternative> \"Cache test title\" } }";
        HttpResponse<String> u = f.send(HttpRequest.newBuilder(URI.create(f.url + "/ds/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (ServerFixture.ADMIN + ":" + ServerFixture.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
        try {
            assertEquals(204, u.statusCode(), u.body());

            HttpResponse<String> after = getIfNoneMatch("/pubmed/300", "text/turtle", etag(before));
            assertEquals(200, after.statusCode(), "the old tag no longer matches");
            assertTrue(after.body().contains("Cache test title"), after.body());
            assertNotEquals(etag(before), etag(after));
        } finally {
            Txn.executeWrite(f.dsg, () -> f.dsg.deleteAny(NodeFactory.createURI(graph), Node.ANY, DCTerms.alternative.asNode(), Node.ANY));
        }
    }

    @Test
    void writesInTheSameJvmChangeThePage() throws Exception {
        f.get("/pubmed/100.nt", null); // kept from the second rendering on: the write must drop it
        HttpResponse<String> before = f.get("/pubmed/100.nt", null);
        assertEquals(200, before.statusCode());
        Quad extra = Quad.create(NodeFactory.createURI(B + "graph/pubmed/100"), NodeFactory.createURI(B + "pubmed/100"),
                NodeFactory.createURI("http://purl.org/dc/terms/alternative"), NodeFactory.createLiteralString("Written in-process"));
        Txn.executeWrite(f.dsg, () -> f.dsg.add(extra));
        try {
            assertTrue(f.get("/pubmed/100.nt", null).body().contains("Written in-process"));
        } finally {
            Txn.executeWrite(f.dsg, () -> f.dsg.delete(extra));
        }
        assertEquals(before.body(), f.get("/pubmed/100.nt", null).body());
    }

    @Test
    void unknownResourcesStayUnknown() throws Exception {
        assertEquals(404, f.get("/pubmed/999", "text/turtle").statusCode());
        assertEquals(404, f.get("/pubmed/999", "text/turtle").statusCode());
        assertEquals(406, f.get("/pubmed/100", "image/png").statusCode());
    }
}
