package org.publd.server.ld;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.publd.mapping.IriScheme;

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
 * A named graph (a record's, or a links graph) is described by its whole content. Only named graphs
 * are read, as SPARQL's default graph (their union) shows them.
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

    private final DatasetGraph dsg;
    private final IriScheme iris;
    private final DataVersion version;
    private final Cache<Node, Label> labels = CacheFactory.createCache(KEPT_LABELS);

    /** A resource's label statement, {@code null} when it has none, as read in one data version. */
    private record Label(long version, Triple statement) {
    }

    /**
     * @param iris    the IRI scheme of the data: what each linked IRI names, and so which label to look up
     * @param version the data version, for labels kept between descriptions
     */
    public DatasetDescriber(DatasetGraph dsg, IriScheme iris, DataVersion version) {
        this.dsg = dsg;
        this.iris = iris;
        this.version = version;
    }

    @Override
    public Optional<Graph> describe(Node iri) {
        long v = version.current();
        return Txn.calculateRead(dsg, () -> describeInTxn(iri, v));
    }

    private Optional<Graph> describeInTxn(Node iri, long v) {
        Graph g = GraphFactory.createDefaultGraph();
        if (dsg.containsGraph(iri)) {
            copy(dsg.findNG(iri, Node.ANY, Node.ANY, Node.ANY), g, Long.MAX_VALUE);
            return Optional.of(g);
        }
        copy(dsg.findNG(Node.ANY, iri, Node.ANY, Node.ANY), g, MAX_STATEMENTS);
        String partPrefix = iri.getURI() + "/";
        Set<Node> parts = new HashSet<>();
        g.find(iri, Node.ANY, Node.ANY).forEach(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(partPrefix)) {
                parts.add(t.getObject());
            }
        });
        for (Node part : parts) {
            copy(dsg.findNG(Node.ANY, part, Node.ANY, Node.ANY), g, MAX_STATEMENTS);
        }
        copy(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, iri), g, MAX_STATEMENTS);
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
            Iterator<Quad> it = dsg.findNG(Node.ANY, n, p, Node.ANY);
            try {
                if (it.hasNext()) {
                    return it.next().asTriple();
                }
            } finally {
                Iter.close(it);
            }
        }
        return null;
    }

    private static void copy(Iterator<Quad> quads, Graph g, long max) {
        try {
            long n = 0;
            while (quads.hasNext() && n < max) {
                Triple t = quads.next().asTriple();
                if (!g.contains(t)) {
                    g.add(t);
                    n++;
                }
            }
        } finally {
            Iter.close(quads);
        }
    }
}
