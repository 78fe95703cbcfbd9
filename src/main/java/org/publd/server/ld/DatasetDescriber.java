package org.publd.server.ld;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publd.mapping.IriScheme;
import org.publd.server.read.DataVersion;
import org.publd.server.read.ReadStore;

/**
 * Describes a resource from every graph of the dataset, for a page that needs no second request:
 * <ul>
 * <li>its own statements, and those of its parts (IRIs below its own, such as
 *     {@code pubmed/1/author/2} below {@code pubmed/1}), so authors' ORCID iDs and grants come along;</li>
 * <li>the statements that have it as object: who cites, discusses, corrects or retracts it;</li>
 * <li>the label of everything linked that can have one, by the property the mapper names its kind by
 *     ({@link ResourceKind#labels()}): a work's {@code dcterms:title}, a funder's {@code foaf:name}, a MeSH
 *     term's {@code rdfs:label}. Reified citations, graphs and links out (DOIs, ORCID iDs, PubMed pages)
 *     are never named in PubLD data, and looking them up was most of the cost of a page.</li>
 * </ul>
 * A named graph (a record's, or a links graph) is described by its whole content. Everything is read
 * through the {@link ReadStore}, from the union of the graphs.
 *
 * <p>Every list is bounded: a journal or a MeSH term is linked from thousands of records, and a page
 * must stay small and fast. Labels repeat across record graphs, so only the first of each is read,
 * and they are kept (or that there is none) for the data version they were read in: a well-cited work
 * or a common MeSH term is linked from many pages, and each lookup is a B+tree descent.
 */
public final class DatasetDescriber implements Describer {
    /** The most statements read for one direction of one resource. */
    static final int MAX_STATEMENTS = 2000;

    /** The most labels kept: each takes a few hundred bytes. */
    static final int KEPT_LABELS = 100_000;

    private final ReadStore store;
    private final IriScheme iris;
    private final DataVersion version;
    private final Cache<Node, Label> labels = CacheFactory.createCache(KEPT_LABELS);

    /** A resource's label statement, {@code null} when it has none, as read in one data version. */
    private record Label(long version, Triple statement) {
    }

    /**
     * @param store where the data is read, with its version, for labels kept between descriptions
     * @param iris  the IRI scheme of the data: what each linked IRI names, and so which label to look up
     */
    public DatasetDescriber(ReadStore store, IriScheme iris) {
        this.store = store;
        this.iris = iris;
        this.version = store.version();
    }

    @Override
    public Optional<Graph> describe(Node iri) {
        long v = version.current();
        return store.snapshot(() -> describeInSnapshot(iri, v));
    }

    private Optional<Graph> describeInSnapshot(Node iri, long v) {
        Optional<Graph> graph = store.graph(iri);
        if (graph.isPresent()) {
            return graph;
        }
        Graph g = GraphFactory.createDefaultGraph();
        copy(store.bySubject(iri, Node.ANY, MAX_STATEMENTS), g);
        String partPrefix = iri.getURI() + "/";
        Set<Node> parts = new HashSet<>();
        g.find(iri, Node.ANY, Node.ANY).forEach(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(partPrefix)) {
                parts.add(t.getObject());
            }
        });
        for (Node part : parts) {
            copy(store.bySubject(part, Node.ANY, MAX_STATEMENTS), g);
        }
        copy(store.byObject(iri, MAX_STATEMENTS), g);
        if (g.isEmpty()) {
            return Optional.empty();
        }
        Set<Node> linked = new HashSet<>();
        g.find().forEach(t -> {
            linked.add(t.getSubject());
            linked.add(t.getObject());
        });
        linked.remove(iri);
        linked.removeAll(parts);
        for (Node n : linked) {
            List<Node> properties = ResourceKind.of(iris.space(n)).labels();
            if (!properties.isEmpty()) {
                Triple label = label(n, properties, v);
                if (label != null) {
                    g.add(label);
                }
            }
        }
        return Optional.of(g);
    }

    private Triple label(Node n, List<Node> properties, long v) {
        if (v == DataVersion.UNKNOWN) {
            return read(n, properties);
        }
        Label kept = labels.getIfPresent(n);
        if (kept != null && kept.version() == v) {
            return kept.statement();
        }
        Triple found = read(n, properties);
        labels.put(n, new Label(v, found));
        return found;
    }

    private Triple read(Node n, List<Node> properties) {
        for (Node p : properties) {
            List<Triple> found = store.bySubject(n, p, 1);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    private static void copy(List<Triple> triples, Graph g) {
        triples.forEach(g::add);
    }
}
