package org.publd.server.html;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Every statement of a description as a table, collapsed at the end of a page: what the page's
 * sections leave out (flags such as {@code publd:freePmcArticle}, names without a MeSH IRI) is still
 * there to read, each property by its label and its prefixed name. The resource's own statements
 * come first, then those of its parts and of what links to it.
 */
final class AllStatements {
    private AllStatements() {
    }

    static void write(HtmlBuilder h, Description d, Node iri, boolean open) {
        List<Triple> all = d.graph().find().toList().stream()
                .sorted(Comparator.comparing((Triple t) -> !t.getSubject().equals(iri))
                        .thenComparing(t -> d.label(t.getSubject()))
                        .thenComparing(t -> d.termLabel(t.getPredicate()))
                        .thenComparing(t -> d.label(t.getObject())))
                .toList();
        if (all.isEmpty()) {
            return;
        }
        h.raw(open ? "<details class=\"all\" open>" : "<details class=\"all\">")
                .raw("<summary>All statements <span class=\"meta\">(").text(String.format("%,d", all.size()))
                .raw(d.isCut() ? "; long lists cut as above" : "").raw(")</span></summary><table class=\"props statements\"><thead><tr><th>Subject</th><th>Property</th>")
                .raw("<th>Value</th></tr></thead><tbody>");
        for (Triple t : all) {
            h.raw("<tr><td>");
            if (t.getSubject().equals(iri)) {
                h.raw("<span class=\"meta\">this</span>");
            } else {
                NodeHtml.write(h, d, t.getSubject());
            }
            Node p = t.getPredicate();
            h.raw("</td><th>").text(d.termLabel(p));
            String qname = d.shortForm(p);
            if (!qname.equals(d.termLabel(p))) {
                h.raw("<br><span class=\"iri\">").text(qname).raw("</span>");
            }
            h.raw("</th><td>");
            NodeHtml.write(h, d, t.getObject());
            h.raw("</td></tr>");
        }
        h.raw("</tbody></table></details>");
    }
}
