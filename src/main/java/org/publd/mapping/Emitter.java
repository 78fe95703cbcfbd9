package org.publd.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Collects one record's statements as quads in the record's graph, each statement once, skipping
 * absent (null or blank) values so that callers never invent an empty literal. The record is handed
 * on whole, as a {@link MappedRecord}, once every describer is done ({@link #record()}).
 *
 * <p>Checking every statement against all the others would cost a hash of all the record's text, so
 * repeats are caught where they can arise: the statements that may repeat (labels, funders, keywords,
 * a work listed twice) are made inside {@link #checked} blocks and compared with each other; the
 * describers keep every other statement unique by construction.
 */
final class Emitter {
    private static final Node TYPE = RDF.type.asNode();

    private final Node graph;
    private final List<Quad> buffer = new ArrayList<>(1024);
    private final Set<Triple> seen = new HashSet<>();
    private boolean checking;

    Emitter(Node graph) {
        this.graph = graph;
    }

    void add(Node s, Node p, Node o) {
        if (o == null) {
            return;
        }
        if (checking && !seen.add(Triple.create(s, p, o))) {
            return;
        }
        buffer.add(Quad.create(graph, s, p, o));
    }

    /** Makes statements that may repeat ones made before in a {@code checked} block; repeats are dropped. */
    void checked(Runnable statements) {
        boolean outer = checking;
        checking = true;
        try {
            statements.run();
        } finally {
            checking = outer;
        }
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

    /** The record's graph with the collected quads, in the order they were first added. */
    MappedRecord record() {
        return new MappedRecord(graph, buffer);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
