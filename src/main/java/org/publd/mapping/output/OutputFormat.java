package org.publd.mapping.output;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

/**
 * The RDF syntaxes PubLD writes, each described once on top of Jena's {@link Lang}: its name on the
 * command line, label, file extension and media type, whether it keeps named graphs, and the Jena
 * writers for a stream (map, export) and for one small graph (a Linked Data page).
 */
public enum OutputFormat {
    TURTLE(Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, RDFFormat.TURTLE_PRETTY),
    TRIG(Lang.TRIG, RDFFormat.TRIG_BLOCKS, RDFFormat.TRIG_PRETTY),
    NTRIPLES(Lang.NTRIPLES, RDFFormat.NTRIPLES, RDFFormat.NTRIPLES),
    NQUADS(Lang.NQUADS, RDFFormat.NQUADS, RDFFormat.NQUADS),
    JSONLD(Lang.JSONLD, BatchingWriters.JSONLD_COMPACT, BatchingWriters.JSONLD_COMPACT),
    RDFXML(Lang.RDFXML, BatchingWriters.RDFXML_BATCHES, RDFFormat.RDFXML_PRETTY);

    private final Lang lang;
    private final RDFFormat streaming;
    private final RDFFormat pretty;

    OutputFormat(Lang lang, RDFFormat streaming, RDFFormat pretty) {
        this.lang = lang;
        this.streaming = streaming;
        this.pretty = pretty;
    }

    /** The name on the command line ({@code turtle}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name for people ({@code Turtle}, {@code RDF/XML}). */
    public String label() {
        return lang.getLabel();
    }

    /** Jena's language for this format. */
    public Lang lang() {
        return lang;
    }

    public String mediaType() {
        return lang.getHeaderString();
    }

    /** The file extension, without the dot ({@code ttl}). */
    public String extension() {
        return lang.getFileExtensions().get(0);
    }

    /** Whether the format keeps named graphs (else it holds the union of the graphs). */
    public boolean keepsGraphs() {
        return RDFLanguages.isQuads(lang);
    }

    /** The writer {@code StreamRDFWriter} gives for this format: constant memory whatever the input. */
    public RDFFormat streaming() {
        return streaming;
    }

    /** The writer for one small graph, with nesting and prefixes, for people to read. */
    public RDFFormat pretty() {
        return pretty;
    }

    @Override
    public String toString() {
        return cliName();
    }
}
