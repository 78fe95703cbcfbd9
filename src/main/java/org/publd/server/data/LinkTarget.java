package org.publd.server.data;

import java.util.Optional;
import java.util.stream.Stream;

/** The datasets PubLD links to, each known by the IRI space of its resources. */
public enum LinkTarget {
    MESH("mesh", "MeSH RDF", "http://id.nlm.nih.gov/mesh/"),
    DOI("doi", "DOI", "https://doi.org/"),
    PUBMED_IDENTIFIERS("identifiers-pubmed", "PubMed (identifiers.org)", "https://identifiers.org/pubmed:"),
    PUBMED("pubmed", "PubMed", "https://pubmed.ncbi.nlm.nih.gov/"),
    PMC("pmc", "PubMed Central", "https://pmc.ncbi.nlm.nih.gov/"),
    WIKIDATA("wikidata", "Wikidata", "http://www.wikidata.org/entity/"),
    ORCID("orcid", "ORCID", "https://orcid.org/");

    private final String id;
    private final String title;
    private final String uriSpace;

    LinkTarget(String id, String title, String uriSpace) {
        this.id = id;
        this.title = title;
        this.uriSpace = uriSpace;
    }

    /** A short name, used in fragment identifiers of the VoID description. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String uriSpace() {
        return uriSpace;
    }

    /** The target whose IRI space holds {@code iri}. */
    public static Optional<LinkTarget> of(String iri) {
        return Stream.of(values()).filter(t -> iri.startsWith(t.uriSpace)).findFirst();
    }
}
