package org.publd.server.data;

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
}
