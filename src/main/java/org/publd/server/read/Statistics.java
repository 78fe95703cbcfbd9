package org.publd.server.read;

import java.util.Set;
import org.publd.mapping.DatasetFigures;

/**
 * Counts over the whole dataset, for the VoID description and the landing page.
 *
 * @param figures      records, triples, citations and links, as {@code publd stats} counts them
 * @param entities     distinct IRIs under the base that are the subject of a triple
 * @param vocabularies namespaces of the properties and classes used
 */
public record Statistics(DatasetFigures figures, long entities, Set<String> vocabularies) {
    /** The namespace of an IRI: up to its last {@code #} or {@code /}. */
    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }
}
