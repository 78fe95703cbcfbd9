package org.publd.server.read;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.publd.mapping.DatasetFigures;
import org.publd.mapping.IriScheme;

/**
 * A {@link ReadStore} over a dataset in this process (TDB2, on disk or in memory), whose default graph
 * is the union of its named graphs. Lookups read the quad indexes directly, inside read transactions.
 */
public final class LocalStore implements ReadStore {
    private final DatasetGraph dsg;
    private final Duration timeout;
    private final long maxRows;
    private final DataVersion version;

    /**
     * @param timeout how long a query of {@link #query} may run
     * @param maxRows the most rows a SELECT of {@link #query} gets
     */
    public LocalStore(DatasetGraph dsg, Duration timeout, long maxRows) {
        this.dsg = dsg;
        this.timeout = timeout;
        this.maxRows = maxRows;
        this.version = DataVersion.of(dsg);
    }

    @Override
    public DataVersion version() {
        return version;
    }

    @Override
    public <T> T snapshot(Supplier<T> reads) {
        return Txn.calculateRead(dsg, reads);
    }

    @Override
    public List<Triple> bySubject(Node subject, Node property, int max) {
        return snapshot(() -> distinct(dsg.findNG(Node.ANY, subject, property, Node.ANY), max));
    }

    @Override
    public List<Triple> byObject(Node object, int max) {
        return snapshot(() -> distinct(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, object), max));
    }

    @Override
    public Optional<Graph> graph(Node name) {
        return snapshot(() -> {
            if (!dsg.containsGraph(name)) {
                return Optional.empty();
            }
            Graph g = GraphFactory.createDefaultGraph();
            Iterator<Quad> quads = dsg.findNG(name, Node.ANY, Node.ANY, Node.ANY);
            try {
                quads.forEachRemaining(q -> g.add(q.asTriple()));
            } finally {
                Iter.close(quads);
            }
            return Optional.of(g);
        });
    }

    @Override
    public long records() {
        return DatasetFigures.records(dsg);
    }

    @Override
    public List<String> samplePmids(IriScheme iris, int max) {
        return snapshot(() -> {
            List<String> pmids = new ArrayList<>();
            Iterator<Node> graphs = dsg.listGraphNodes();
            try {
                while (graphs.hasNext() && pmids.size() < max) {
                    iris.recordOf(graphs.next()).ifPresent(pmids::add);
                }
            } finally {
                Iter.close(graphs);
            }
            return pmids;
        });
    }

    /**
     * One pass over the union graph: the shared figures, and what only VoID tells. The pass holds no set
     * of subjects: TDB2 returns the union graph in subject order without duplicates, so a subject is new
     * when it differs from the previous one.
     */
    @Override
    public Statistics statistics(String base) {
        EntitiesAndVocabularies more = new EntitiesAndVocabularies(base);
        DatasetFigures figures = DatasetFigures.count(dsg, more);
        return new Statistics(figures, more.entities, more.vocabularies());
    }

    @Override
    public <T> T query(Query query, Function<QueryExec, T> answer) {
        Query limited = Limits.apply(query, maxRows);
        return snapshot(() -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(limited).timeout(timeout.toMillis()).build()) {
                return answer.apply(exec);
            }
        });
    }

    @Override
    public void close() {
        // The dataset belongs to whoever opened it.
    }

    // At most max distinct triples of the quads, whatever graphs they come from.
    private static List<Triple> distinct(Iterator<Quad> quads, int max) {
        Set<Triple> found = new LinkedHashSet<>();
        try {
            while (quads.hasNext() && found.size() < max) {
                found.add(quads.next().asTriple());
            }
        } finally {
            Iter.close(quads);
        }
        return List.copyOf(found);
    }

    /** Counts subjects under the base and collects the namespaces of properties and classes, triple by triple. */
    private static final class EntitiesAndVocabularies implements Consumer<Triple> {
        private final String base;
        private final Set<Node> predicates = new HashSet<>();
        private final Set<String> classNamespaces = new TreeSet<>();
        private Node previous;
        private long entities;

        EntitiesAndVocabularies(String base) {
            this.base = base;
        }

        @Override
        public void accept(Triple t) {
            Node s = t.getSubject();
            if (!s.equals(previous)) {
                previous = s;
                if (s.isURI() && s.getURI().startsWith(base)) {
                    entities++;
                }
            }
            predicates.add(t.getPredicate());
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                classNamespaces.add(Statistics.namespace(t.getObject().getURI()));
            }
        }

        Set<String> vocabularies() {
            Set<String> all = new TreeSet<>(classNamespaces);
            predicates.forEach(p -> all.add(Statistics.namespace(p.getURI())));
            return all;
        }
    }
}
