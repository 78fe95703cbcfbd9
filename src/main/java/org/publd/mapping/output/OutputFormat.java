package org.publd.mapping.output;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.publd.PubldException;

/** The RDF formats {@code publd map} and export write. */
public enum OutputFormat {
    TURTLE("turtle", Lang.TURTLE, false, "ttl"),
    TRIG("trig", Lang.TRIG, true, "trig"),
    NTRIPLES("ntriples", Lang.NTRIPLES, false, "nt"),
    NQUADS("nquads", Lang.NQUADS, true, "nq"),
    JSONLD("jsonld", Lang.JSONLD, true, "jsonld"),
    RDFXML("rdfxml", Lang.RDFXML, false, "rdf");

    private final String cliName;
    private final Lang lang;
    private final boolean quads;
    private final String extension;

    OutputFormat(String cliName, Lang lang, boolean quads, String extension) {
        this.cliName = cliName;
        this.lang = lang;
        this.quads = quads;
        this.extension = extension;
    }

    /** The name on the command line ({@code turtle}). */
    public String cliName() {
        return cliName;
    }

    /** Jena's language for this format. */
    public Lang lang() {
        return lang;
    }

    /** Whether the format keeps named graphs (else it holds the union of the graphs). */
    public boolean keepsGraphs() {
        return quads;
    }

    public String extension() {
        return extension;
    }

    /** The format with this command-line name, or an error listing the names. */
    public static OutputFormat byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(n)).findFirst()
                .orElseThrow(() -> new PubldException("unknown output format '" + name + "'; expected one of " + names()));
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(OutputFormat::cliName).toList();
    }

    @Override
    public String toString() {
        return cliName;
    }
}
