package org.publd.mapping;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Collects one record's statements as quads in the record's graph, each statement once, skipping
 * absent (null or blank) values so that callers never invent an empty literal. Nothing reaches the
 * stream until {@link #flush()}, so a record is written whole or not at all.
 */
final class Emitter {
    private static final Node TYPE = RDF.type.asNode();

    private final StreamRDF out;
    private final Node graph;
    private final Set<Quad> quads = new LinkedHashSet<>();

    Emitter(StreamRDF out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    void add(Node s, Node p, Node o) {
        if (o == null) {
            return;
        }
        Quad q = Quad.create(graph, s, p, o);
        quads.add(q);
    }

    void type(Node s, Node cls) {
        add(s, TYPE, cls);
    }

    /** A plain string literal. */
    void text(Node s, Node p, String value) {
        if (present(value)) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    /** A language-tagged literal; plain when {@code lang} is null. */
    void text(Node s, Node p, String value, String lang) {
        if (present(value)) {
            add(s, p, lang == null ? NodeFactory.createLiteralString(value) : NodeFactory.createLiteralLang(value, lang));
        }
    }

    void typed(Node s, Node p, String lexical, RDFDatatype type) {
        if (present(lexical)) {
            add(s, p, NodeFactory.createLiteralDT(lexical, type));
        }
    }

    void integer(Node s, Node p, long value) {
        add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    /** Writes the collected quads, in the order they were first added, and returns how many. */
    long flush() {
        quads.forEach(out::quad);
        long n = quads.size();
        quads.clear();
        return n;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
