package org.publd.link.wikidata;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The Wikidata external-identifier properties PubLD looks resources up by, in the order they are
 * tried: a work found by its PMID is not looked up by DOI or PMCID.
 */
public enum WikidataProperty {
    PMID("P698", "pmid"),
    DOI("P356", "doi"),
    PMCID("P932", "pmcid"),
    ISSN("P236", "issn"),
    ORCID("P496", "orcid");

    /** Wikidata's namespace of direct ("truthy") properties, {@code wdt:}. */
    public static final String DIRECT = "http://www.wikidata.org/prop/direct/";

    private final String id;
    private final String column;
    private final Node node;

    WikidataProperty(String id, String column) {
        this.id = id;
        this.column = column;
        this.node = NodeFactory.createURI(DIRECT + id);
    }

    /** {@code P698}... */
    public String id() {
        return id;
    }

    /** The column name in a CSV or TSV mapping dump. */
    public String column() {
        return column;
    }

    /** {@code wdt:P698}... */
    public Node node() {
        return node;
    }

    /**
     * A value as Wikidata writes it: DOIs in upper case (so that lookups ignore case), PMCIDs
     * without their {@code PMC} prefix, everything trimmed.
     */
    public String wikidataForm(String value) {
        String v = value.strip();
        return switch (this) {
            case DOI -> v.toUpperCase(Locale.ROOT);
            case PMCID -> v.regionMatches(true, 0, "PMC", 0, 3) ? v.substring(3) : v;
            case ISSN, ORCID -> v.toUpperCase(Locale.ROOT);
            case PMID -> v;
        };
    }

    public static Optional<WikidataProperty> ofColumn(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(p -> p.column.equals(n)).findFirst();
    }

    public static Optional<WikidataProperty> ofNode(Node predicate) {
        return Stream.of(values()).filter(p -> p.node.equals(predicate)).findFirst();
    }
}
