package org.publd.server.search;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.publd.mapping.vocab.PRISM;
import org.publd.mapping.vocab.PUBLD;
import org.publd.server.read.ReadStore;

/**
 * What a list of works shows of each: title, authors in order, journal and date, read by subject from the store.
 *
 * @param journal the journal node ({@code dcterms:isPartOf}), or null when the data names none
 * @param journalName its title, else the name the record gives ({@code prism:publicationName}), else empty
 * @param date the {@code dcterms:issued} lexical form ({@code 2010}, {@code 2010-08}, {@code 2010-08-20}), or empty
 */
public record WorkSummary(Node work, String title, List<String> authors, Node journal, String journalName, String date) {
    private static final Node TITLE = DCTerms.title.asNode();
    /** Statements read about a work or an author: far more than a record says of either. */
    private static final int MAX_STATEMENTS = 10_000;

    /** Reads the summary of {@code work}. */
    public static WorkSummary of(ReadStore store, Node work) {
        return store.snapshot(() -> of(description(store, work), work));
    }

    // The work, its authors and its journal: what the summary is made from.
    private static Graph description(ReadStore store, Node work) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Triple t : store.bySubject(work, Node.ANY, MAX_STATEMENTS)) {
            g.add(t);
            if (t.getPredicate().equals(DCTerms.creator.asNode()) || t.getPredicate().equals(DCTerms.isPartOf.asNode())) {
                store.bySubject(t.getObject(), Node.ANY, MAX_STATEMENTS).forEach(g::add);
            }
        }
        return g;
    }

    private static WorkSummary of(Graph union, Node work) {
        List<String> authors = union.find(work, DCTerms.creator.asNode(), Node.ANY).mapWith(Triple::getObject).toList()
                .stream().sorted(Comparator.comparingLong(a -> position(union, a)))
                .map(a -> literal(union, a, FOAF.name.asNode()).orElse("")).filter(n -> !n.isEmpty()).toList();
        Node journal = union.find(work, DCTerms.isPartOf.asNode(), Node.ANY).nextOptional().map(Triple::getObject)
                .filter(Node::isURI).orElse(null);
        String journalName = Optional.ofNullable(journal).flatMap(j -> literal(union, j, TITLE))
                .or(() -> literal(union, work, PRISM.publicationName)).orElse("");
        return new WorkSummary(work, literal(union, work, TITLE).orElse(""), authors, journal, journalName,
                literal(union, work, DCTerms.issued.asNode()).orElse(""));
    }

    /** The {@code dcterms:issued} lexical form of {@code work}, or empty. */
    static String issued(ReadStore store, Node work) {
        return store.bySubject(work, DCTerms.issued.asNode(), 1).stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }

    /** The year of {@link #date}, or empty. */
    public String year() {
        return date.length() >= 4 ? date.substring(0, 4) : "";
    }

    private static long position(Graph union, Node author) {
        return literal(union, author, PUBLD.authorPosition).map(v -> {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }).orElse(Long.MAX_VALUE);
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).nextOptional()
                .map(Node::getLiteralLexicalForm);
    }
}
