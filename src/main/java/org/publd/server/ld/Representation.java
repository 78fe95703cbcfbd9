package org.publd.server.ld;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;
import org.publd.mapping.output.OutputFormat;

/**
 * The forms a resource is served in: a page for people and six RDF syntaxes, each with its file
 * extension. The two quad syntaxes, TriG and N-Quads, give a record's own graph, named.
 */
public enum Representation {
    HTML(null),
    TURTLE(OutputFormat.TURTLE),
    JSONLD(OutputFormat.JSONLD),
    // text/plain too: N-Triples' media type before RDF 1.1, which clients such as rdflib still ask for.
    NTRIPLES(OutputFormat.NTRIPLES, "text/plain"),
    RDFXML(OutputFormat.RDFXML),
    TRIG(OutputFormat.TRIG),
    NQUADS(OutputFormat.NQUADS);

    private final OutputFormat rdf;
    private final List<String> mediaTypes;

    Representation(OutputFormat rdf, String... aliases) {
        this.rdf = rdf;
        List<String> types = new ArrayList<>();
        types.add(rdf == null ? "text/html" : rdf.mediaType());
        types.addAll(List.of(aliases));
        this.mediaTypes = List.copyOf(types);
    }

    public String mediaType() {
        return mediaTypes.get(0);
    }

    /** Every media type that asks for it, its own first. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /** Whether it gives a record's named graph (TriG, N-Quads) rather than a description. */
    public boolean keepsGraphs() {
        return this == TRIG || this == NQUADS;
    }

    public String extension() {
        return rdf == null ? "html" : rdf.extension();
    }

    /** The name for people ({@code Turtle}). */
    public String label() {
        return rdf == null ? "HTML" : rdf.label();
    }

    /** The RDF writer format, or {@code null} for HTML. */
    public RDFFormat format() {
        return rdf == null ? null : rdf.pretty();
    }

    /** The representation a file extension (without the dot) names. */
    public static Optional<Representation> byExtension(String ext) {
        return Arrays.stream(values()).filter(r -> r.extension().equals(ext)).findFirst();
    }
}
