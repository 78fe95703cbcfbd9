package org.publd.link.wikidata;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * A resource of the database to find in Wikidata.
 *
 * @param resource the work, journal or author IRI
 * @param ids      its identifiers, in the order of {@link WikidataProperty}
 */
public record LinkCandidate(Node resource, List<Identifier> ids) {
    public LinkCandidate {
        ids = List.copyOf(ids);
    }
}
