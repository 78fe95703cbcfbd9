package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publd.mapping.vocab.Prefixes;

/** The dataset as a whole: the VoID description's counts and the dump. */
class TestDatasetDocuments {
    private static final String B = HandMadeRecords.BASE;
    private static final String VOID = Prefixes.VOID;
    private static ServerFixture f;

    @BeforeAll
    static void start() {
        f = new ServerFixture(ServerConfig.defaults(0, B));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static Graph voidGraph() throws Exception {
        HttpResponse<String> r = f.get("/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        return g;
    }

    private static long number(Graph g, Node s, String voidProperty) {
        return Long.parseLong(g.find(s, NodeFactory.createURI(VOID + voidProperty), Node.ANY).next().getObject()
                .getLiteralLexicalForm());
    }

    @Test
    void voidCountsMatchTheData() throws Exception {
        Graph g = voidGraph();
        Node ds = NodeFactory.createURI(B + "void");
        Graph union = Txn.calculateRead(f.dsg, () -> copy(f.dsg.getUnionGraph()));
        assertEquals(union.size(), number(g, ds, "triples"));
        Set<Node> subjects = new HashSet<>();
        union.find().forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(B)) {
                subjects.add(t.getSubject());
            }
        });
        assertEquals(subjects.size(), number(g, ds, "entities"));
        assertEquals(3, number(g, ds, "documents"));
        assertTrue(g.contains(ds, NodeFactory.createURI(VOID + "sparqlEndpoint"), NodeFactory.createURI(B + "ds/sparql")));
        assertTrue(g.contains(ds, NodeFactory.createURI(VOID + "dataDump"), NodeFactory.createURI(B + "dump.nq.gz")));
        assertTrue(g.contains(ds, NodeFactory.createURI(VOID + "vocabulary"), NodeFactory.createURI("http://purl.org/spar/cito/")));
    }

    @Test
    void linksetsCountTheirLinks() throws Exception {
        Graph g = voidGraph();
        Graph union = Txn.calculateRead(f.dsg, () -> copy(f.dsg.getUnionGraph()));
        long meshSubjects = union.find(Node.ANY, DCTerms.subject.asNode(), Node.ANY).filterKeep(
                t -> t.getObject().getURI().startsWith(Prefixes.MESH)).toList().size();
        Node meshLinkset = NodeFactory.createURI(B + "void#mesh-subject");
        assertTrue(g.contains(meshLinkset, NodeFactory.createURI(VOID + "linkPredicate"), DCTerms.subject.asNode()));
        assertEquals(meshSubjects, number(g, meshLinkset, "triples"));
        for (String linkset : new String[] {"doi-sameAs", "identifiers-pubmed-sameAs", "pubmed-seeAlso", "orcid-sameAs"}) {
            Node ls = NodeFactory.createURI(B + "void#" + linkset);
            assertTrue(number(g, ls, "triples") > 0, linkset);
        }
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEach((Triple t) -> c.add(t));
        return c;
    }

    @Test
    void dumpIsGzippedNQuadsOfTheWholeDataset() throws Exception {
        HttpResponse<InputStream> r = f.http.send(HttpRequest.newBuilder(URI.create(f.url + "/dump.nq.gz")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(""));
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(r.body())) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(back);
        }
        DatasetGraph original = Txn.calculateRead(f.dsg, () -> {
            DatasetGraph c = DatasetGraphFactory.createTxnMem();
            f.dsg.find().forEachRemaining(c::add);
            return c;
        });
        assertTrue(original.size() > 0);
        assertTrue(IsoMatcher.isomorphic(original, back), "dump must parse back to the same dataset");
    }
}
