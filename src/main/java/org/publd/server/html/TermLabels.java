package org.publd.server.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * The {@code rdfs:label} of the classes and properties PubLD uses, as their vocabularies label them
 * (FaBiO, CiTO, DCMI terms, FOAF, PROV, PRISM, FRAPO, VoID; classpath {@code vocab/}, see its
 * ATTRIBUTION.md) and PubLD's own ontology: how pages name a type or a property for people. A few
 * classes get the name a reader knows them by ({@code vocab/display-labels.ttl}).
 */
final class TermLabels {
    /** Read in this order; a later file's label replaces an earlier one. */
    private static final List<String> FILES = List.of("vocab/dcterms-labels.ttl", "vocab/fabio-labels.ttl",
            "vocab/cito-labels.ttl", "vocab/other-labels.ttl", "vocab/display-labels.ttl");

    private final Map<Node, String> labels;

    private TermLabels(Map<Node, String> labels) {
        this.labels = labels;
    }

    /** The labels of the bundled vocabularies and of {@code ontology}, PubLD's own terms. */
    static TermLabels load(Graph ontology) {
        Map<Node, String> labels = new HashMap<>();
        add(ontology, labels);
        for (String file : FILES) {
            add(read(file), labels);
        }
        return new TermLabels(Map.copyOf(labels));
    }

    /** The term's label, if its vocabulary gives one. */
    Optional<String> label(Node term) {
        return Optional.ofNullable(labels.get(term));
    }

    /** The label with a capital first letter, as a type badge or a heading shows it. */
    Optional<String> title(Node term) {
        return label(term).map(l -> l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1));
    }

    private static void add(Graph g, Map<Node, String> labels) {
        g.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEach((Triple t) -> {
            Node o = t.getObject();
            if (o.isLiteral() && (o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().startsWith("en"))) {
                labels.put(t.getSubject(), o.getLiteralLexicalForm());
            }
        });
    }

    private static Graph read(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = TermLabels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(StreamRDFLib.graph(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }
}
