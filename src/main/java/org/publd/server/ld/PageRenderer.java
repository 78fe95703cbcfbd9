package org.publd.server.ld;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Renders a resource's description as an HTML page. */
@FunctionalInterface
public interface PageRenderer {
    /**
     * The complete HTML document for {@code iri}, described by {@code description}, whose lists in
     * {@code cuts} hold only their first {@value Paging#PAGE} statements.
     */
    String render(Node iri, Graph description, List<Paging.Cut> cuts);
}
