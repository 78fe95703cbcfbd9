package org.publd.server.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.DCTerms;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.PUBLD;
import org.publd.server.read.ReadStore;

/**
 * Full-text search for works, through SPARQL's {@code text:query} on the dataset's text index. The
 * words are Lucene's query syntax: words (any may match; more matches rank higher), {@code "a phrase"},
 * {@code AND}, {@code OR}, {@code NOT}, {@code prefix*}.
 */
public final class WorkSearch {
    /** How the works found are ordered. */
    public enum Order { RELEVANCE, DATE }

    /** The words cannot be read as a query (an open quote, a lone {@code AND}...). */
    public static final class BadQuery extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadQuery(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The statements that lead from a hit to the works it counts for. */
    private static final List<Node> LINKS = List.of(DCTerms.creator.asNode(), DCTerms.subject.asNode(), PUBLD.substance,
            DCTerms.isPartOf.asNode());
    /** Each resource's best hit: a MeSH label is indexed once per record graph that uses it. */
    private static final Query HITS = QueryFactory.create("""
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?hit (MAX(?score) AS ?best) WHERE { (?hit ?score) text:query ?words } GROUP BY ?hit""");

    private final ReadStore store;

    /** @param store a store over a dataset with a text index (a {@code Tdb2Store}'s): see {@link #available} */
    public WorkSearch(ReadStore store) {
        this.store = store;
    }

    /** Whether {@code dsg} has a text index to search: a local database has, another SPARQL endpoint may not. */
    public static boolean available(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphText;
    }

    /** Every work {@code words} find (as many as the index's first 10,000 hits lead to), in {@code order}. */
    public List<FoundWork> find(String words, Order order) {
        return store.snapshot(() -> {
            RowSet rows;
            try {
                rows = store.select(HITS, Map.of("words", NodeFactory.createLiteralString(words)));
            } catch (TextIndexParseException e) {
                throw new BadQuery(e.getMessage(), e);
            }
            Map<Node, Double> relevance = new HashMap<>();
            rows.forEachRemaining(row -> count(row.get("hit"), ((Number) row.get("best").getLiteralValue()).doubleValue(),
                    relevance));
            List<FoundWork> found = new ArrayList<>(relevance.size());
            relevance.forEach((work, r) -> found.add(new FoundWork(work, r, false, WorkSummary.issued(store, work))));
            found.sort(order == Order.DATE ? FoundWork.BY_DATE : FoundWork.BY_RELEVANCE);
            return found;
        });
    }

    private void count(Node hit, double score, Map<Node, Double> relevance) {
        if (!store.bySubject(hit, FABIO.hasPubMedId, 1).isEmpty()) {
            relevance.merge(hit, score, Double::sum);
        }
        for (Triple t : store.byObject(hit, WorkLists.MAX_WORKS)) {
            if (LINKS.contains(t.getPredicate())) {
                relevance.merge(t.getSubject(), score, Double::sum);
            }
        }
    }
}
