package org.publd.mapping.output;

import jakarta.json.stream.JsonGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.RDF;

/**
 * Statements as compact JSON-LD node objects against {@link JsonLdContext}, written straight from the
 * triples: one node object per subject, in the order the subjects come, each property under its term
 * with values in the short form its coercion allows. What Titanium's compaction would produce for
 * these shapes, without expanding and compacting a document.
 */
final class JsonLdNodes {
    private static final String TYPE = RDF.type.getURI();
    private static final String STRING = XSDDatatype.XSDstring.getURI();

    private final JsonLdContext context;
    private final Map<Node, Map<String, List<Node>>> subjects = new LinkedHashMap<>();

    JsonLdNodes(JsonLdContext context) {
        this.context = context;
    }

    void add(Triple t) {
        subjects.computeIfAbsent(t.getSubject(), s -> new LinkedHashMap<>())
                .computeIfAbsent(t.getPredicate().getURI(), p -> new ArrayList<>(2))
                .add(t.getObject());
    }

    boolean isEmpty() {
        return subjects.isEmpty();
    }

    void clear() {
        subjects.clear();
    }

    /** Hands out a writer of each node object in turn, as a value of the array its generator is in. */
    void forEachNode(Consumer<Consumer<JsonGenerator>> each) {
        subjects.forEach((subject, properties) -> each.accept(json -> writeNode(json, subject, properties)));
    }

    private void writeNode(JsonGenerator json, Node subject, Map<String, List<Node>> properties) {
        json.writeStartObject();
        json.write("@id", id(subject));
        List<Node> types = properties.get(TYPE);
        List<Node> otherTypes = new ArrayList<>();
        if (types != null) {
            List<String> classes = new ArrayList<>();
            for (Node type : types) {
                if (type.isURI() || type.isBlank()) {
                    classes.add(id(type));
                } else {
                    otherTypes.add(type);
                }
            }
            writeStrings(json, "@type", classes);
        }
        properties.forEach((property, values) -> {
            if (property.equals(TYPE)) {
                if (!otherTypes.isEmpty()) {
                    writeValues(json, context.compact(TYPE), null, otherTypes);
                }
                return;
            }
            JsonLdContext.Term term = context.term(property);
            writeValues(json, term != null ? term.name() : context.compact(property),
                    term != null ? term.coercion() : null, values);
        });
        json.writeEnd();
    }

    private static void writeStrings(JsonGenerator json, String key, List<String> values) {
        if (values.size() == 1) {
            json.write(key, values.get(0));
        } else if (!values.isEmpty()) {
            json.writeStartArray(key);
            values.forEach(json::write);
            json.writeEnd();
        }
    }

    private void writeValues(JsonGenerator json, String key, String coercion, List<Node> values) {
        if (values.size() == 1) {
            json.writeKey(key);
            writeValue(json, coercion, values.get(0));
        } else {
            json.writeStartArray(key);
            for (Node value : values) {
                writeValue(json, coercion, value);
            }
            json.writeEnd();
        }
    }

    private void writeValue(JsonGenerator json, String coercion, Node value) {
        if (!value.isLiteral()) {
            if (JsonLdContext.ID.equals(coercion)) {
                json.write(id(value));
            } else {
                json.writeStartObject().write("@id", id(value)).writeEnd();
            }
            return;
        }
        String lexical = value.getLiteralLexicalForm();
        String datatype = value.getLiteralDatatypeURI();
        String language = value.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            json.writeStartObject().write("@value", lexical).write("@language", language);
            String direction = value.getLiteralBaseDirection() == null ? null : value.getLiteralBaseDirection().direction();
            if (direction != null) {
                json.write("@direction", direction);
            }
            json.writeEnd();
        } else if (datatype.equals(coercion) || (coercion == null && datatype.equals(STRING))) {
            json.write(lexical);
        } else if (datatype.equals(STRING)) {
            // A plain string under a coerced term: a value object without @type keeps it a string.
            json.writeStartObject().write("@value", lexical).writeEnd();
        } else {
            json.writeStartObject().write("@value", lexical).write("@type", context.compact(datatype)).writeEnd();
        }
    }

    /** A subject or IRI value: compact where a prefix allows; a blank node by an encoded, document-wide label. */
    String id(Node node) {
        return node.isBlank() ? "_:" + NodeFmtLib.encodeBNodeLabel(node.getBlankNodeLabel()) : context.compact(node.getURI());
    }
}
