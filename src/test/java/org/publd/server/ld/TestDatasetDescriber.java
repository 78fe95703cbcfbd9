package org.publd.server.ld;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publd.mapping.IriScheme;
import org.publd.server.read.LocalStore;

class TestDatasetDescriber {
    private static final String B = "http://data.example.org/";
    private static final Node CITING = NodeFactory.createURI(B + "pubmed/1");
    private static final Node CITED = NodeFactory.createURI(B + "pubmed/2");
    private static final Node CITED_GRAPH = NodeFactory.createURI(B + "graph/pubmed/2");
    private static final Node CITATION = NodeFactory.createURI(B + "citation/1-2");
    private static final Node MESH = NodeFactory.createURI("http://id.nlm.nih.gov/mesh/D008928");

    private DatasetGraph dsg;
    private DatasetDescriber describer;

    @BeforeEach
    void load() {
        dsg = DatabaseMgr.createDatasetGraph();
        String trig = """
                PREFIX cito: <http://purl.org/spar/cito/>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX fabio: <http://purl.org/spar/fabio/>
                GRAPH <http://data.example.org/graph/pubmed/1> {
                  <http://data.example.org/pubmed/1> dcterms:title "Citing" ; cito:cites <http://data.example.org/pubmed/2> ;
                      dcterms:subject <http://id.nlm.nih.gov/mesh/D008928> .
                  <http://data.example.org/pubmed/2> fabio:hasPubMedId "2" .
                  <http://data.example.org/citation/1-2> cito:hasCitingEntity <http://data.example.org/pubmed/1> ;
                      cito:hasCitedEntity <http://data.example.org/pubmed/2> ; rdfs:label "never looked up" .
                  <http://id.nlm.nih.gov/mesh/D008928> rdfs:label "Mitochondria" .
                }
                <http://data.example.org/pubmed/1> dcterms:alternative "Only in the real default graph" .
                """;
        Txn.executeWrite(dsg, () -> RDFParser.fromString(trig, Lang.TRIG).parse(dsg));
        describer = new DatasetDescriber(new LocalStore(dsg, Duration.ofSeconds(30), 10_000), new IriScheme(B));
    }

    private Graph citing() {
        return describer.describe(CITING).orElseThrow();
    }

    @Test
    void linkedResourcesHaveTheLabelOfTheirKind() {
        Graph g = citing();
        assertTrue(g.contains(MESH, RDFS.label.asNode(), NodeFactory.createLiteralString("Mitochondria")));
        assertFalse(g.contains(CITATION, RDFS.label.asNode(), Node.ANY), "reified citations are not named");
    }

    @Test
    void labelsFollowTheData() {
        Quad title = Quad.create(CITED_GRAPH, CITED, DCTerms.title.asNode(), NodeFactory.createLiteralString("Cited"));
        assertFalse(citing().contains(CITED, DCTerms.title.asNode(), Node.ANY));
        Txn.executeWrite(dsg, () -> dsg.add(title));
        assertTrue(citing().contains(title.asTriple()), "a label added after the first description");
        Txn.executeWrite(dsg, () -> dsg.delete(title));
        assertFalse(citing().contains(title.asTriple()), "and gone once deleted");
    }

    @Test
    void onlyNamedGraphsAreRead() {
        assertTrue(citing().contains(CITING, DCTerms.title.asNode(), Node.ANY));
        assertFalse(citing().contains(CITING, DCTerms.alternative.asNode(), Node.ANY),
                "SPARQL's default graph is the union of the named graphs, and so is a description");
    }
}
