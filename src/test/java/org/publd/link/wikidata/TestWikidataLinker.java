package org.publd.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.link.wikidata.FaultInjector.Fault;
import org.publd.mapping.vocab.PROV;
import org.publd.mapping.vocab.PUBLD;
import org.publd.net.RetryPolicy;
import org.publd.store.Tdb2Store;

/** The linker against a local Fuseki serving a Wikidata-shaped fixture, with faults injected in front of it. */
class TestWikidataLinker {
    private static final FaultInjector FAULTS = new FaultInjector();
    private static FusekiServer fuseki;
    private static URI endpoint;

    @TempDir
    Path db;

    @BeforeAll
    static void start() {
        fuseki = FusekiServer.create().port(0).loopback(true).fusekiModules(FusekiModules.empty())
                .add("/wd", WikidataFixture.wikidata(), false).addFilter("/wd/*", FAULTS).build().start();
        endpoint = URI.create("http://localhost:" + fuseki.getPort() + "/wd/sparql");
    }

    @AfterAll
    static void stop() {
        fuseki.stop();
    }

    @BeforeEach
    void load() {
        FAULTS.reset();
        WikidataFixture.load(db);
    }

    private static EndpointResolver resolver(int attempts, Duration timeout) {
        RetryPolicy policy = new RetryPolicy(attempts, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5));
        return new EndpointResolver(new SparqlClient(endpoint, "tests@example.org", 0, timeout, policy));
    }

    private LinkSummary run(Resolver resolver, int batch, List<String> failures) {
        return run(resolver, batch, failures, Instant.MIN);
    }

    private LinkSummary run(Resolver resolver, int batch, List<String> failures, Instant lookAgainBefore) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return new WikidataLinker(store.dataset(), WikidataFixture.IRIS, resolver, batch).run(new WikidataLinker.Listener() {
                @Override
                public void batchFailed(int size, String message) {
                    failures.add(message);
                }
            }, lookAgainBefore);
        }
    }

    private Set<org.apache.jena.sparql.core.Quad> links() {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return WikidataFixture.wikidataLinks(store.dataset());
        }
    }

    @Test
    void linksByPmidElseDoiElsePmcidAndJournalsAndAuthors() {
        List<String> failures = new ArrayList<>();
        LinkSummary s = run(resolver(1, Duration.ofSeconds(10)), 200, failures);

        assertEquals(List.of(), failures);
        assertEquals(WikidataFixture.expectedLinks(), links());
        assertEquals(WikidataFixture.RESOURCES, s.lookedUp());
        assertEquals(6, s.found());
        assertEquals(1, s.notFound());
        assertEquals(0, s.failed());
        assertEquals(6, s.links());
        // PMIDs, then DOIs, then PMCIDs, then ISSNs, then ORCID iDs: one query each.
        assertEquals(5, FAULTS.requests());
        assertTrue(FAULTS.userAgents().stream().allMatch(ua -> ua.startsWith("PubLD/") && ua.contains("tests@example.org")),
                FAULTS.userAgents().toString());
    }

    @Test
    void marksEveryResourceCheckedAndDescribesTheGraph() {
        run(resolver(1, Duration.ofSeconds(10)), 3, new ArrayList<>());
        try (Tdb2Store store = Tdb2Store.open(db)) {
            DatasetGraph dsg = store.dataset();
            Node g = WikidataLinks.graph(WikidataFixture.IRIS);
            Txn.executeRead(dsg, () -> {
                assertEquals(WikidataFixture.RESOURCES, dsg.stream(g, Node.ANY, PUBLD.wikidataCheckedAt, Node.ANY).count());
                assertTrue(dsg.contains(g, WikidataFixture.IRIS.article("104"), PUBLD.wikidataCheckedAt, Node.ANY));
                assertTrue(dsg.contains(g, g, RDF.type.asNode(), PROV.Entity));
                assertTrue(dsg.contains(g, g, PROV.wasDerivedFrom, org.apache.jena.graph.NodeFactory.createURI(endpoint.toString())));
                assertEquals(1, dsg.stream(g, g, PROV.generatedAtTime, Node.ANY).count());
                assertTrue(dsg.contains(g, g, PROV.wasAttributedTo, Node.ANY));
            });
        }
    }

    @Test
    void retriesThrough429And500TimeoutAndMalformedResponse() {
        FAULTS.queue(Fault.TOO_MANY_REQUESTS, Fault.SERVER_ERROR, Fault.SLOW, Fault.MALFORMED);
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        // Long enough for every answer but the one that never comes.
        LinkSummary s = run(resolver(6, Duration.ofSeconds(5)), 200, failures);

        assertEquals(List.of(), failures);
        assertEquals(0, s.failed());
        assertEquals(WikidataFixture.expectedLinks(), links());
        assertEquals(5 + 4, FAULTS.requests());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 1000, "waited as Retry-After asked");
    }

    @Test
    void aFailedRunLosesNothingAndARerunResumesWhereItStopped() {
        // Batches of two: [101 102] [103 104] [105 journal] [author]. The first batch takes two
        // requests (PMIDs, then the DOI of 102); every request after those fails.
        FAULTS.failAfter(2);
        List<String> failures = new ArrayList<>();
        LinkSummary first = run(resolver(2, Duration.ofSeconds(5)), 2, failures);

        assertEquals(3, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("HTTP 500"), failures.get(0));
        assertEquals(2, first.found());
        assertEquals(5, first.failed());
        Set<org.apache.jena.sparql.core.Quad> partial = links();
        assertTrue(WikidataFixture.expectedLinks().containsAll(partial));
        assertEquals(2, partial.size());

        FAULTS.reset();
        LinkSummary second = run(resolver(1, Duration.ofSeconds(5)), 2, failures);

        assertEquals(3, failures.size(), "no new failure");
        assertEquals(WikidataFixture.expectedLinks(), links());
        assertEquals(2, second.alreadyChecked());
        assertEquals(5, second.lookedUp());
        assertEquals(0, second.failed());
        // [103 104]: PMIDs, DOI, PMCIDs; [105 journal]: PMID, ISSN; [author]: ORCID iD.
        assertEquals(6, FAULTS.requests());
        for (String q : FAULTS.queries()) {
            assertFalse(q.contains("\"101\"") || q.contains("\"102\"") || q.contains("XYZ.2"), q);
        }

        FAULTS.reset();
        LinkSummary third = run(resolver(1, Duration.ofSeconds(5)), 2, failures);
        assertEquals(0, third.lookedUp());
        assertEquals(0, FAULTS.requests());
        assertEquals(WikidataFixture.expectedLinks(), links());
    }

    @Test
    void aBatchThatKeepsFailingIsLeftUnchecked() {
        FAULTS.failAfter(0);
        List<String> failures = new ArrayList<>();
        LinkSummary s = run(resolver(3, Duration.ofSeconds(5)), 200, failures);
        assertEquals(WikidataFixture.RESOURCES, s.failed());
        assertEquals(3, FAULTS.requests(), "three attempts at the first query, then the batch is given up");
        assertEquals(Set.of(), links());
    }

    @Test
    void recheckLooksEveryResourceUpAgain() {
        run(resolver(1, Duration.ofSeconds(10)), 200, new ArrayList<>());
        FAULTS.reset();
        LinkSummary again = run(resolver(1, Duration.ofSeconds(10)), 200, new ArrayList<>(), Instant.MAX);
        assertEquals(WikidataFixture.RESOURCES, again.lookedUp());
        assertEquals(0, again.alreadyChecked());
        assertEquals(5, FAULTS.requests());
        assertEquals(WikidataFixture.expectedLinks(), links());
    }

    @Test
    void olderThanLooksUpOnlyWhatWasLookedUpBeforeTheCutOff() {
        Instant before = Instant.now().minusSeconds(1);
        run(resolver(1, Duration.ofSeconds(10)), 200, new ArrayList<>());
        Instant after = Instant.now().plusSeconds(1);
        FAULTS.reset();
        assertEquals(0, run(resolver(1, Duration.ofSeconds(10)), 200, new ArrayList<>(), before).lookedUp());
        assertEquals(0, FAULTS.requests());
        assertEquals(WikidataFixture.RESOURCES, run(resolver(1, Duration.ofSeconds(10)), 200, new ArrayList<>(), after).lookedUp());
    }

    @Test
    void anEndpointThatCannotBeReachedStopsTheRunAfterItsFirstBatch() throws java.io.IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port + "/sparql");
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5));
        List<String> failures = new ArrayList<>();
        LinkSummary s = run(new EndpointResolver(new SparqlClient(closed, "tests@example.org", 0, Duration.ofSeconds(5), policy)),
                2, failures);
        assertEquals(List.of("127.0.0.1:" + port + ": connection refused"), failures);
        assertEquals(WikidataFixture.RESOURCES, s.failed());
    }
}
