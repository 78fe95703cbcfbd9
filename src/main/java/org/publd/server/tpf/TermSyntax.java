package org.publd.server.tpf;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms in the explicit representation of Hydra, as Triple Pattern Fragments clients fill a search
 * form's variables (rdf-string's {@code termToString}): an IRI as it is (angle brackets allowed), a
 * literal {@code "text"}, {@code "text"@lang} or {@code "text"^^datatype}, a blank node {@code _:label},
 * and an empty value or {@code ?name} for a variable.
 */
final class TermSyntax {
    private TermSyntax() {
    }

    /** The term {@code text} writes; {@link Node#ANY} for a variable or nothing. */
    static Node parse(String text) {
        if (text == null || text.isEmpty() || text.startsWith("?")) {
            return Node.ANY;
        }
        if (text.startsWith("\"")) {
            int end = text.lastIndexOf('"');
            if (end <= 0) {
                throw new IllegalArgumentException("A literal without its closing quote: " + text);
            }
            String lexical = text.substring(1, end);
            String rest = text.substring(end + 1);
            if (rest.isEmpty()) {
                return NodeFactory.createLiteralString(lexical);
            }
            if (rest.startsWith("@") && rest.length() > 1) {
                return NodeFactory.createLiteralLang(lexical, rest.substring(1));
            }
            if (rest.startsWith("^^") && rest.length() > 2) {
                String type = unbracket(rest.substring(2));
                return NodeFactory.createLiteralDT(lexical, TypeMapper.getInstance().getSafeTypeByName(type));
            }
            throw new IllegalArgumentException("Not a literal: " + text + " (expected \"text\", \"text\"@lang or \"text\"^^datatype)");
        }
        if (text.startsWith("_:")) {
            return NodeFactory.createBlankNode(text.substring(2));
        }
        return NodeFactory.createURI(unbracket(text));
    }

    /** How a fragment's address writes {@code node}: the inverse of {@link #parse}. */
    static String format(Node node) {
        if (node == null || node == Node.ANY) {
            return "";
        }
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        String quoted = "\"" + node.getLiteralLexicalForm() + "\"";
        if (!node.getLiteralLanguage().isEmpty()) {
            return quoted + "@" + node.getLiteralLanguage();
        }
        String type = node.getLiteralDatatypeURI();
        return type == null || XSDDatatype.XSDstring.getURI().equals(type) ? quoted : quoted + "^^" + type;
    }

    private static String unbracket(String iri) {
        return iri.startsWith("<") && iri.endsWith(">") ? iri.substring(1, iri.length() - 1) : iri;
    }
}
