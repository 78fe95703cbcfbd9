package org.publd.server.html;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.IriScheme;

/** Reading a description graph for display: values, labels, and the address a link should take. */
final class Description {
    private static final List<Node> LABELS = List.of(DCTerms.title.asNode(), FOAF.name.asNode(), RDFS.label.asNode(),
            DCTerms.bibliographicCitation.asNode());

    private final Graph graph;
    private final IriScheme iris;
    private final String base;
    private final PrefixMapping prefixes;

    Description(Graph graph, IriScheme iris, PrefixMapping prefixes) {
        this.graph = graph;
        this.iris = iris;
        this.base = iris.base();
        this.prefixes = prefixes;
    }

    Graph graph() {
        return graph;
    }

    /** The IRI scheme of the data described. */
    IriScheme iris() {
        return iris;
    }

    /** The objects of {@code s p ?}, literals sorted by their text, IRIs by their label. */
    List<Node> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(Comparator.comparing(this::label)).toList();
    }

    /** The subjects of {@code ? p o}, sorted by label. */
    List<Node> subjects(Node p, Node o) {
        return graph.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList().stream()
                .sorted(Comparator.comparing(this::label)).toList();
    }

    Optional<String> value(Node s, Node p) {
        return graph.find(s, p, Node.ANY).nextOptional().map(t -> display(t.getObject()));
    }

    /** A name for people: its title, name or label, else a short form of the IRI. */
    String label(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        for (Node p : LABELS) {
            Optional<Triple> t = graph.find(n, p, Node.ANY).nextOptional();
            if (t.isPresent() && t.get().getObject().isLiteral()) {
                return t.get().getObject().getLiteralLexicalForm();
            }
        }
        return shortForm(n);
    }

    /** A prefixed name, a path under the base, or the IRI. */
    String shortForm(Node n) {
        if (!n.isURI()) {
            return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
        }
        String iri = n.getURI();
        if (iri.startsWith(base)) {
            return iri.substring(base.length());
        }
        String qname = prefixes.qnameFor(iri);
        return qname != null ? qname : iri;
    }

    /** Where a link to the IRI goes: a local path for the IRIs this server serves, else the IRI itself. */
    String href(Node n) {
        String iri = n.getURI();
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }

    boolean isLocal(Node n) {
        return n.isURI() && n.getURI().startsWith(base);
    }

    private String display(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : label(n);
    }
}
