package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publd.mapping.vocab.CITO;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.PUBLD;
import org.publd.mapping.vocab.Prefixes;

/** What people read on the pages: labels as link texts, type badges, every statement, the vocabulary, VoID. */
class TestPages {
    private static final String B = HandMadeRecords.BASE;
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static ServerFixture f;

    @BeforeAll
    static void start() {
        // The records are complete before the server starts: added later, they would make it write its
        // dumps anew while a test downloads them.
        Node graph = uri("graph/pubmed/100");
        Node citing = uri("pubmed/100");
        DatasetGraph dsg = HandMadeRecords.dataset();
        Txn.executeWrite(dsg, () -> {
            // A reference known by its citation text alone, and one known by nothing but its PMID.
            dsg.add(graph, citing, CITO.cites, uri("pubmed/400"));
            dsg.add(graph, uri("pubmed/400"), DCTerms.bibliographicCitation.asNode(),
                    NodeFactory.createLiteralString("Nature. 2001;409(6822):860-921."));
            dsg.add(graph, citing, CITO.cites, uri("pubmed/500"));
            dsg.add(graph, citing, PUBLD.freePmcArticle, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            // A review with a long reference list.
            Node review = uri("pubmed/700");
            dsg.add(graph, review, FABIO.hasPubMedId, NodeFactory.createLiteralString("700"));
            for (int i = 0; i < 60; i++) {
                dsg.add(graph, review, CITO.cites, uri("pubmed/" + (7000 + i)));
                dsg.add(graph, uri("pubmed/" + (7000 + i)), DCTerms.title.asNode(), NodeFactory.createLiteralString("Work " + i));
            }
        });
        f = new ServerFixture(dsg, ServerConfig.defaults(0, B));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(B + path);
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> r = f.get(path, BROWSER);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void referencesAreLinkedByTitleElseCitationElsePmid() throws Exception {
        String html = page("/pubmed/100");
        assertTrue(html.contains("<a href=\"/pubmed/200\">The cited work</a>"), "by its title");
        assertTrue(html.contains("<a href=\"/pubmed/400\">Nature. 2001;409(6822):860-921.</a>"), "by its citation text");
        assertTrue(html.contains("<a href=\"/pubmed/500\">PMID 500</a>"), "by its PMID");
        assertFalse(html.substring(0, html.indexOf("<details")).contains(">pubmed/"), "never a bare path");
    }

    @Test
    void aLongListShowsItsFirstFiftyWithItsCountAndALinkToAll() throws Exception {
        String html = page("/pubmed/700");
        assertTrue(html.contains("References <span class=\"meta\">(60)</span>"), html);
        assertEquals(50, html.split("<li><a href=\"/pubmed/70", -1).length - 1, "fifty listed");
        assertTrue(html.contains("The first 50 of 60") && html.contains("href=\"/sparql?query="), html);
        var g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(f.get("/pubmed/700.ttl", null).body(), Lang.TURTLE).parse(g);
        assertEquals(50, g.find(uri("pubmed/700"), CITO.cites, Node.ANY).toList().size(), "the same fifty in RDF");
    }

    @Test
    void aWorkKnownByItsCitationHasNoCitationAsHeading() throws Exception {
        String html = page("/pubmed/400");
        assertTrue(html.contains("<h1>PMID 400</h1>"), html);
        assertTrue(html.contains("Nature. 2001;409(6822):860-921."), "the citation is still shown");
    }

    @Test
    void startReadingListsTitles() throws Exception {
        String html = page("/");
        assertTrue(html.contains("<a href=\"/pubmed/200\">The cited work</a>"), html);
        assertFalse(html.contains(">pubmed/"), html);
    }

    @Test
    void typeBadgesUseTheVocabulariesLabels() throws Exception {
        assertTrue(page("/pubmed/100").contains("<div class=\"kind\">Journal article</div>"));
        assertTrue(page("/pubmed/100/author/1").contains("<div class=\"kind\">Person</div>"));
        assertTrue(page("/graph/pubmed/100").contains("<div class=\"kind\">Record provenance</div>"));
        assertTrue(page("/journal/0404511").contains("<div class=\"kind\">Journal</div>"));
    }

    @Test
    void everyStatementIsInACollapsedTableWithLabels() throws Exception {
        String html = page("/pubmed/100");
        int all = html.indexOf("<details class=\"all\">");
        assertTrue(all > 0 && html.indexOf("All statements", all) > 0, "a collapsed table at the end");
        String table = html.substring(all);
        assertTrue(table.contains("free PMC article") && table.contains("publd:freePmcArticle"), "a flag no section shows");
        assertTrue(table.contains("has PubMed identifier") && table.contains("fabio:hasPubMedId"));
    }

    @Test
    void theVocabularyIsAPageForBrowsers() throws Exception {
        HttpResponse<String> r = f.get("/ns", BROWSER);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("id=\"similarTo\"") && html.contains("similar to"), "each term, with its label");
        assertTrue(html.contains("Sub-property of") && html.contains("dcterms:relation"), "alignments");
        assertTrue(html.contains("Domain") && html.contains("fabio:Expression"), "domains");
        assertTrue(html.contains("computed by PubMed from words and MeSH terms"), "comments");
        assertFalse(html.contains("\\n"), "no escapes");
    }

    @Test
    void theVocabularyHasEveryExtension() throws Exception {
        for (String ext : new String[] {"ttl", "jsonld", "nt", "rdf", "html"}) {
            assertEquals(200, f.get("/ns." + ext, null).statusCode(), ext);
        }
        var g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(f.get("/ns.ttl", null).body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(PUBLD.similarTo, Node.ANY, Node.ANY));
    }

    @Test
    void voidListsADumpInEachFormatAndEachIsServed() throws Exception {
        var g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(f.get("/void", "text/turtle").body(), Lang.TURTLE).parse(g);
        var dumps = g.find(uri("void"), NodeFactory.createURI(Prefixes.VOID + "dataDump"), Node.ANY).mapWith(t -> t.getObject().getURI()).toSet();
        assertEquals(java.util.Set.of(B + "dump.nq.gz", B + "dump.nt.gz", B + "dump.ttl.gz"), dumps);
        for (String dump : dumps) {
            HttpResponse<String> r = f.get("/" + dump.substring(B.length()), null);
            assertEquals(200, r.statusCode(), dump);
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("publd." + dump.substring(B.length() + 5)));
        }
    }

    @Test
    void voidNamesItsHomepageAndTypeOnce() throws Exception {
        String html = page("/void");
        assertFalse(html.contains("<a href=\"/\"></a>"), "an empty link");
        assertTrue(html.contains("<a href=\"/\">" + B + "</a>"), html);
        assertFalse(html.contains("void:Dataset</a> <span class=\"iri\">void:Dataset"), "the type said twice");
    }
}
