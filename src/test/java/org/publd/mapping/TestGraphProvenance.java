package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.publd.mapping.vocab.PROV;

/** The provenance a graph gives of itself, written alike for record graphs and links graphs. */
class TestGraphProvenance {
    private static final IriScheme IRIS = new IriScheme("http://example.org/");
    private static final Node G = IRIS.linksGraph("wikidata");
    private static final Instant T = Instant.parse("2026-01-02T03:04:05.678Z");

    private static List<Triple> statements(Node... sources) {
        return new GraphProvenance(IRIS).statements(G, List.of(sources), T);
    }

    private static List<Node> objects(List<Triple> statements, Node subject, Node predicate) {
        return statements.stream().filter(t -> t.getSubject().equals(subject) && t.getPredicate().equals(predicate))
                .map(Triple::getObject).toList();
    }

    @Test
    void eachSourceIsOneDerivation() {
        Node a = NodeFactory.createURI("https://query.wikidata.org/sparql");
        Node b = NodeFactory.createURI("file:///dump.csv");
        assertEquals(List.of(a, b), objects(statements(a, b), G, PROV.wasDerivedFrom));
    }

    @Test
    void withoutASourceNothingIsDerivedFrom() {
        assertEquals(List.of(), objects(statements(), G, PROV.wasDerivedFrom));
    }

    @Test
    void theTimeIsAnXsdDateTimeAtItsOwnPrecision() {
        assertEquals(List.of(NodeFactory.createLiteralDT("2026-01-02T03:04:05.678Z", XSDDatatype.XSDdateTime)),
                objects(statements(), G, PROV.generatedAtTime));
    }

    @Test
    void theSoftwareIsThisBuildUnderTheBaseIri() {
        Node software = IRIS.software(Software.VERSION);
        List<Triple> s = statements();
        assertEquals(List.of(software), objects(s, G, PROV.wasAttributedTo));
        assertTrue(s.contains(Triple.create(software, RDFS.label.asNode(), NodeFactory.createLiteralString("PubLD " + Software.VERSION))));
    }
}
