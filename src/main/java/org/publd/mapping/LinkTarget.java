package org.publd.mapping;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The knowledge graphs PubLD links to, each known by the IRI space of its resources: what VoID
 * linksets and {@code publd stats} count links by.
 */
public enum LinkTarget {
    MESH("mesh", "MeSH RDF", "id.nlm.nih.gov/mesh", "http://id.nlm.nih.gov/mesh/"),
    DOI("doi", "DOI", "doi.org", "https://doi.org/"),
    PUBMED_IDENTIFIERS("identifiers-pubmed", "PubMed (identifiers.org)", "identifiers.org", "https://identifiers.org/pubmed:"),
    PUBMED("pubmed", "PubMed", "pubmed.ncbi.nlm.nih.gov", "https://pubmed.ncbi.nlm.nih.gov/"),
    PMC("pmc", "PubMed Central", "pmc.ncbi.nlm.nih.gov", "https://pmc.ncbi.nlm.nih.gov/"),
    WIKIDATA("wikidata", "Wikidata", "wikidata.org", "http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/"),
    ORCID("orcid", "ORCID", "orcid.org", "https://orcid.org/");

    private final String id;
    private final String title;
    private final String label;
    private final String uriSpace;
    private final String[] otherSpaces;

    LinkTarget(String id, String title, String label, String uriSpace, String... otherSpaces) {
        this.id = id;
        this.title = title;
        this.label = label;
        this.uriSpace = uriSpace;
        this.otherSpaces = otherSpaces;
    }

    /** A short name, used in fragment identifiers of the VoID description. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The name {@code publd stats} prints for the target: its host, or host and path for MeSH. */
    public String label() {
        return label;
    }

    /** The IRI space of the target's resources, as the mapper writes them. */
    public String uriSpace() {
        return uriSpace;
    }

    /** The target whose IRI space holds {@code iri}. */
    public static Optional<LinkTarget> of(String iri) {
        return Stream.of(values()).filter(t -> t.holds(iri)).findFirst();
    }

    private boolean holds(String iri) {
        return iri.startsWith(uriSpace) || Stream.of(otherSpaces).anyMatch(iri::startsWith);
    }
}
