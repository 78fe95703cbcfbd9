package org.publd.mapping;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.publd.mapping.vocab.Prefixes;

/**
 * The knowledge graphs PubLD links to, each known by the IRI space of its resources: the one place
 * those spaces are spelled, which {@link IriScheme} mints links in and {@link DatasetFigures} counts
 * them by.
 */
public enum LinkTarget {
    MESH("mesh", "MeSH RDF", "id.nlm.nih.gov/mesh", Prefixes.MESH),
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

    /** Every IRI space of the target's resources: {@link #uriSpace()} first, then those others write. */
    public List<String> uriSpaces() {
        return Stream.concat(Stream.of(uriSpace), Stream.of(otherSpaces)).toList();
    }

    /** The target whose IRI space holds {@code iri}. */
    public static Optional<LinkTarget> of(String iri) {
        return Stream.of(values()).filter(t -> t.holds(iri)).findFirst();
    }

    /**
     * What follows the target's IRI space in {@code iri} ({@code 10.1/x} of {@code https://doi.org/10.1/x}),
     * or empty when {@code iri} is not in it.
     */
    public Optional<String> localPart(Node iri) {
        if (!iri.isURI()) {
            return Optional.empty();
        }
        String s = iri.getURI();
        int at = spaceLength(s);
        return at < 0 ? Optional.empty() : Optional.of(s.substring(at));
    }

    private boolean holds(String iri) {
        return spaceLength(iri) >= 0;
    }

    // The length of the target's IRI space that starts iri, -1 for none: MeSH files have millions of IRIs.
    private int spaceLength(String iri) {
        if (iri.startsWith(uriSpace)) {
            return uriSpace.length();
        }
        for (String other : otherSpaces) {
            if (iri.startsWith(other)) {
                return other.length();
            }
        }
        return -1;
    }
}
