package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publd.link.wikidata.LinkCandidate;
import org.publd.link.wikidata.WikidataLinks;
import org.publd.mapping.IriScheme;
import org.publd.mapping.vocab.Prefixes;

/** Links written by publd link wikidata, as served: on the work's page and in a VoID linkset. */
class TestWikidataLinksServed {
    private static ServerFixture f;

    @BeforeAll
    static void start() {
        f = new ServerFixture(ServerConfig.defaults(0, HandMadeRecords.BASE));
        IriScheme iris = new IriScheme(HandMadeRecords.BASE);
        // Written before the first request, so that the cached statistics include them.
        new WikidataLinks(f.dsg, iris, List.of("file:///map.csv")).write(List.of(
                new WikidataLinks.Lookup(new LinkCandidate(iris.article("100"), List.of()), Set.of("Q4200")),
                new WikidataLinks.Lookup(new LinkCandidate(iris.article("200"), List.of()), Set.of())));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void thePageShowsTheWikidataItemAmongTheIdentifiers() throws Exception {
        HttpResponse<String> r = f.get("/pubmed/100", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<li>Wikidata <a href=\"http://www.wikidata.org/entity/Q4200\""), r.body());
    }

    @Test
    void voidHasAWikidataLinksetAndTheLinksGraphIsNoRecord() throws Exception {
        HttpResponse<String> r = f.get("/void", "text/turtle");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        Node linkset = NodeFactory.createURI(HandMadeRecords.BASE + "void#wikidata-sameAs");
        assertTrue(g.contains(linkset, NodeFactory.createURI(Prefixes.VOID + "linkPredicate"), OWL.sameAs.asNode()));
        assertEquals("1", g.find(linkset, NodeFactory.createURI(Prefixes.VOID + "triples"), Node.ANY).next()
                .getObject().getLiteralLexicalForm());
        assertEquals("3", g.find(NodeFactory.createURI(HandMadeRecords.BASE + "void"),
                NodeFactory.createURI(Prefixes.VOID + "documents"), Node.ANY).next().getObject().getLiteralLexicalForm());
    }
}
