package org.publd.server.tpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.publd.mapping.vocab.CITO;
import org.publd.mapping.vocab.HYDRA;
import org.publd.mapping.vocab.Prefixes;
import org.publd.server.SampleServer;

/** Triple Pattern Fragments over the two sample records, through an HTTP client: controls, paging, patterns, formats. */
class TestFragments {
    private static final String TRIG = "application/trig";
    private static final Node PRIMARY_TOPIC = NodeFactory.createURI(Prefixes.FOAF + "primaryTopic");
    private static final Node TRIPLES = NodeFactory.createURI(Prefixes.VOID + "triples");

    @RegisterExtension
    static final SampleServer server = new SampleServer();

    /** A page read as TriG: its data in the default graph (or the graph asked for), its controls in their own. */
    private record Page(String url, DatasetGraph doc) {
        Graph metadata() {
            Node g = NodeFactory.createURI(url + "#metadata");
            assertTrue(doc.getGraph(g).contains(g, PRIMARY_TOPIC, Node.ANY), "metadata graph names its fragment");
            return doc.getGraph(g);
        }

        Node control(Node property) {
            List<Triple> found = metadata().find(NodeFactory.createURI(url), property, Node.ANY).toList();
            return found.isEmpty() ? null : found.get(0).getObject();
        }

        Set<Triple> data() {
            return new HashSet<>(doc.getDefaultGraph().find().toList());
        }
    }

    private static Page page(String url) {
        HttpResponse<String> r = server.get(url.substring(server.url.length()), "Accept", TRIG);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(TRIG));
        DatasetGraph doc = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.TRIG).parse(doc);
        return new Page(url, doc);
    }

    private static String fragment(String query) {
        return server.url + "/fragments" + query;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Set<Triple> stored(Node s, Node p, Node o) {
        return Txn.calculateRead(server.store.dataset(), () -> new HashSet<>(server.store.dataset().getUnionGraph().find(s, p, o).toList()));
    }

    @Test
    void searchFormHasOneTemplateAndAMappingForEachPosition() {
        Graph meta = page(fragment("")).metadata();
        List<Node> searches = meta.find(Node.ANY, HYDRA.search, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, searches.size());
        Node form = searches.get(0);
        assertEquals(List.of(server.url + "/fragments{?subject,predicate,object}"),
                meta.find(form, HYDRA.template, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList());
        assertTrue(meta.contains(form, HYDRA.variableRepresentation, HYDRA.ExplicitRepresentation));
        Set<String> mappings = new HashSet<>();
        meta.find(form, HYDRA.mapping, Node.ANY).forEach(m -> {
            Node variable = meta.find(m.getObject(), HYDRA.variable, Node.ANY).next().getObject();
            Node property = meta.find(m.getObject(), HYDRA.property, Node.ANY).next().getObject();
            mappings.add(variable.getLiteralLexicalForm() + " " + property.getURI());
        });
        assertEquals(Set.of("subject " + RDF.subject.getURI(), "predicate " + RDF.predicate.getURI(), "object " + RDF.object.getURI()),
                mappings);
    }

    @Test
    void pagesOfAHundredLinkedByNextAndPreviousCoverTheWholeGraph() {
        Set<Triple> all = stored(Node.ANY, Node.ANY, Node.ANY);
        assertTrue(all.size() > 300, "the sample spans several pages");
        Set<Triple> seen = new HashSet<>();
        String url = fragment("");
        String previous = null;
        int pages = 0;
        while (url != null) {
            Page p = page(url);
            pages++;
            Node next = p.control(HYDRA.next);
            assertEquals(next == null ? all.size() - seen.size() : 100, p.data().size());
            assertEquals(previous, p.control(HYDRA.previous) == null ? null : p.control(HYDRA.previous).getURI());
            assertEquals(fragment(""), p.control(HYDRA.first).getURI());
            seen.addAll(p.data());
            previous = url;
            url = next == null ? null : next.getURI();
        }
        assertEquals(all, seen);
        assertEquals((all.size() + 99) / 100, pages);
    }

    @Test
    void countIsExactForASmallFragment() {
        Set<Triple> expected = stored(Node.ANY, CITO.discusses, Node.ANY);
        Page p = page(fragment("?predicate=" + enc(CITO.discusses.getURI())));
        assertEquals(expected, p.data());
        assertEquals(Long.toString(expected.size()), p.control(HYDRA.totalItems).getLiteralLexicalForm());
        assertEquals(Long.toString(expected.size()), p.control(TRIPLES).getLiteralLexicalForm());
        assertNull(p.control(HYDRA.next));
    }

    @Test
    void literalObjectsAreWrittenExplicitly() {
        Node pmid = NodeFactory.createURI("http://purl.org/spar/fabio/hasPubMedId");
        Page p = page(fragment("?predicate=" + enc(pmid.getURI()) + "&object=" + enc("\"36156117\"")));
        assertEquals(Set.of(Triple.create(NodeFactory.createURI(SampleServer.BASE + "pubmed/36156117"), pmid,
                NodeFactory.createLiteralString("36156117"))), p.data());
    }

    @Test
    void languageTaggedLiteral() {
        Node title = NodeFactory.createURI("http://purl.org/dc/terms/title");
        String text = "Psychiatric disorders: Ketamine modifies mood through mTOR.";
        Page p = page(fragment("?object=" + enc("\"" + text + "\"@en")));
        assertEquals(Set.of(Triple.create(NodeFactory.createURI(SampleServer.BASE + "pubmed/21080533"), title,
                NodeFactory.createLiteralLang(text, "en"))), p.data());
    }

    @Test
    void graphSelectsOneRecordsQuads() {
        Node graph = NodeFactory.createURI(SampleServer.BASE + "graph/pubmed/36156117");
        Page p = page(fragment("?predicate=" + enc(CITO.cites.getURI()) + "&graph=" + enc(graph.getURI())));
        Set<Triple> inGraph = new HashSet<>(p.doc().getGraph(graph).find().toList());
        assertEquals(15, inGraph.size());
        assertTrue(p.data().isEmpty());
    }

    @Test
    void answersInTurtleNTriplesAndJsonLd() {
        Set<Triple> expected = stored(Node.ANY, CITO.discusses, Node.ANY);
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD)) {
            HttpResponse<String> r = server.get("/fragments?predicate=" + enc(CITO.discusses.getURI()), "Accept",
                    lang.getHeaderString());
            assertEquals(200, r.statusCode());
            Graph g = GraphFactory.createDefaultGraph();
            if (lang == Lang.JSONLD) {
                DatasetGraph d = DatasetGraphFactory.create();
                RDFParser.create().source(new StringReader(r.body())).lang(lang).parse(d);
                d.find().forEachRemaining(q -> g.add(q.asTriple()));
            } else {
                RDFParser.create().source(new StringReader(r.body())).lang(lang).parse(g);
            }
            expected.forEach(t -> assertTrue(g.contains(t), lang + " has " + t));
            assertTrue(g.contains(Node.ANY, HYDRA.search, Node.ANY), lang + " has the controls");
        }
    }

    @Test
    void htmlHasAFormForThePattern() {
        HttpResponse<String> r = server.get("/fragments?predicate=" + enc(CITO.discusses.getURI()), "Accept", "text/html");
        assertEquals(200, r.statusCode());
        for (String field : List.of("subject", "predicate", "object", "graph")) {
            assertTrue(r.body().contains("name=\"" + field + "\""), field);
        }
        assertTrue(r.body().contains("value=\"" + CITO.discusses.getURI() + "\""));
    }

    @Test
    void etagAnswersNotModified() {
        HttpResponse<String> first = server.get("/fragments?predicate=" + enc(CITO.discusses.getURI()), "Accept", TRIG);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(FragmentServlet.CACHE_CONTROL, first.headers().firstValue("Cache-Control").orElse(null));
        HttpResponse<String> again = server.get("/fragments?predicate=" + enc(CITO.discusses.getURI()), "Accept", TRIG,
                "If-None-Match", etag);
        assertEquals(304, again.statusCode());
    }

    @Test
    void malformedTermsAndPagesAre400() {
        assertEquals(400, server.get("/fragments?object=" + enc("\"open")).statusCode());
        assertEquals(400, server.get("/fragments?page=0").statusCode());
        assertEquals(400, server.get("/fragments?page=x").statusCode());
    }

    @Test
    void voidAndLandingPageListTheFragments() {
        String voidTurtle = server.get("/void", "Accept", "application/n-triples").body();
        assertTrue(voidTurtle.contains("<" + Prefixes.VOID + "uriLookupEndpoint> <" + SampleServer.BASE + "fragments?subject=>"), voidTurtle);
        assertTrue(voidTurtle.contains("\"" + SampleServer.BASE + "fragments{?subject,predicate,object}\""));
        assertTrue(server.get("/").body().contains("href=\"/fragments\""));
    }

    @Test
    void anyOriginMayRead() {
        assertEquals("*", server.get("/fragments", "Origin", "https://example.org").headers()
                .firstValue("Access-Control-Allow-Origin").orElse(null));
        assertFalse(server.get("/fragments").headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }
}
