package org.publd.server.ld;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.vocab.Prefixes;

/**
 * Describes a resource from every graph of the dataset, for a page that needs no second request:
 * <ul>
 * <li>its own statements, and those of its parts (IRIs below its own, such as
 *     {@code pubmed/1/author/2} below {@code pubmed/1}), so authors' ORCID iDs and grants come along;</li>
 * <li>the statements that have it as object: who cites, discusses, corrects or retracts it;</li>
 * <li>a label ({@code dcterms:title}, {@code foaf:name} or {@code rdfs:label}, the first found) of everything
 *     linked that can have one: IRIs under the base and MeSH IRIs. Links out (DOIs, ORCID iDs, PubMed
 *     pages...) never have labels in PubLD data, and looking them up was most of the cost of a page.</li>
 * </ul>
 * A record's named graph ({@code graph/pubmed/1}) is described by its whole content.
 *
 * <p>Every list is bounded: a journal or a MeSH term is linked from thousands of records, and a page
 * must stay small and fast. Labels repeat across record graphs, so only the first of each is read.
 */
public final class DatasetDescriber implements Describer {
    /** The most statements read for one direction of one resource. */
    static final int MAX_STATEMENTS = 2000;
    // The order pages prefer them in (html.Description); MeSH terms have rdfs:label, so it comes first for them.
    private static final List<Node> LABELS = List.of(DCTerms.title.asNode(), FOAF.name.asNode(), RDFS.label.asNode());
    private static final List<Node> MESH_LABELS = List.of(RDFS.label.asNode(), DCTerms.title.asNode(), FOAF.name.asNode());

    private final DatasetGraph dsg;
    private final String base;

    /** @param base the base IRI: only IRIs under it and MeSH IRIs are looked up for labels */
    public DatasetDescriber(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.base = base;
    }

    @Override
    public Optional<Graph> describe(Node iri) {
        return Txn.calculateRead(dsg, () -> describeInTxn(iri));
    }

    private Optional<Graph> describeInTxn(Node iri) {
        Graph g = GraphFactory.createDefaultGraph();
        if (dsg.containsGraph(iri)) {
            copy(dsg.find(iri, Node.ANY, Node.ANY, Node.ANY), g, Long.MAX_VALUE);
            return Optional.of(g);
        }
        copy(dsg.find(Node.ANY, iri, Node.ANY, Node.ANY), g, MAX_STATEMENTS);
        String partPrefix = iri.getURI() + "/";
        Set<Node> parts = new HashSet<>();
        g.find(iri, Node.ANY, Node.ANY).forEach(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(partPrefix)) {
                parts.add(t.getObject());
            }
        });
        for (Node part : parts) {
            copy(dsg.find(Node.ANY, part, Node.ANY, Node.ANY), g, MAX_STATEMENTS);
        }
        copy(dsg.find(Node.ANY, Node.ANY, Node.ANY, iri), g, MAX_STATEMENTS);
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
            if (n.isURI()) {
                String uri = n.getURI();
                if (uri.startsWith(base)) {
                    label(n, LABELS, g);
                } else if (uri.startsWith(Prefixes.MESH)) {
                    label(n, MESH_LABELS, g);
                }
            }
        }
        return Optional.of(g);
    }

    private void label(Node n, List<Node> properties, Graph g) {
        for (Node p : properties) {
            Iterator<Quad> it = dsg.find(Node.ANY, n, p, Node.ANY);
            try {
                if (it.hasNext()) {
                    g.add(it.next().asTriple());
                    return;
                }
            } finally {
                Iter.close(it);
            }
        }
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
