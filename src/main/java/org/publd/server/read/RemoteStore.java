package org.publd.server.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.publd.mapping.DatasetFigures;
import org.publd.mapping.IriScheme;
import org.publd.mapping.LinkTarget;

/**
 * A {@link ReadStore} over a SPARQL 1.1 query endpoint (Virtuoso, QLever, Fuseki...) through Jena's
 * {@link RDFLink}, holding PubLD's N-Quads: the endpoint's default graph must be the union of the graphs,
 * as it is for Virtuoso and QLever, and for Fuseki with {@code tdb2:unionDefaultGraph}. Lookups are one
 * query each, by subject or by object; the figures of the whole dataset are aggregates over the graphs
 * under the base (a store may hold others: Virtuoso's own system graphs, say).
 *
 * <p>The data has no known version here, so nothing computed from it is kept beyond the figures. A
 * store that refuses the connection, cannot be found or does not answer in time throws
 * {@link StoreUnavailable}.
 */
public final class RemoteStore implements ReadStore {
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");
    private static final Var G = Var.alloc("g");
    private static final Var N = Var.alloc("n");
    private static final String PROV_ENTITY = "http://www.w3.org/ns/prov#Entity";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The figures read the whole dataset: an hour is about the billion triples a large store holds. */
    static final Duration STATISTICS_TIMEOUT = Duration.ofHours(1);

    private static final Query BY_SUBJECT = QueryFactory.create("SELECT DISTINCT ?p ?o WHERE { ?s ?p ?o }");
    private static final Query BY_OBJECT = QueryFactory.create("SELECT DISTINCT ?s ?p WHERE { ?s ?p ?o }");
    private static final Query GRAPH = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query PROVENANCE_GRAPHS = QueryFactory.create(
            "SELECT DISTINCT ?g WHERE { ?g a <" + PROV_ENTITY + "> }");
    // The figures: distinct triples of the graphs under a prefix (?prefix), by property.
    private static final Query TRIPLES_BY_PROPERTY = QueryFactory.create("""
            SELECT ?p (COUNT(*) AS ?n) WHERE {
              SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?graphs)) }
            } GROUP BY ?p""");
    private static final Query LINKS_BY_PROPERTY = QueryFactory.create("""
            SELECT ?p (COUNT(*) AS ?n) WHERE {
              SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?graphs))
                FILTER(isIRI(?o) && STRSTARTS(STR(?o), ?space)) }
            } GROUP BY ?p""");
    private static final Query ENTITIES = QueryFactory.create("""
            SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?graphs))
              FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?base)) }""");
    private static final Query CLASSES = QueryFactory.create("""
            SELECT DISTINCT ?o WHERE { GRAPH ?g { ?s a ?o } FILTER(STRSTARTS(STR(?g), ?graphs)) }""");

    private final String endpoint;
    private final RDFLink link;
    private final Duration timeout;
    private final long maxRows;

    /**
     * @param endpoint the SPARQL query endpoint's URL
     * @param timeout  how long a query may take, lookups included
     * @param maxRows  the most rows a SELECT of {@link #query} gets
     */
    public RemoteStore(String endpoint, Duration timeout, long maxRows) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.maxRows = maxRows;
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.link = RDFLinkHTTP.newBuilder().queryEndpoint(endpoint).httpClient(client).build();
    }

    /** The endpoint's URL. */
    public String endpoint() {
        return endpoint;
    }

    @Override
    public DataVersion version() {
        return () -> DataVersion.UNKNOWN;
    }

    @Override
    public <T> T snapshot(Supplier<T> reads) {
        return reads.get();
    }

    @Override
    public List<Triple> bySubject(Node subject, Node property, int max) {
        Map<Var, Node> values = new HashMap<>(Map.of(S, subject));
        if (!Node.ANY.equals(property)) {
            values.put(P, property);
        }
        return rows(limit(QueryTransformOps.replaceVars(BY_SUBJECT, values), max), b ->
                Triple.create(subject, value(b, P, property), b.get(O)));
    }

    @Override
    public List<Triple> byObject(Node object, int max) {
        return rows(limit(QueryTransformOps.replaceVars(BY_OBJECT, Map.of(O, object)), max), b ->
                Triple.create(b.get(S), b.get(P), object));
    }

    @Override
    public Optional<Graph> graph(Node name) {
        Graph g = run(QueryTransformOps.replaceVars(GRAPH, Map.of(G, name)), QueryExec::construct);
        return g.isEmpty() ? Optional.empty() : Optional.of(g);
    }

    @Override
    public long records() {
        return run(PROVENANCE_GRAPHS, exec -> {
            long n = 0;
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                if (IriScheme.isRecordGraph(rows.next().get(G))) {
                    n++;
                }
            }
            return n;
        }, STATISTICS_TIMEOUT);
    }

    @Override
    public List<String> samplePmids(IriScheme iris, int max) {
        Query q = PROVENANCE_GRAPHS.cloneQuery();
        // Links graphs have provenance too: a few more rows than needed make up for them.
        q.setLimit(max + LinkTarget.values().length);
        return run(q, exec -> {
            List<String> pmids = new ArrayList<>();
            RowSet rows = exec.select();
            while (rows.hasNext() && pmids.size() < max) {
                iris.recordOf(rows.next().get(G)).ifPresent(pmids::add);
            }
            return pmids;
        });
    }

    /**
     * The bases the record graphs were minted under, read from the first {@code sample} graphs with
     * provenance: what to serve under when no base is given.
     */
    public Set<String> recordBases(int sample) {
        Query q = PROVENANCE_GRAPHS.cloneQuery();
        q.setLimit(sample);
        return run(q, exec -> {
            Set<String> bases = new TreeSet<>();
            exec.select().forEachRemaining(b -> IriScheme.recordBase(b.get(G)).ifPresent(bases::add));
            return bases;
        });
    }

    /** Aggregates over every graph under the base, each allowed {@link #STATISTICS_TIMEOUT}, not the page timeout. */
    @Override
    public Statistics statistics(String base) {
        Node graphs = NodeFactory.createLiteralString(base + "graph/");
        Map<Node, Long> byProperty = counts(QueryTransformOps.replaceVars(TRIPLES_BY_PROPERTY, Map.of(Var.alloc("graphs"), graphs)));
        Map<LinkTarget, Map<Node, Long>> links = new EnumMap<>(LinkTarget.class);
        for (LinkTarget target : LinkTarget.values()) {
            Map<Node, Long> counts = new HashMap<>();
            for (String space : target.uriSpaces()) {
                counts(QueryTransformOps.replaceVars(LINKS_BY_PROPERTY, Map.of(Var.alloc("graphs"), graphs,
                        Var.alloc("space"), NodeFactory.createLiteralString(space))))
                        .forEach((p, n) -> counts.merge(p, n, Long::sum));
            }
            links.put(target, counts);
        }
        long triples = byProperty.values().stream().mapToLong(Long::longValue).sum();
        DatasetFigures figures = DatasetFigures.of(records(), triples, byProperty, links);
        long entities = run(QueryTransformOps.replaceVars(ENTITIES, Map.of(Var.alloc("graphs"), graphs,
                Var.alloc("base"), NodeFactory.createLiteralString(base))), exec -> number(exec.select().next(), N),
                STATISTICS_TIMEOUT);
        Set<String> vocabularies = new TreeSet<>();
        byProperty.keySet().forEach(p -> vocabularies.add(Statistics.namespace(p.getURI())));
        run(QueryTransformOps.replaceVars(CLASSES, Map.of(Var.alloc("graphs"), graphs)), exec -> {
            exec.select().forEachRemaining(b -> {
                if (b.get(O).isURI()) {
                    vocabularies.add(Statistics.namespace(b.get(O).getURI()));
                }
            });
            return vocabularies;
        }, STATISTICS_TIMEOUT);
        return new Statistics(figures, entities, vocabularies);
    }

    @Override
    public <T> T query(Query query, Function<QueryExec, T> answer) {
        return run(Limits.apply(query, maxRows), answer);
    }

    /** Virtuoso 7.2 answers ASK with a one-row result set, which clients cannot read: asked as a SELECT instead. */
    @Override
    public boolean ask(Query query, Map<String, Node> bindings) {
        Map<Var, Node> values = new HashMap<>();
        bindings.forEach((name, value) -> values.put(Var.alloc(name), value));
        Query select = QueryTransformOps.replaceVars(query, values).cloneQuery();
        select.setQuerySelectType();
        select.setQueryResultStar(true);
        select.setLimit(1);
        return run(select, exec -> exec.select().hasNext());
    }

    /**
     * The execution of {@code query} on the endpoint with the server's timeout, not yet run: for the
     * server's SPARQL endpoint, which runs it. Errors in running it are what {@link #unavailable} reads.
     */
    public QueryExec exec(Query query) {
        return exec(query, timeout);
    }

    private QueryExec exec(Query query, Duration limit) {
        QueryExecHTTPBuilder builder = (QueryExecHTTPBuilder) link.newQuery();
        return builder.query(query).timeout(limit.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    /**
     * The error to report for {@code e}, met while running a query on the endpoint: a
     * {@link StoreUnavailable} when the endpoint could not be reached or did not answer in time,
     * else {@code e} itself (a query the endpoint refused is the query's fault).
     */
    public RuntimeException unavailable(RuntimeException e) {
        if (e instanceof StoreUnavailable) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return new StoreUnavailable(String.format(Locale.ROOT, "The data store (%s) did not answer within %s s.",
                        host(), BigDecimal.valueOf(timeout.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString()),
                        true, e);
            }
            if (t instanceof ConnectException || t instanceof UnresolvedAddressException) {
                return new StoreUnavailable("The data store (" + host() + ") cannot be reached: "
                        + (t instanceof ConnectException ? "connection refused" : "unknown host") + ".", false, e);
            }
            if (t instanceof IOException io) {
                return new StoreUnavailable("The data store (" + host() + ") cannot be reached: " + io.getMessage(), false, e);
            }
        }
        if (e instanceof HttpException http && (http.getStatusCode() >= 500 || http.getStatusCode() <= 0)) {
            return new StoreUnavailable("The data store (" + host() + ") failed: "
                    + (http.getStatusCode() > 0 ? http.getStatusCode() + " " : "") + firstLine(http.getMessage()), false, e);
        }
        return e;
    }

    private String host() {
        URI uri = URI.create(endpoint);
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private <T> T run(Query query, Function<QueryExec, T> answer) {
        return run(query, answer, timeout);
    }

    private <T> T run(Query query, Function<QueryExec, T> answer, Duration limit) {
        try (QueryExec exec = exec(query, limit)) {
            return answer.apply(exec);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private <T> List<T> rows(Query query, Function<Binding, T> each) {
        return run(query, exec -> {
            Set<T> found = new LinkedHashSet<>();
            exec.select().forEachRemaining(b -> found.add(each.apply(b)));
            return List.copyOf(found);
        });
    }

    private Map<Node, Long> counts(Query query) {
        return run(query, exec -> {
            Map<Node, Long> counts = new HashMap<>();
            exec.select().forEachRemaining(b -> counts.put(b.get(P), number(b, N)));
            return counts;
        }, STATISTICS_TIMEOUT);
    }

    private static long number(Binding b, Var v) {
        Node n = b.get(v);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private static Node value(Binding b, Var v, Node given) {
        Node found = b.get(v);
        return found != null ? found : given;
    }

    private static Query limit(Query query, int max) {
        Query limited = query.cloneQuery();
        limited.setLimit(max);
        return limited;
    }

    @Override
    public void close() {
        link.close();
    }
}
