package org.publd.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.RecordSink;
import org.publd.mapping.vocab.FABIO;
import org.publd.source.SourceParseException;

/** Replace, delete, union default graph, and consistency after failures, on both load paths. */
class TestStoreLoader {
    private static final String THREE = """
            article 1 t=First cites=2,3 doi=10.1/one pmc=PMC1 orcid=0000-0001-2345-6789 authors=3 mesh=D001,D002 year=2020
            article 2 t=Second cites=3 year=2019 authors=2
            article 3 t=Third year=2018 rev=2021-02-03
            """;

    @TempDir
    Path tmp;

    private Path db(String name) {
        return tmp.resolve(name);
    }

    private static Node graph(String pmid) {
        return StoreFixture.MAPPER.iris().graph(pmid);
    }

    private static Set<Node> graphs(Set<Quad> quads) {
        return quads.stream().map(Quad::getGraph).collect(Collectors.toSet());
    }

    private static Set<Quad> inGraph(Set<Quad> quads, String pmid) {
        return quads.stream().filter(q -> q.getGraph().equals(graph(pmid))).collect(Collectors.toSet());
    }

    @Test
    void reloadingTheSameInputLeavesTheSameDataset() {
        Path in = StoreFixture.input(tmp, "a.lines", THREE);
        StoreFixture.load(db("db"), in, LoadPath.BULK);
        Set<Quad> first = StoreFixture.quads(db("db"));
        StoreFixture.load(db("db"), in, LoadPath.BULK);
        assertEquals(first, StoreFixture.quads(db("db")), "generation times included: an unchanged record is kept");
    }

    @Test
    void aChangedRecordReplacesItsGraph() {
        StoreFixture.load(db("db"), StoreFixture.input(tmp, "a.lines", THREE), LoadPath.BULK);
        StoreFixture.load(db("db"), StoreFixture.input(tmp, "b.lines", "article 1 t=Changed\n"), LoadPath.BULK);
        Set<Quad> one = inGraph(StoreFixture.quads(db("db")), "1");
        Set<Quad> expected = new java.util.HashSet<>();
        Path ref = db("ref");
        StoreFixture.load(ref, StoreFixture.input(tmp, "c.lines", "article 1 t=Changed\n"), LoadPath.BULK);
        expected.addAll(StoreFixture.content(StoreFixture.quads(ref)));
        assertEquals(expected, StoreFixture.content(one));
        assertTrue(one.stream().noneMatch(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals("First")));
        assertEquals(3, graphs(StoreFixture.quads(db("db"))).size());
    }

    @Test
    void aDeletionDropsTheRecordGraph() {
        StoreFixture.load(db("db"), StoreFixture.input(tmp, "a.lines", THREE), LoadPath.BULK);
        StoreFixture.load(db("db"), StoreFixture.input(tmp, "d.lines", "delete 2 999\n"), LoadPath.BULK);
        assertEquals(Set.of(graph("1"), graph("3")), graphs(StoreFixture.quads(db("db"))));
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheRecordGraphs() {
        StoreFixture.load(db("db"), StoreFixture.input(tmp, "a.lines", THREE), LoadPath.BULK);
        try (Tdb2Store store = Tdb2Store.open(db("db"))) {
            List<String> titles = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExec qe = QueryExec.dataset(store.dataset())
                        .query("SELECT ?t { ?work <" + FABIO.hasPubMedId.getURI() + "> ?id ; <" + DCTerms.title.getURI() + "> ?t } ORDER BY ?t")
                        .build()) {
                    return qe.select().stream().map(b -> b.get("t").getLiteralLexicalForm()).toList();
                }
            });
            assertEquals(List.of("First", "Second", "Third"), titles);
        }
    }

    @Test
    void theSameRecordTwiceInARowEndsUpOnce() {
        StoreFixture.load(db("db"), StoreFixture.input(tmp, "a.lines", "article 5 t=A cites=6\narticle 5 t=B\n"), LoadPath.TRANSACTIONAL);
        StoreFixture.load(db("ref"), StoreFixture.input(tmp, "b.lines", "article 5 t=B\n"), LoadPath.TRANSACTIONAL);
        assertEquals(StoreFixture.content(db("ref")), StoreFixture.content(db("db")));
    }

    @Test
    void aStrictFailureKeepsTheWholeRecordsBeforeItAndARerunCompletes() {
        Path bad = StoreFixture.input(tmp, "a.lines", "article 1 authors=2\narticle 2 cites=1\nbad line\narticle 3\n");
        assertThrows(SourceParseException.class, () -> StoreFixture.load(db("db"), bad, LoadPath.TRANSACTIONAL, true, 1, UnaryOperator.identity()));
        StoreFixture.load(db("ref"), StoreFixture.input(tmp, "r.lines", "article 1 authors=2\narticle 2 cites=1\n"), LoadPath.TRANSACTIONAL);
        assertEquals(StoreFixture.content(db("ref")), StoreFixture.content(db("db")));

        Path fixed = StoreFixture.input(tmp, "a.lines", "article 1 authors=2\narticle 2 cites=1\narticle 3\n");
        StoreFixture.load(db("db"), fixed, LoadPath.TRANSACTIONAL, true, 1, UnaryOperator.identity());
        StoreFixture.load(db("full"), fixed, LoadPath.TRANSACTIONAL);
        assertEquals(StoreFixture.content(db("full")), StoreFixture.content(db("db")));
    }

    @Test
    void anInterruptedTransactionalLoadCommitsOnlyWholeRecords() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            lines.append("article ").append(i).append(" authors=4 cites=").append(i + 100).append('\n');
        }
        Path in = StoreFixture.input(tmp, "a.lines", lines.toString());
        StoreFixture.load(db("full"), in, LoadPath.TRANSACTIONAL);
        Set<Quad> full = StoreFixture.content(db("full"));

        // A batch of about 3 records, and a failure in the middle of record 20.
        long perRecord = full.size() / 40;
        RuntimeException crash = assertThrows(RuntimeException.class, () -> StoreFixture.load(db("db"), in, LoadPath.TRANSACTIONAL, false,
                3 * perRecord, sink -> failingAfter(sink, 19 * perRecord + perRecord / 2)));
        assertEquals("disk full", crash.getMessage());

        Set<Quad> partial = StoreFixture.content(db("db"));
        Set<Node> loaded = graphs(partial);
        assertFalse(loaded.isEmpty());
        assertTrue(loaded.size() < 20, "the open batch was given up");
        for (Node g : loaded) {
            Set<Quad> expected = full.stream().filter(q -> q.getGraph().equals(g)).collect(Collectors.toSet());
            assertEquals(expected, partial.stream().filter(q -> q.getGraph().equals(g)).collect(Collectors.toSet()),
                    "graph " + g + " is whole");
        }

        StoreFixture.load(db("db"), in, LoadPath.TRANSACTIONAL);
        assertEquals(full, StoreFixture.content(db("db")));
    }

    @Test
    void anInterruptedBulkLoadLeavesNoDatabaseAndARerunCompletes() {
        Path in = StoreFixture.input(tmp, "a.lines", THREE);
        assertThrows(RuntimeException.class, () -> StoreFixture.load(db("db"), in, LoadPath.BULK, false,
                TransactionalTarget.DEFAULT_BATCH_QUADS, sink -> failingAfter(sink, 30)));
        assertFalse(Files.exists(db("db")));
        assertFalse(Files.exists(tmp.resolve(".db.loading")));
        StoreFixture.load(db("db"), in, LoadPath.BULK);
        StoreFixture.load(db("ref"), in, LoadPath.TRANSACTIONAL);
        assertEquals(StoreFixture.content(db("ref")), StoreFixture.content(db("db")));
    }

    @Test
    void bulkAndTransactionalLoadsGiveTheSameDataset() {
        Path in = StoreFixture.input(tmp, "a.lines", THREE + """
                article 1 t=Again authors=1
                delete 2 77
                article 4 cites=1
                article 2 t=Back
                delete 3
                article 3 t=Reborn
                delete 4
                """);
        try (StoreLoader loader = StoreLoader.open(db("bulk"), LoadPath.BULK)) {
            assertTrue(loader.bulk());
        }
        StoreFixture.load(db("bulk"), in, LoadPath.BULK);
        StoreFixture.load(db("txn"), in, LoadPath.TRANSACTIONAL);
        Set<Quad> bulk = StoreFixture.content(db("bulk"));
        assertEquals(StoreFixture.content(db("txn")), bulk);
        assertEquals(Set.of(graph("1"), graph("2"), graph("3")), graphs(bulk));
        assertTrue(bulk.stream().anyMatch(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals("Reborn")));
    }

    @Test
    void aLoadIntoAnExistingDatabaseIsTransactional() {
        StoreFixture.load(db("db"), StoreFixture.input(tmp, "a.lines", THREE), LoadPath.BULK);
        try (StoreLoader loader = StoreLoader.open(db("db"), LoadPath.BULK)) {
            assertFalse(loader.bulk());
        }
        assertNotEquals(0, StoreFixture.quads(db("db")).size());
    }

    /** A sink that fails, like a full disk, in the record that takes it past {@code n} quads. */
    private static RecordSink failingAfter(RecordSink sink, long n) {
        return new RecordSink() {
            private long count;

            @Override
            public void accept(MappedRecord record) {
                count += record.size();
                if (count > n) {
                    throw new RuntimeException("disk full");
                }
                sink.accept(record);
            }

            @Override
            public void delete(DeletedRecord deleted) {
                sink.delete(deleted);
            }
        };
    }

    static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
