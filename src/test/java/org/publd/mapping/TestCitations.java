package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.publd.mapping.vocab.CITO;
import org.publd.mapping.vocab.PUBLD;

class TestCitations {
    private static Node date(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    @Test
    void timeSpanAtTheCoarserPrecision() {
        Node span = Citations.timeSpan(date("2010-08-20", XSDDatatype.XSDdate), date("2011-01", XSDDatatype.XSDgYearMonth));
        assertEquals("P0Y5M", span.getLiteralLexicalForm());
    }

    @Test
    void timeSpanBetweenDays() {
        Node span = Citations.timeSpan(date("2010-08-20", XSDDatatype.XSDdate), date("2023-01-13", XSDDatatype.XSDdate));
        assertEquals("P12Y4M24D", span.getLiteralLexicalForm());
    }

    @Test
    void noTimeSpanWithoutBothDates() {
        assertNull(Citations.timeSpan(null, date("2011", XSDDatatype.XSDgYear)));
        assertNull(Citations.timeSpan(NodeFactory.createLiteralString("2010"), date("2011", XSDDatatype.XSDgYear)));
    }

    @Test
    void linkPropertiesAreTheRelationsBetweenWorks() {
        assertTrue(Citations.linkProperties().containsAll(java.util.List.of(CITO.cites, CITO.discusses, PUBLD.expressesConcernAbout)));
        assertTrue(Citations.linkProperties().stream().noneMatch(CITO.CITATION_PROPERTIES::contains));
        assertFalse(Citations.linkProperties().contains(PUBLD.similarTo));
    }
}
