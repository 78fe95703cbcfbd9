package org.publd.mapping.output;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * PubLD's published JSON-LD context ({@code ontology/context.jsonld}, served at {@code /context.jsonld}):
 * the prefixes of the mapping contract and a short term for each property PubLD emits, with the
 * type its values are coerced to. The file is the one source; this class reads it once and answers
 * what a writer needs to compact against it: the key of a property, its coercion, the compact form
 * of an IRI.
 */
public final class JsonLdContext {
    /** Where the context lives on the class path (the build copies {@code ontology/} there). */
    public static final String RESOURCE = "/ontology/context.jsonld";
    /** The value of a term's {@code @type} that makes its values IRIs. */
    static final String ID = "@id";

    private static final JsonLdContext PUBLISHED = load();

    private final JsonObject document;
    private final PrefixMap prefixes = PrefixMapFactory.create();
    /** Namespaces, longest first, so that an IRI takes the most specific prefix. */
    private final List<Map.Entry<String, String>> namespaces;
    private final Map<String, Term> terms = new HashMap<>();

    /** A term of the context: its name and the full IRI of its {@code @type} coercion, or {@code @id}, or null. */
    record Term(String name, String coercion) {
    }

    private JsonLdContext(JsonObject document) {
        this.document = document;
        Map<String, String> byPrefix = new HashMap<>();
        JsonObject context = document.getJsonObject("@context");
        context.forEach((name, value) -> {
            if (value instanceof JsonString iri) {
                byPrefix.put(name, iri.getString());
                prefixes.add(name, iri.getString());
            }
        });
        context.forEach((name, value) -> {
            if (value instanceof JsonObject definition) {
                String iri = expand(definition.getString("@id"), byPrefix);
                String type = definition.containsKey("@type") ? definition.getString("@type") : null;
                Term term = new Term(name, type == null || type.equals(ID) ? type : expand(type, byPrefix));
                if (terms.put(iri, term) != null) {
                    throw new IllegalStateException("two terms for " + iri + " in " + RESOURCE);
                }
            }
        });
        this.namespaces = byPrefix.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed())
                .toList();
    }

    /** The context PubLD publishes. */
    public static JsonLdContext published() {
        return PUBLISHED;
    }

    /** The whole document, {@code {"@context": {...}}}, as served. */
    public JsonObject document() {
        return document;
    }

    /** The value of {@code @context}. */
    public JsonValue context() {
        return document.get("@context");
    }

    /** The context's prefixes. */
    public PrefixMap prefixes() {
        return prefixes;
    }

    /** The term for a property IRI, or null when the context has none. */
    Term term(String propertyIri) {
        return terms.get(propertyIri);
    }

    /** The key a property is written under: its term, else its compact IRI, else the IRI. */
    String key(String propertyIri) {
        Term term = terms.get(propertyIri);
        return term != null ? term.name() : compact(propertyIri);
    }

    /**
     * {@code iri} as a compact IRI ({@code fabio:JournalArticle}) where a prefix covers it, else as it
     * is. A suffix that starts with {@code //} would read as an absolute IRI, so it is never used.
     */
    String compact(String iri) {
        for (Map.Entry<String, String> ns : namespaces) {
            String namespace = ns.getValue();
            if (iri.length() > namespace.length() && iri.startsWith(namespace) && !iri.startsWith("//", namespace.length())) {
                return ns.getKey() + ':' + iri.substring(namespace.length());
            }
        }
        return iri;
    }

    private static String expand(String curie, Map<String, String> byPrefix) {
        int colon = curie.indexOf(':');
        String ns = colon > 0 ? byPrefix.get(curie.substring(0, colon)) : null;
        return ns == null ? curie : ns + curie.substring(colon + 1);
    }

    private static JsonLdContext load() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return new JsonLdContext(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
