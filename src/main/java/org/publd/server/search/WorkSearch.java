package org.publd.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.PUBLD;

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
    private static final String HITS = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?hit (MAX(?score) AS ?best) WHERE { (?hit ?score) text:query ?words } GROUP BY ?hit""";

    private final DatasetGraph dsg;

    /** @param dsg a dataset with a text index (a {@code Tdb2Store}'s) */
    public WorkSearch(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Whether {@code dsg} has a text index to search: a local database has, another SPARQL endpoint may not. */
    public static boolean available(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphText;
    }

    /** Every work {@code words} find (as many as the index's first 10,000 hits lead to), in {@code order}. */
    public List<FoundWork> find(String words, Order order) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(HITS);
        q.setLiteral("words", words);
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            Map<Node, Double> relevance = new HashMap<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(q.asQuery()).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(row -> count(union, row.get("hit"),
                        ((Number) row.get("best").getLiteralValue()).doubleValue(), relevance));
            } catch (TextIndexParseException e) {
                throw new BadQuery(e.getMessage(), e);
            }
            List<FoundWork> found = new ArrayList<>(relevance.size());
            relevance.forEach((work, r) -> found.add(new FoundWork(work, r, false, WorkSummary.issued(union, work))));
            Comparator<FoundWork> by = order == Order.DATE ? FoundWork.BY_DATE : FoundWork.BY_RELEVANCE;
            found.sort(by);
            return found;
        });
    }

    private static void count(Graph union, Node hit, double score, Map<Node, Double> relevance) {
        if (union.contains(hit, FABIO.hasPubMedId, Node.ANY)) {
            relevance.merge(hit, score, Double::sum);
        }
        for (Node link : LINKS) {
            union.find(Node.ANY, link, hit).mapWith(Triple::getSubject)
                    .forEach(work -> relevance.merge(work, score, Double::sum));
        }
    }
}
