package org.publd.server.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.publd.mapping.IriScheme;

/**
 * Everything the server reads, from wherever the data is: a dataset in this process ({@link LocalStore})
 * or a SPARQL 1.1 endpoint. Statements are those of the union of the graphs (SPARQL's default graph in
 * PubLD), each once. Lookups go by subject, or by object, never by scanning the graphs, so that stores
 * built for billions of triples answer them fast.
 *
 * <p>A query of the server's own (a page listing a journal's articles, say) runs with the server's
 * limits, the query timeout and the row cap, through {@link #select}, {@link #construct} or {@link #ask}.
 * Values go in as bindings of the query's variables, never spliced into its text:
 * <pre>
 * Query q = QueryFactory.create("SELECT ?title WHERE { ?work dcterms:title ?title }");   // with its PREFIX
 * RowSet rows = store.select(q, Map.of("work", iris.article("20724638")));
 * </pre>
 * A store that cannot be reached throws {@link StoreUnavailable}.
 */
public interface ReadStore extends AutoCloseable {
    /** The data version: what is computed from the data may be kept while it holds. */
    DataVersion version();

    /**
     * Runs {@code reads} as one snapshot of the data where the store has them (a read transaction), so
     * that a page made of several lookups sees one state; elsewhere it simply runs them.
     */
    <T> T snapshot(Supplier<T> reads);

    /** At most {@code max} distinct statements about {@code subject}, with {@code property} ({@link Node#ANY} for any). */
    List<Triple> bySubject(Node subject, Node property, int max);

    /** At most {@code max} distinct statements whose object is {@code object}: the links into a resource. */
    List<Triple> byObject(Node object, int max);

    /** The content of the named graph {@code name}, or empty when there is no such graph. */
    Optional<Graph> graph(Node name);

    /** The number of record graphs ({@link IriScheme#isRecordGraph}). */
    long records();

    /** The PMIDs of at most {@code max} records minted under the base of {@code iris}, to start reading from. */
    List<String> samplePmids(IriScheme iris, int max);

    /** The figures of the whole dataset: a pass over all of it, so callers keep the answer a while. */
    Statistics statistics(String base);

    /**
     * Runs {@code query} with the server's timeout (a SELECT also with its row cap) and hands its
     * execution to {@code answer}, which must read all it needs before it returns.
     */
    <T> T query(Query query, Function<QueryExec, T> answer);

    /** A SELECT query's rows, with the variables in {@code bindings} replaced by their values. */
    default RowSet select(Query query, Map<String, Node> bindings) {
        return query(bind(query, bindings), e -> e.select().materialize());
    }

    /** A CONSTRUCT query's graph, with the variables in {@code bindings} replaced by their values. */
    default Graph construct(Query query, Map<String, Node> bindings) {
        return query(bind(query, bindings), QueryExec::construct);
    }

    /** An ASK query's answer, with the variables in {@code bindings} replaced by their values. */
    default boolean ask(Query query, Map<String, Node> bindings) {
        return query(bind(query, bindings), QueryExec::ask);
    }

    private static Query bind(Query query, Map<String, Node> bindings) {
        if (bindings.isEmpty()) {
            return query;
        }
        Map<Var, Node> byVar = new HashMap<>();
        bindings.forEach((name, value) -> byVar.put(Var.alloc(name), value));
        return QueryTransformOps.replaceVars(query, byVar);
    }

    /** Releases what the store holds (connections); the data stays. */
    @Override
    void close();
}
