package org.publd.server.ld;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.IriScheme;

/**
 * The kinds of resource a page links to, each with the properties the mapper names it by: what a
 * page looks up for the label of a linked resource without reading all of it.
 */
enum ResourceKind {
    /** An article, chapter or book; one known only from another record's list may have a citation text alone. */
    WORK(DCTerms.title.asNode(), DCTerms.bibliographicCitation.asNode()),
    /** An author or editor of a work. */
    CONTRIBUTOR(FOAF.name.asNode()),
    /** A journal. */
    JOURNAL(DCTerms.title.asNode()),
    /** A funder or publisher. */
    AGENT(FOAF.name.asNode()),
    /** The software that wrote the data. */
    SOFTWARE(RDFS.label.asNode()),
    /** A MeSH descriptor, qualifier or pair, named by MeSH RDF's {@code rdfs:label}. */
    MESH(RDFS.label.asNode()),
    /** A reified citation, a graph, a grant or a reference: never named. */
    UNNAMED(),
    /** Anything else under the base: written by someone else, so named by any of the three. */
    OTHER(DCTerms.title.asNode(), FOAF.name.asNode(), RDFS.label.asNode()),
    /** Outside the base and MeSH (DOIs, ORCID iDs, PubMed pages...): PubLD data never names them. */
    EXTERNAL();

    private final List<Node> labels;

    ResourceKind(Node... labels) {
        this.labels = List.of(labels);
    }

    /** The kind of the resources in an IRI space. */
    static ResourceKind of(IriScheme.Space space) {
        return switch (space) {
            case WORK, BOOK -> WORK;
            case AUTHOR, EDITOR -> CONTRIBUTOR;
            case JOURNAL -> JOURNAL;
            case FUNDER, PUBLISHER -> AGENT;
            case SOFTWARE -> SOFTWARE;
            case MESH -> MESH;
            case GRANT, REFERENCE, CITATION, RECORD_GRAPH, LINKS_GRAPH, SYNC_GRAPH, SOURCE, SEARCH, BROWSE -> UNNAMED;
            case DATASET, OTHER -> OTHER;
            case EXTERNAL -> EXTERNAL;
        };
    }

    /** The properties that name a resource of this kind, most telling first. */
    List<Node> labels() {
        return labels;
    }
}
