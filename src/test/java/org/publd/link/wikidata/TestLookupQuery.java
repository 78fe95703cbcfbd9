package org.publd.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** Identifier forms and the lookup query. */
class TestLookupQuery {
    @Test
    void doisAreLookedUpUpperCase() {
        assertEquals("10.1000/XYZ.2", WikidataProperty.DOI.wikidataForm("10.1000/xyz.2"));
        assertEquals(Identifier.of(WikidataProperty.DOI, "10.1000/Xyz.2"), Identifier.of(WikidataProperty.DOI, "10.1000/xYZ.2"));
    }

    @Test
    void pmcidsLoseTheirPrefix() {
        assertEquals("3003", WikidataProperty.PMCID.wikidataForm("PMC3003"));
        assertEquals("3003", WikidataProperty.PMCID.wikidataForm("pmc3003"));
        assertEquals("3003", WikidataProperty.PMCID.wikidataForm("3003"));
    }

    @Test
    void queryHoldsTheIdentifiersAsLiterals() {
        String hostile = "1\" } ?x ?y ?z . { \"";
        Query q = LookupQuery.of(WikidataProperty.PMID, List.of("101", hostile));
        Query reparsed = QueryFactory.create(q.serialize());
        assertEquals(q, reparsed);
        assertTrue(q.serialize().contains("wdt:P698"), q.serialize());
        assertEquals(2, q.getResultVars().size());
    }

    @Test
    void onlyEntityIrisAreItems() {
        assertEquals("Q42", LookupQuery.qid(NodeFactory.createURI("http://www.wikidata.org/entity/Q42")));
        assertNull(LookupQuery.qid(NodeFactory.createURI("http://www.wikidata.org/entity/P31")));
        assertNull(LookupQuery.qid(NodeFactory.createURI("http://example.org/entity/Q42")));
        assertNull(LookupQuery.qid(NodeFactory.createLiteralString("Q42")));
    }
}
