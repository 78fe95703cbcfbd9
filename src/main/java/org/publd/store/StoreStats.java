package org.publd.store;

import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.publd.mapping.LinkTarget;
import org.publd.mapping.vocab.CITO;

/**
 * Figures on a database: records (named graphs), quads, distinct triples of the union graph,
 * citations by CiTO property, and external links ({@code owl:sameAs}, {@code rdfs:seeAlso}) by
 * target. Citations and links are counted as distinct statements of the union graph, so a
 * citation stated by both records involved counts once.
 *
 * <pre>
 * StoreStats.Figures f = StoreStats.of(store.dataset());
 * </pre>
 */
public final class StoreStats {
    private static final Query TRIPLES = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
    private static final Query BY_PREDICATE = QueryFactory.create("""
            SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?p), ?ns)) } GROUP BY ?p""");
    private static final Query LINKS = QueryFactory.create("""
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?o { VALUES ?p { owl:sameAs rdfs:seeAlso } ?s ?p ?o FILTER(isIRI(?o)) }""");

    private StoreStats() {
    }

    /**
     * What {@code publd stats} prints.
     *
     * @param records   named graphs, one per record
     * @param quads     quads in the named graphs
     * @param triples   distinct triples of the union graph
     * @param citations {@code cito:} property local name to statement count
     * @param links     link target ({@code doi.org}) to link count
     */
    public record Figures(long records, long quads, long triples, Map<String, Long> citations, Map<String, Long> links) {
    }

    /** Computes the figures in one read transaction; the dataset's default graph must be the union graph. */
    public static Figures of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long records = 0;
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                // Only record graphs: links graphs (graph/links/...) are no records.
                Node g = it.next();
                if (g.isURI() && g.getURI().contains("/graph/pubmed/")) {
                    records++;
                }
            }
            long quads = dsg.stream().count();
            long triples;
            try (QueryExec qe = QueryExec.dataset(dsg).query(TRIPLES).build()) {
                RowSet rows = qe.select();
                triples = ((Number) rows.next().get("n").getLiteralValue()).longValue();
            }
            Map<String, Long> citations = new TreeMap<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(BY_PREDICATE)
                    .substitution("ns", NodeFactory.createLiteralString(CITO.NS)).build()) {
                qe.select().forEachRemaining(row -> citations.put(
                        "cito:" + row.get("p").getURI().substring(CITO.NS.length()),
                        ((Number) row.get("n").getLiteralValue()).longValue()));
            }
            Map<String, Long> links = new TreeMap<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(LINKS).build()) {
                qe.select().forEachRemaining(row -> links.merge(linkTargetName(row.get("o").getURI()), 1L, Long::sum));
            }
            return new Figures(records, quads, triples, citations, links);
        });
    }

    /** The target a link points into: a known knowledge graph, else the IRI's host, else {@code other}. */
    static String linkTargetName(String iri) {
        return LinkTarget.of(iri).map(LinkTarget::label).orElseGet(() -> {
            try {
                String host = URI.create(iri).getHost();
                return host == null ? "other" : host;
            } catch (IllegalArgumentException e) {
                return "other";
            }
        });
    }
}
