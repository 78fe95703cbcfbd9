package org.publd.server.ld;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The forms a resource is served in: a page for people and four RDF syntaxes, each with its file extension. */
public enum Representation {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY);

    private final String mediaType;
    private final String extension;
    private final RDFFormat format;

    Representation(String mediaType, String extension, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The RDF writer format, or {@code null} for HTML. */
    public RDFFormat format() {
        return format;
    }

    /** The representation a file extension (without the dot) names. */
    public static Optional<Representation> byExtension(String ext) {
        return Arrays.stream(values()).filter(r -> r.extension.equals(ext)).findFirst();
    }
}
