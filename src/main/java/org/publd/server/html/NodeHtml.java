package org.publd.server.html;

import org.apache.jena.graph.Node;

/** How one RDF term is shown: a link with its label for IRIs, text (with its language) for literals. */
final class NodeHtml {
    private NodeHtml() {
    }

    static void write(HtmlBuilder h, Description d, Node n) {
        if (n.isURI()) {
            String label = d.label(n);
            h.link(d.href(n), label);
            if (!d.isLocal(n) && !label.equals(n.getURI()) && !label.equals(d.shortForm(n))) {
                h.raw(" <span class=\"iri\">").text(d.shortForm(n)).raw("</span>");
            }
        } else if (n.isLiteral()) {
            h.text(n.getLiteralLexicalForm());
            if (!n.getLiteralLanguage().isEmpty()) {
                h.raw(" <span class=\"meta\">@").text(n.getLiteralLanguage()).raw("</span>");
            }
        } else {
            h.text(d.shortForm(n));
        }
    }
}
