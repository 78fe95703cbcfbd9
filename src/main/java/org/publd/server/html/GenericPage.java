package org.publd.server.html;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * A Pubby-style page for any resource: its statements as a property table, then the statements that
 * point to it. Used for authors, journals, funders, grants, citations, graphs and the dataset.
 */
final class GenericPage {
    private GenericPage() {
    }

    static String render(Node iri, Description d) {
        HtmlBuilder h = new HtmlBuilder();
        String title = d.label(iri);
        PageLayout.open(h, title, null);
        List<Node> types = d.objects(iri, RDF.type.asNode());
        if (!types.isEmpty()) {
            h.element("div", "kind", String.join(" · ", types.stream().map(d::shortForm).toList()));
        }
        h.element("h1", null, title).element("div", "iri", iri.getURI());
        FormatLinks.write(h, d, iri);
        table(h, d, "Properties", byProperty(d, d.graph().find(iri, Node.ANY, Node.ANY).toList(), false), false);
        table(h, d, "Referenced by", byProperty(d, d.graph().find(Node.ANY, Node.ANY, iri).toList(), true), true);
        PageLayout.close(h);
        return h.toString();
    }

    private static Map<String, List<Node>> byProperty(Description d, List<Triple> triples, boolean incoming) {
        Map<String, List<Node>> map = new TreeMap<>();
        for (Triple t : triples) {
            map.computeIfAbsent(d.shortForm(t.getPredicate()), k -> new java.util.ArrayList<>())
                    .add(incoming ? t.getSubject() : t.getObject());
        }
        map.values().forEach(l -> l.sort(java.util.Comparator.comparing(d::label)));
        return map;
    }

    private static void table(HtmlBuilder h, Description d, String heading, Map<String, List<Node>> rows, boolean incoming) {
        if (rows.isEmpty()) {
            return;
        }
        h.element("h2", null, heading).raw("<table class=\"props\">");
        rows.forEach((property, values) -> {
            h.raw("<tr><th>").text(incoming ? "is " + property + " of" : property).raw("</th><td><ul class=\"plain\">");
            for (Node v : values) {
                h.raw("<li>");
                NodeHtml.write(h, d, v);
                h.raw("</li>");
            }
            h.raw("</ul></td></tr>");
        });
        h.raw("</table>");
    }
}
