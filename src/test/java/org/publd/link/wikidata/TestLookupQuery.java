package org.publd.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** Identifier forms, the lookup query, and the client's waiting rules. */
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

    @Test
    void retryAfterInSecondsOrAsHttpDate() {
        ZonedDateTime now = ZonedDateTime.of(2025, 5, 9, 12, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryPolicy.retryAfter("7", now));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryPolicy.retryAfter("Fri, 09 May 2025 12:01:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), RetryPolicy.retryAfter("Fri, 09 May 2025 11:00:00 GMT", now));
        assertEquals(Optional.empty(), RetryPolicy.retryAfter("soon", now));
    }

    @Test
    void backoffDoublesUpToTheCap() {
        RetryPolicy p = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMinutes(1));
        assertEquals(List.of(2L, 4L, 8L, 10L), List.of(p.backoff(1).toSeconds(), p.backoff(2).toSeconds(),
                p.backoff(3).toSeconds(), p.backoff(4).toSeconds()));
    }

    @Test
    void rateLimiterSpacesRequests() throws InterruptedException {
        RateLimiter r = new RateLimiter(20);
        long start = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            r.acquire();
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 140);
    }

    @Test
    void userAgentNamesTheSoftwareAndTheContact() {
        String ua = SparqlClient.userAgent("ops@example.org");
        assertTrue(ua.matches("PubLD/\\S+ \\(https://w3id.org/publd; ops@example.org\\) java.net.http"), ua);
    }
}
