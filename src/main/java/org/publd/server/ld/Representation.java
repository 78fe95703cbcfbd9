package org.publd.server.ld;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;
import org.publd.mapping.output.OutputFormat;

/** The forms a resource is served in: a page for people and four RDF syntaxes, each with its file extension. */
public enum Representation {
    HTML(null),
    TURTLE(OutputFormat.TURTLE),
    JSONLD(OutputFormat.JSONLD),
    NTRIPLES(OutputFormat.NTRIPLES),
    RDFXML(OutputFormat.RDFXML);

    private final OutputFormat rdf;

    Representation(OutputFormat rdf) {
        this.rdf = rdf;
    }

    public String mediaType() {
        return rdf == null ? "text/html" : rdf.mediaType();
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
