package org.publd.server.ld;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Renders a resource's description as an HTML page. */
@FunctionalInterface
public interface PageRenderer {
    /** The complete HTML document for {@code iri}, described by {@code description}. */
    String render(Node iri, Graph description);
}
