package org.publd.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text index follows the data through bulk loads, reloads, deletions and a database that had none. */
class TestSearchIndex {
    private static final String THREE = """
            article 1 t=Ketamine_and_mood authors=2 mesh=D001
            article 2 t=Urinalysis_guideline year=2019
            article 3 t=Rapamycin_signalling year=2018
            """;

    @TempDir
    Path tmp;

    /** The PMIDs whose articles {@code text:query} finds for {@code words}, as a SPARQL user asks. */
    private static Set<String> found(Path db, String words) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX fabio: <http://purl.org/spar/fabio/>
                SELECT DISTINCT ?pmid WHERE { ?s text:query ?words . ?s fabio:hasPubMedId ?pmid }""");
        q.setLiteral("words", words);
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(q.asQuery())
                    .select().stream().map(b -> b.get("pmid").getLiteralLexicalForm()).collect(Collectors.toSet()));
        }
    }

    @Test
    void aBulkLoadIsSearchable() {
        Path db = tmp.resolve("db");
        StoreFixture.load(db, StoreFixture.input(tmp, "a.lines", THREE), LoadPath.BULK);
        assertEquals(Set.of("2"), found(db, "urinalysis"));
        assertTrue(Files.isDirectory(db.resolve(SearchIndex.FOLDER)), "the index sits inside the database directory");
    }

    @Test
    void aTransactionalLoadIsSearchable() {
        Path db = tmp.resolve("db");
        StoreFixture.load(db, StoreFixture.input(tmp, "a.lines", THREE), LoadPath.TRANSACTIONAL);
        assertEquals(Set.of("3"), found(db, "rapamycin"));
    }

    @Test
    void aReloadedRecordIsFoundByItsNewTextOnly() {
        Path db = tmp.resolve("db");
        StoreFixture.load(db, StoreFixture.input(tmp, "a.lines", THREE), LoadPath.BULK);
        StoreFixture.load(db, StoreFixture.input(tmp, "b.lines", "article 1 t=Synapse_formation\n"), LoadPath.BULK);
        assertEquals(Set.of("1"), found(db, "synapse"));
        assertEquals(Set.of(), found(db, "ketamine"));
    }

    @Test
    void aDeletedRecordIsNotFoundAfterALaterLoad() {
        Path db = tmp.resolve("db");
        StoreFixture.load(db, StoreFixture.input(tmp, "a.lines", THREE), LoadPath.BULK);
        StoreFixture.load(db, StoreFixture.input(tmp, "b.lines", "delete 2\n"), LoadPath.BULK);
        assertEquals(Set.of(), found(db, "urinalysis"));
        assertEquals(Set.of("3"), found(db, "rapamycin"));
    }

    @Test
    void aRecordDeletedInTheBulkLoadThatAddedItIsNotFound() {
        Path db = tmp.resolve("db");
        StoreFixture.load(db, StoreFixture.input(tmp, "a.lines", THREE + "delete 2\n"), LoadPath.BULK);
        assertEquals(Set.of(), found(db, "urinalysis"));
    }

    @Test
    void aDatabaseWithoutAnIndexGetsOneWhenOpened() throws IOException {
        Path db = tmp.resolve("db");
        StoreFixture.load(db, StoreFixture.input(tmp, "a.lines", THREE), LoadPath.BULK);
        try (Stream<Path> files = Files.walk(db.resolve(SearchIndex.FOLDER))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertEquals(Set.of("1"), found(db, "ketamine"));
    }
}
