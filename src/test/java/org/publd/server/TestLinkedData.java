package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publd.mapping.vocab.CITO;
import org.publd.server.ld.Representation;

/** Dereferencing the IRIs under the base: content negotiation, extensions, errors, descriptions, pages. */
class TestLinkedData {
    private static final String B = HandMadeRecords.BASE;
    private static final Node W100 = NodeFactory.createURI(B + "pubmed/100");
    private static final Node W200 = NodeFactory.createURI(B + "pubmed/200");
    private static ServerFixture f;

    @BeforeAll
    static void start() {
        f = new ServerFixture(ServerConfig.defaults(0, B));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** The statements of an answer: its triples, or for TriG and N-Quads the union of its graphs. */
    private static Graph parse(HttpResponse<String> r, Lang lang) {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(r.body(), lang).base(B).parse(ds);
        Graph g = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(g, ds.getDefaultGraph());
        GraphUtil.addInto(g, ds.getUnionGraph());
        return g;
    }

    private static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void eachRepresentationByAccept() throws Exception {
        for (Representation rep : Representation.values()) {
            HttpResponse<String> r = f.get("/pubmed/100", rep.mediaType());
            assertEquals(200, r.statusCode(), rep.mediaType());
            assertTrue(contentType(r).startsWith(rep.mediaType()), contentType(r));
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), r.headers().toString());
            if (rep != Representation.HTML) {
                Graph g = parse(r, RDFLanguages.contentTypeToLang(rep.mediaType()));
                assertTrue(g.contains(W100, DCTerms.title.asNode(), Node.ANY), rep.mediaType());
            }
        }
    }

    @Test
    void eachRepresentationByExtension() throws Exception {
        for (Representation rep : Representation.values()) {
            HttpResponse<String> r = f.get("/pubmed/100." + rep.extension(), "image/png");
            assertEquals(200, r.statusCode(), rep.extension());
            assertTrue(contentType(r).startsWith(rep.mediaType()), contentType(r));
            if (rep != Representation.HTML) {
                assertTrue(parse(r, RDFLanguages.contentTypeToLang(rep.mediaType())).contains(W100, DCTerms.title.asNode(), Node.ANY));
            }
        }
    }

    @Test
    void browsersGetThePage() throws Exception {
        HttpResponse<String> r = f.get("/pubmed/100", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(contentType(r).startsWith("text/html"));
    }

    @Test
    void unknownResourceIs404() throws Exception {
        assertEquals(404, f.get("/pubmed/999", "text/turtle").statusCode());
        assertEquals(404, f.get("/pubmed/999.ttl", null).statusCode());
        assertEquals(404, f.get("/nothing/here", null).statusCode());
    }

    @Test
    void unsupportedAcceptIs406NamingWhatIsOffered() throws Exception {
        HttpResponse<String> r = f.get("/pubmed/100", "image/png");
        assertEquals(406, r.statusCode());
        for (Representation rep : Representation.values()) {
            assertTrue(r.body().contains(rep.mediaType()), r.body());
        }
    }

    @Test
    void descriptionHasIncomingLinks() throws Exception {
        Graph g = parse(f.get("/pubmed/200.nt", null), Lang.NTRIPLES);
        assertTrue(g.contains(W100, CITO.cites, W200));
        assertTrue(g.contains(W100, DCTerms.title.asNode(), Node.ANY), "label of the citing work");
    }

    @Test
    void descriptionHasPartsAndLabels() throws Exception {
        Graph g = parse(f.get("/pubmed/100.nt", null), Lang.NTRIPLES);
        Node author = NodeFactory.createURI(B + "pubmed/100/author/1");
        assertTrue(g.contains(author, FOAF.name.asNode(), Node.ANY));
        assertTrue(g.contains(author, org.apache.jena.vocabulary.OWL.sameAs.asNode(),
                NodeFactory.createURI("https://orcid.org/0000-0002-1825-0097")));
        assertTrue(g.contains(NodeFactory.createURI(B + "journal/0404511"), DCTerms.title.asNode(), Node.ANY));
    }

    @Test
    void everyMintedKindDereferences() throws Exception {
        for (String path : List.of("/pubmed/100/author/1", "/journal/0404511", "/funder/national-institutes-of-health",
                "/citation/100-200", "/graph/pubmed/100", "/pubmed/100/grant/1", "/void")) {
            for (Representation rep : Representation.values()) {
                HttpResponse<String> r = f.get(path, rep.mediaType());
                assertEquals(200, r.statusCode(), path + " " + rep.mediaType());
            }
        }
    }

    @Test
    void recordGraphIsDescribedByItsContent() throws Exception {
        Graph g = parse(f.get("/graph/pubmed/100.ttl", null), Lang.TURTLE);
        assertTrue(g.contains(W100, DCTerms.title.asNode(), Node.ANY));
        assertTrue(g.contains(NodeFactory.createURI(B + "graph/pubmed/100"), Node.ANY, Node.ANY));
    }

    @Test
    void oddPathsAreClean4xx() throws Exception {
        for (String path : List.of("/pubmed/../../etc/passwd", "/pubmed/%00", "/pubmed/%2F%2Fx",
                "/pubmed/" + "9".repeat(5000), "/pubmed/%3Cscript%3E", "/pubmed//100", "/pubmed/100/.")) {
            HttpResponse<String> r = f.get(path, null);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " -> " + r.statusCode());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), path + ": " + r.body());
            // A short answer that does not echo the path back (a refused path gets the error page, a few KB of it style).
            assertTrue(r.body().length() < 8000 && !r.body().contains("9".repeat(100)), path + ": " + r.body().length());
        }
    }

    @Test
    void headWorks() throws Exception {
        HttpResponse<String> r = f.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(f.url + "/pubmed/100"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).header("Accept", "text/turtle").build());
        assertEquals(200, r.statusCode());
    }

    @Test
    void pageEscapesMarkup() throws Exception {
        String html = f.get("/pubmed/100", "text/html").body();
        assertFalse(html.contains("<script>alert"), "title markup must be escaped");
        assertFalse(html.contains("<b>bold</b>"), "abstract markup must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; cells"));
    }

    @Test
    void pageShowsWhatReadersLookFor() throws Exception {
        String html = f.get("/pubmed/100", "text/html").body();
        for (String expected : List.of("Nanxin Li", "href=\"/browse/pubmed/100/author/1\"", "https://orcid.org/0000-0002-1825-0097",
                "href=\"/browse/journal/0404511\"", "Science", "2010-08-20", "href=\"/browse/year/2010\"", "BACKGROUND: Some", "It works.",
                "https://pubmed.ncbi.nlm.nih.gov/100/", "https://pmc.ncbi.nlm.nih.gov/articles/PMC3116441/",
                "https://doi.org/10.1126/science.1190287", "Mitochondria", "class=\"major\"",
                "National Institutes of Health", "R01 123", "References", "href=\"/pubmed/200\"", "The cited work",
                "Comments", "href=\"/pubmed/300\"", "href=\"/pubmed/100.ttl\"", "href=\"/pubmed/100.jsonld\"")) {
            assertTrue(html.contains(expected), expected);
        }
        String cited = f.get("/pubmed/200", "text/html").body();
        assertTrue(cited.contains("Cited by") && cited.contains("href=\"/pubmed/100\""), "incoming citation on the cited work");
    }

    @Test
    void otherResourcesGetAPropertyTable() throws Exception {
        String html = f.get("/pubmed/100/author/1", "text/html").body();
        assertTrue(html.contains("foaf:name") && html.contains("Nanxin Li") && html.contains("is Creator of"), html);
    }

    @Test
    void landingPageShowsStatisticsAndExamples() throws Exception {
        HttpResponse<String> r = f.get("/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Records</th><td>3<"), r.body());
        assertTrue(r.body().contains("href=\"/pubmed/"));
        assertTrue(r.body().contains("/sparql?query="));
    }

    @Test
    void queryPageLoadsYasgui() throws Exception {
        String html = f.get("/sparql", "text/html").body();
        assertTrue(html.contains("/yasgui/build/yasgui.min.js") && html.contains("/ds/sparql"));
        HttpResponse<String> js = f.get("/yasgui/build/yasgui.min.js", null);
        assertEquals(200, js.statusCode());
        assertTrue(contentType(js).contains("javascript"), contentType(js));
        assertEquals(200, f.get("/yasgui/build/yasgui.min.css", null).statusCode());
    }

    @Test
    void vocabularyIsServed() throws Exception {
        HttpResponse<String> r = f.get("/ns", "text/turtle");
        assertEquals(200, r.statusCode());
        assertFalse(parse(r, Lang.TURTLE).isEmpty());
        assertEquals(200, f.get("/ns", "application/ld+json").statusCode());
        assertEquals(406, f.get("/ns", "image/png").statusCode());
    }
}
