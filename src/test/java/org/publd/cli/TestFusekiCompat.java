package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.store.LineRecords;
import org.publd.store.Tdb2Store;

/**
 * A database written by {@code publd load} answers the same in a stock Apache Jena Fuseki 5.6.0
 * ({@code java -jar jena-fuseki-server-5.6.0.jar --tdb2 --loc DB --set tdb2:unionDefaultGraph=true /ds},
 * on 127.0.0.1 only) as when opened in-process. The build copies the server jar into {@code target/fuseki/}
 * and names it in {@code -Dpubld.fuseki.jar}; without it the test fails rather than pass unrun.
 */
class TestFusekiCompat {
    private static final String PREFIXES = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX fabio: <http://purl.org/spar/fabio/>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX text: <http://jena.apache.org/text#>
            """;
    /** Plain queries on the default graph (the union), GRAPH queries, aggregates. */
    private static final List<String> QUERIES = List.of(
            "SELECT ?t { ?w fabio:hasPubMedId ?id ; dcterms:title ?t } ORDER BY ?t",
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
            "SELECT ?citing ?cited { ?citing cito:cites ?cited } ORDER BY ?citing ?cited",
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
            "SELECT ?g ?src { GRAPH ?g { ?g a prov:Entity ; prov:wasDerivedFrom ?src } } ORDER BY ?g",
            "SELECT ?w ?g { GRAPH ?g { ?w fabio:hasPubMedId \"3\" } } ORDER BY ?g");
    /** A full-text query, with the graph of each hit. */
    private static final String TEXT_QUERY = "SELECT ?s ?g { (?s ?score ?text ?g) text:query 'second' } ORDER BY ?s ?g";

    @TempDir
    Path tmp;

    @Test
    void stockFusekiAnswersLikeTheStore() throws Exception {
        StockFuseki.jar();
        Path in = Files.writeString(tmp.resolve("in.lines"), LineRecords.HEADER + "\n" + TestStoreCommands.RECORDS);
        Path db = tmp.resolve("db");
        assertEquals(0, CliWithLineRecords.run("load", "--db", db.toString(), in.toString()).exit());

        List<List<Map<String, Node>>> local = new ArrayList<>();
        try (Tdb2Store store = Tdb2Store.open(db)) {
            for (String q : QUERIES) {
                local.add(Txn.calculateRead(store.dataset(), () -> rows(QueryExec.dataset(store.dataset()).query(PREFIXES + q).build(), QueryExec::select)));
            }
        }
        assertFalse(local.get(0).isEmpty(), "the union default graph answers in-process");

        try (StockFuseki fuseki = StockFuseki.start(db, tmp)) {
            for (int i = 0; i < QUERIES.size(); i++) {
                String q = PREFIXES + QUERIES.get(i);
                assertEquals(local.get(i), rows(QueryExecHTTP.service(fuseki.url() + "/ds/query").query(q).build(), QueryExec::select),
                        "same answer from Fuseki: " + QUERIES.get(i));
            }
        }
    }

    /** The assembler {@code publd fuseki-config} writes opens the database with its search index. */
    @Test
    void stockFusekiWithTheShippedAssemblerAnswersTextQueries() throws Exception {
        Path in = Files.writeString(tmp.resolve("in.lines"), LineRecords.HEADER + "\n" + TestStoreCommands.RECORDS);
        Path db = tmp.resolve("db");
        assertEquals(0, CliWithLineRecords.run("load", "--db", db.toString(), in.toString()).exit());
        Path config = tmp.resolve("fuseki.ttl");
        assertEquals(0, CliWithLineRecords.run("fuseki-config", "--db", db.toString(), "-o", config.toString()).exit());
        List<String> queries = List.of(TEXT_QUERY, QUERIES.get(0));
        List<List<Map<String, Node>>> local = new ArrayList<>();
        try (Tdb2Store store = Tdb2Store.open(db)) {
            for (String q : queries) {
                local.add(Txn.calculateRead(store.dataset(), () -> rows(QueryExec.dataset(store.dataset()).query(PREFIXES + q).build(), QueryExec::select)));
            }
        }
        assertEquals(1, local.get(0).size(), "one record is titled Second: " + local.get(0));
        try (StockFuseki fuseki = StockFuseki.withConfig(config, tmp)) {
            for (int i = 0; i < queries.size(); i++) {
                String q = PREFIXES + queries.get(i);
                assertEquals(local.get(i), rows(QueryExecHTTP.service(fuseki.url() + "/ds/query").query(q).build(), QueryExec::select),
                        "same answer from Fuseki: " + queries.get(i));
            }
        }
    }

    private static List<Map<String, Node>> rows(QueryExec qe, Function<QueryExec, RowSet> run) {
        try (qe) {
            List<Map<String, Node>> rows = new ArrayList<>();
            run.apply(qe).forEachRemaining(b -> {
                Map<String, Node> row = new LinkedHashMap<>();
                b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                rows.add(row);
            });
            return rows;
        }
    }
}
