package org.publd.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.publd.mapping.vocab.CITO;

/** Long lists of a description cut to their first fifty statements, with what only the dropped ones needed. */
class TestPaging {
    private static final String B = "http://data.example.org/";
    private static final Node WORK = NodeFactory.createURI(B + "pubmed/1");

    private static Node work(int n) {
        return NodeFactory.createURI(B + "pubmed/" + (1000 + n));
    }

    /** A work citing {@code references} works and cited by {@code citing}, each linked work with a title. */
    private static Graph description(int references, int citing) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(WORK, DCTerms.title.asNode(), NodeFactory.createLiteralString("The work"));
        for (int i = 0; i < references; i++) {
            g.add(WORK, CITO.cites, work(i));
            g.add(work(i), DCTerms.title.asNode(), NodeFactory.createLiteralString("Reference " + i));
        }
        for (int i = 0; i < citing; i++) {
            g.add(work(5000 + i), CITO.cites, WORK);
            g.add(work(5000 + i), DCTerms.title.asNode(), NodeFactory.createLiteralString("Citing " + i));
        }
        return g;
    }

    @Test
    void aShortDescriptionIsLeftAsItIs() {
        Graph g = description(Paging.PAGE, 3);
        Paging.Paged p = Paging.page(WORK, g);
        assertSame(g, p.graph());
        assertTrue(p.cuts().isEmpty());
    }

    @Test
    void eachLongListKeepsItsFirstFiftyAndSaysHowManyThereAre() {
        Paging.Paged p = Paging.page(WORK, description(596, 120));
        assertEquals(Paging.PAGE, p.graph().find(WORK, CITO.cites, Node.ANY).toList().size());
        assertEquals(Paging.PAGE, p.graph().find(Node.ANY, CITO.cites, WORK).toList().size());
        assertTrue(p.cuts().contains(new Paging.Cut(CITO.cites, false, 596, false)), p.cuts().toString());
        assertTrue(p.cuts().contains(new Paging.Cut(CITO.cites, true, 120, false)), p.cuts().toString());
    }

    @Test
    void theLabelsOfDroppedResourcesGoWithThem() {
        Paging.Paged p = Paging.page(WORK, description(596, 0));
        assertEquals(1 + 2 * Paging.PAGE, p.graph().size(), "the title, 50 links and their 50 titles");
        p.graph().find(Node.ANY, DCTerms.title.asNode(), Node.ANY).forEach(t ->
                assertTrue(t.getSubject().equals(WORK) || p.graph().contains(WORK, CITO.cites, t.getSubject())));
        assertFalse(p.graph().contains(work(595), Node.ANY, Node.ANY));
    }
}
