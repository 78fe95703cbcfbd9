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
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.IriScheme;
import org.publd.mapping.vocab.FABIO;
import org.publd.server.ld.Paging;

/** Reading a description graph for display: values, labels, and the address a link should take. */
final class Description {
    /** What names a resource, most telling first: a title, then a name, then a label. */
    private static final List<Node> NAMES = List.of(DCTerms.title.asNode(), FOAF.name.asNode(), RDFS.label.asNode());

    private final Graph graph;
    private final IriScheme iris;
    private final String base;
    private final PrefixMapping prefixes;
    private final TermLabels terms;
    private final List<Paging.Cut> cuts;

    Description(Graph graph, IriScheme iris, PrefixMapping prefixes, TermLabels terms, List<Paging.Cut> cuts) {
        this.graph = graph;
        this.iris = iris;
        this.base = iris.base();
        this.prefixes = prefixes;
        this.terms = terms;
        this.cuts = cuts;
    }

    /** How the list of {@code property}, out of the resource or into it, was cut, if it was. */
    Optional<Paging.Cut> cut(Node property, boolean incoming) {
        return cuts.stream().filter(c -> c.property().equals(property) && c.incoming() == incoming).findFirst();
    }

    /** Whether any list was cut. */
    boolean isCut() {
        return !cuts.isEmpty();
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

    /**
     * A name for people, as a link text: its title, name or label, else (for a work) the citation text
     * a record gives, else {@code PMID 15454078}, else a short form of the IRI.
     */
    String label(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return name(n).or(() -> literal(n, DCTerms.bibliographicCitation.asNode())).orElseGet(() -> fallback(n));
    }

    /** A heading for the resource: as {@link #label}, but never a whole citation string. */
    String title(Node n) {
        return name(n).orElseGet(() -> fallback(n));
    }

    /** The label of a class or property, as its vocabulary gives it, else its prefixed name. */
    String termLabel(Node term) {
        return terms.label(term).orElseGet(() -> shortForm(term));
    }

    /** A type as a badge shows it ("Journal article"), else its prefixed name. */
    String typeLabel(Node type) {
        return terms.title(type).orElseGet(() -> shortForm(type));
    }

    /**
     * The resource's types as badges show them. {@code fabio:Expression} is left out beside a more
     * specific FaBiO class: "Journal article", not "Journal article · Article".
     */
    List<String> typeLabels(Node n) {
        List<Node> types = objects(n, RDF.type.asNode());
        boolean specific = types.stream().anyMatch(t -> t.isURI() && t.getURI().startsWith(FABIO.NS) && !t.equals(FABIO.Expression));
        return types.stream().filter(t -> !(specific && t.equals(FABIO.Expression))).map(this::typeLabel).distinct().toList();
    }

    private Optional<String> name(Node n) {
        for (Node p : NAMES) {
            Optional<String> v = literal(n, p);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private Optional<String> literal(Node s, Node p) {
        return graph.find(s, p, Node.ANY).filterKeep(t -> t.getObject().isLiteral()).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm());
    }

    private String fallback(Node n) {
        return iris.pmidOf(n).map(pmid -> "PMID " + pmid)
                .or(() -> iris.recordOf(n).map(pmid -> "Record graph of PMID " + pmid))
                .or(() -> terms.label(n)).orElseGet(() -> shortForm(n));
    }

    /** A prefixed name, a path under the base, or the IRI. */
    String shortForm(Node n) {
        if (!n.isURI()) {
            return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
        }
        String iri = n.getURI();
        if (iri.startsWith(base) && iri.length() > base.length()) {
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
