package org.publd.mapping;

import org.apache.jena.graph.Node;

/**
 * A record withdrawn by PubMed (a {@code DeleteCitation} in an update file): the graph of
 * {@code pmid} is to go. A record event like a {@link MappedRecord}, and kept in input order with them.
 *
 * @param pmid  the deleted record's PMID
 * @param graph the graph that record was mapped to
 */
public record DeletedRecord(String pmid, Node graph) {
}
