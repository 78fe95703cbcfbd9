package org.publd.server.ld;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** What the server knows of a resource, as a small graph to render. */
@FunctionalInterface
public interface Describer {
    /** The description of {@code iri}, or empty when nothing is known of it. */
    Optional<Graph> describe(Node iri);
}
