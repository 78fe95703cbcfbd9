package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A record as TriG and N-Quads, N-Triples for text/plain, and a graph's address saying the same in every format. */
class TestRepresentations {
    private static final String B = HandMadeRecords.BASE;
    private static final Node GRAPH = NodeFactory.createURI(B + "graph/pubmed/100");
    private static final Node WORK = NodeFactory.createURI(B + "pubmed/100");
    private static ServerFixture f;

    @BeforeAll
    static void start() {
        f = new ServerFixture(ServerConfig.defaults(0, B));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static Set<Triple> graphContent() throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(f.get("/graph/pubmed/100.ttl", null).body(), Lang.TURTLE).parse(g);
        return g.find().toSet();
    }

    private static DatasetGraph quads(HttpResponse<String> r, Lang lang) {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(r.body(), lang).parse(ds);
        return ds;
    }

    @Test
    void aRecordAsTrigIsItsRecordGraph() throws Exception {
        for (String path : new String[] {"/pubmed/100.trig", "/graph/pubmed/100.trig"}) {
            HttpResponse<String> r = f.get(path, null);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/trig"));
            DatasetGraph ds = quads(r, Lang.TRIG);
            assertTrue(ds.getDefaultGraph().isEmpty(), path);
            assertEquals(graphContent(), ds.getGraph(GRAPH).find().toSet(), path);
        }
    }

    @Test
    void aRecordAsNQuadsByContentNegotiation() throws Exception {
        HttpResponse<String> r = f.get("/pubmed/100", "application/n-quads");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-quads"));
        assertEquals(graphContent(), quads(r, Lang.NQUADS).getGraph(GRAPH).find().toSet());
        assertEquals(200, f.get("/pubmed/100.nq", null).statusCode());
    }

    @Test
    void textPlainGetsNTriples() throws Exception {
        HttpResponse<String> r = f.get("/pubmed/100", "text/plain");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        assertTrue(g.contains(WORK, DCTerms.title.asNode(), Node.ANY));
    }

    @Test
    void aGraphsPageShowsWhatItsRdfHolds() throws Exception {
        int statements = graphContent().size();
        String html = f.get("/graph/pubmed/100", "text/html").body();
        assertTrue(html.contains("holds " + statements + " statements"), html);
        assertTrue(html.contains("<details class=\"all\" open><summary>All statements <span class=\"meta\">(" + statements + ")"), html);
        assertTrue(html.contains("href=\"/graph/pubmed/100.trig\"") && html.contains("href=\"/pubmed/100\""), html);
    }
}
