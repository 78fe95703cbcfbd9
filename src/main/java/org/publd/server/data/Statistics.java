package org.publd.server.data;

import java.util.Map;
import java.util.Set;
import org.publd.mapping.LinkTarget;

/**
 * Counts over the whole dataset, for the VoID description and the landing page.
 *
 * @param records    record graphs ({@code graph/pubmed/...})
 * @param triples    distinct triples in the union of the graphs
 * @param entities   distinct IRIs under the base that are the subject of a triple
 * @param vocabularies namespaces of the properties and classes used
 * @param links      triples linking to another dataset, by target and link property
 */
public record Statistics(long records, long triples, long entities, Set<String> vocabularies,
                         Map<LinkTarget, Map<String, Long>> links) {
}
