package org.publd.server.html;

import org.apache.jena.graph.Node;
import org.publd.server.ld.Representation;

/** The links to a resource's data in each RDF syntax. */
final class FormatLinks {
    private FormatLinks() {
    }

    static void write(HtmlBuilder h, Description d, Node iri) {
        if (!d.isLocal(iri)) {
            return;
        }
        String local = d.href(iri);
        h.raw("<p class=\"formats meta\">Data: ");
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                h.raw("<a").attr("href", local + "." + r.extension()).attr("type", r.mediaType()).raw(">")
                        .text(r.label()).raw("</a>");
            }
        }
        h.raw("</p>");
    }
}
