package org.publd.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.publd.mapping.IriScheme;

/**
 * A Pubby-style page for any resource: its statements as a property table, then the statements that
 * point to it. Used for authors, journals, funders, grants, citations, graphs and the dataset. A
 * graph's page shows its provenance and then every statement it holds: what its RDF gives.
 */
final class GenericPage {
    private GenericPage() {
    }

    static String render(Node iri, Description d) {
        HtmlBuilder h = new HtmlBuilder();
        String title = d.title(iri);
        PageLayout.open(h, title, null);
        List<String> types = d.typeLabels(iri);
        if (!types.isEmpty()) {
            h.element("div", "kind", String.join(" · ", types));
        }
        h.element("h1", null, title).element("div", "iri", iri.getURI());
        FormatLinks.write(h, d, iri);
        boolean graph = isGraph(d, iri);
        if (graph) {
            contents(h, d, iri);
        }
        table(h, d, iri, "Properties", byProperty(d, d.graph().find(iri, Node.ANY, Node.ANY).toList(), false), false);
        table(h, d, iri, "Referenced by", byProperty(d, d.graph().find(Node.ANY, Node.ANY, iri).toList(), true), true);
        AllStatements.write(h, d, iri, graph);
        PageLayout.close(h);
        return h.toString();
    }

    /** A named graph's IRI is described by the graph's content, in every representation. */
    private static boolean isGraph(Description d, Node iri) {
        IriScheme.Space space = d.iris().space(iri);
        return space == IriScheme.Space.RECORD_GRAPH || space == IriScheme.Space.LINKS_GRAPH;
    }

    // What the page of a graph shows, and where its content is as a named graph.
    private static void contents(HtmlBuilder h, Description d, Node iri) {
        h.raw("<p>This named graph holds ").text(String.format("%,d", d.graph().size()))
                .raw(" statements, all listed below with its provenance; every representation of this address gives them all.");
        d.iris().recordOf(iri).ifPresent(pmid -> {
            Node work = d.iris().article(pmid);
            h.raw(" It is the record of ").link(d.href(work), d.label(work)).raw(".");
        });
        String local = d.href(iri);
        h.raw(" As a named graph: ").link(local + ".trig", "TriG").raw(" · ").link(local + ".nq", "N-Quads").raw("</p>");
    }

    private static Map<Node, List<Node>> byProperty(Description d, List<Triple> triples, boolean incoming) {
        Map<Node, List<Node>> map = new TreeMap<>(Comparator.comparing(d::termLabel).thenComparing(Node::getURI));
        for (Triple t : triples) {
            map.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(incoming ? t.getSubject() : t.getObject());
        }
        map.values().forEach(l -> l.sort(Comparator.comparing(d::label)));
        return map;
    }

    private static void table(HtmlBuilder h, Description d, Node iri, String heading, Map<Node, List<Node>> rows,
                              boolean incoming) {
        if (rows.isEmpty()) {
            return;
        }
        h.element("h2", null, heading).raw("<table class=\"props\">");
        rows.forEach((property, values) -> {
            String label = d.termLabel(property);
            h.raw("<tr><th>").text(incoming ? "is " + label + " of" : label);
            if (!label.equals(d.shortForm(property))) {
                h.raw("<br><span class=\"iri\">").text(d.shortForm(property)).raw("</span>");
            }
            h.raw("</th><td><ul class=\"plain\">");
            for (Node v : values) {
                h.raw("<li>");
                NodeHtml.write(h, d, v);
                h.raw("</li>");
            }
            h.raw("</ul>");
            d.cut(property, incoming).ifPresent(c -> MoreLink.write(h, c, iri));
            h.raw("</td></tr>");
        });
        h.raw("</table>");
    }
}
