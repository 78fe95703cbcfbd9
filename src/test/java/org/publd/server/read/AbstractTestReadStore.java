package org.publd.server.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publd.mapping.DatasetFigures;
import org.publd.mapping.IriScheme;

/**
 * What every {@link ReadStore} answers on the same small dataset: a subclass gives the store, over a
 * TDB2 dataset with the union as its default graph, as {@code publd load} makes it.
 */
abstract class AbstractTestReadStore {
    static final String B = "http://data.example.org/";
    static final Node ONE = NodeFactory.createURI(B + "pubmed/1");
    static final Node TWO = NodeFactory.createURI(B + "pubmed/2");
    static final Node GRAPH_ONE = NodeFactory.createURI(B + "graph/pubmed/1");
    static final String TRIG = """
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            GRAPH <http://data.example.org/graph/pubmed/1> {
              <http://data.example.org/graph/pubmed/1> a prov:Entity .
              <http://data.example.org/pubmed/1> dcterms:title "One" ; cito:cites <http://data.example.org/pubmed/2> .
              <http://data.example.org/pubmed/2> dcterms:title "Two" .
            }
            GRAPH <http://data.example.org/graph/pubmed/2> {
              <http://data.example.org/graph/pubmed/2> a prov:Entity .
              <http://data.example.org/pubmed/2> dcterms:title "Two" ; dcterms:creator <http://data.example.org/pubmed/2/author/1> .
            }
            GRAPH <http://data.example.org/graph/links/wikidata> {
              <http://data.example.org/pubmed/2> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1> .
            }
            """;

    DatasetGraph dsg;
    ReadStore store;

    /** A store over {@code dsg}, with a row cap of {@code maxRows}. */
    abstract ReadStore store(DatasetGraph dsg, long maxRows);

    @BeforeEach
    void load() {
        dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg));
        store = store(dsg, 2);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void statementsBySubjectComeFromEveryGraphOnce() {
        assertEquals(Set.of(
                Triple.create(TWO, DCTerms.title.asNode(), NodeFactory.createLiteralString("Two")),
                Triple.create(TWO, DCTerms.creator.asNode(), NodeFactory.createURI(B + "pubmed/2/author/1")),
                Triple.create(TWO, NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"),
                        NodeFactory.createURI("http://www.wikidata.org/entity/Q1"))),
                new HashSet<>(store.bySubject(TWO, Node.ANY, 100)));
    }

    @Test
    void statementsBySubjectAndPropertyStopAtTheMaximum() {
        assertEquals(List.of(Triple.create(TWO, DCTerms.title.asNode(), NodeFactory.createLiteralString("Two"))),
                store.bySubject(TWO, DCTerms.title.asNode(), 5));
        assertEquals(1, store.bySubject(TWO, Node.ANY, 1).size());
    }

    @Test
    void statementsByObjectAreTheLinksIn() {
        assertEquals(List.of(Triple.create(ONE, NodeFactory.createURI("http://purl.org/spar/cito/cites"), TWO)),
                store.byObject(TWO, 100));
    }

    @Test
    void aGraphIsReadWhole() {
        assertEquals(4, store.graph(GRAPH_ONE).orElseThrow().size());
        assertTrue(store.graph(ONE).isEmpty(), "a resource is no graph");
    }

    @Test
    void recordsAreTheRecordGraphs() {
        assertEquals(2, store.records());
        assertEquals(Set.of("1", "2"), Set.copyOf(store.samplePmids(new IriScheme(B), 10)));
        assertEquals(1, store.samplePmids(new IriScheme(B), 1).size());
        assertEquals(List.of(), store.samplePmids(new IriScheme("http://elsewhere.example.org/"), 10));
    }

    @Test
    void statisticsCountEachTripleOnce() {
        Statistics s = store.statistics(B);
        DatasetFigures f = s.figures();
        assertEquals(2, f.records());
        assertEquals(7, f.triples(), "the title of pubmed/2 is in two graphs");
        assertEquals(Map.of(NodeFactory.createURI("http://purl.org/spar/cito/cites"), 1L), f.citations());
        assertEquals(4, s.entities(), "pubmed/1, pubmed/2 and the two record graphs");
        assertTrue(s.vocabularies().contains("http://purl.org/dc/terms/"));
        assertTrue(s.vocabularies().contains("http://www.w3.org/ns/prov#"));
    }

    @Test
    void aSelectTakesBindingsAndTheRowCap() {
        RowSet rows = store.select(QueryFactory.create("SELECT ?o WHERE { ?s ?p ?o }"), Map.of("s", TWO));
        assertEquals(2, rows.rewindable().size(), "capped at 2 of 3");
        RowSet titles = store.select(QueryFactory.create("SELECT ?t WHERE { ?s <http://purl.org/dc/terms/title> ?t }"),
                Map.of("s", ONE));
        assertEquals("One", titles.next().get("t").getLiteralLexicalForm());
    }

    @Test
    void askAndConstructRead() {
        assertTrue(store.ask(QueryFactory.create("ASK { ?s <http://purl.org/spar/cito/cites> ?o }"), Map.of("o", TWO)));
        assertFalse(store.ask(QueryFactory.create("ASK { ?s <http://purl.org/spar/cito/cites> ?o }"), Map.of("o", ONE)));
        Graph g = store.construct(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), Map.of("s", ONE));
        assertEquals(2, g.size(), "a CONSTRUCT has no row cap");
    }
}
