package org.publd.server.html;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.vocab.PUBLD;

/**
 * The page of PubLD's ontology: its title and description, then each class and property of its own
 * namespace with its label, comment, domain, range, and how it aligns with other vocabularies
 * (sub-class or sub-property of, see also). Each term has an anchor of its local name, so
 * {@code ns#similarTo} finds it.
 */
final class VocabularyPage {
    /** The statements of a term shown in its table, with the words that introduce them. */
    private record Row(Node property, String name) {
    }

    private static final List<Row> ROWS = List.of(
            new Row(RDF.type.asNode(), "Type"),
            new Row(RDFS.domain.asNode(), "Domain"),
            new Row(RDFS.range.asNode(), "Range"),
            new Row(RDFS.subClassOf.asNode(), "Sub-class of"),
            new Row(RDFS.subPropertyOf.asNode(), "Sub-property of"),
            new Row(OWL.equivalentClass.asNode(), "Equivalent class"),
            new Row(OWL.equivalentProperty.asNode(), "Equivalent property"),
            new Row(RDFS.seeAlso.asNode(), "See also"));

    private VocabularyPage() {
    }

    /** Whether a description is an ontology document: something in it is an {@code owl:Ontology}. */
    static boolean isOntology(Description d) {
        return d.graph().contains(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode());
    }

    static String render(Node iri, Description d) {
        Node ontology = d.graph().find(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode()).next().getSubject();
        HtmlBuilder h = new HtmlBuilder();
        String title = d.title(ontology);
        PageLayout.open(h, title, null);
        h.element("div", "kind", "Vocabulary").element("h1", null, title);
        h.raw("<p class=\"meta\">Namespace <code>").text(PUBLD.NS).raw("</code>");
        d.value(ontology, OWL.versionInfo.asNode()).ifPresent(v -> h.raw(" · version ").text(v));
        h.raw("</p>");
        d.value(ontology, DCTerms.description.asNode()).ifPresent(text -> h.element("p", null, text.replace('\n', ' ')));
        FormatLinks.write(h, d, iri);
        List<Node> terms = d.graph().find(Node.ANY, RDFS.isDefinedBy.asNode(), ontology).mapWith(t -> t.getSubject())
                .toList().stream().filter(t -> t.isURI() && t.getURI().startsWith(PUBLD.NS)).distinct()
                .sorted(Comparator.comparing(Node::getLocalName)).toList();
        List<Node> classes = terms.stream().filter(t -> isClass(d, t)).toList();
        List<Node> properties = terms.stream().filter(t -> !isClass(d, t)).toList();
        contents(h, "Classes", classes);
        contents(h, "Properties", properties);
        for (Node t : classes) {
            term(h, d, t);
        }
        for (Node t : properties) {
            term(h, d, t);
        }
        AllStatements.write(h, d, ontology, false);
        PageLayout.close(h);
        return h.toString();
    }

    private static boolean isClass(Description d, Node term) {
        return d.graph().contains(term, RDF.type.asNode(), OWL.Class.asNode())
                || d.graph().contains(term, RDF.type.asNode(), RDFS.Class.asNode());
    }

    private static void contents(HtmlBuilder h, String heading, List<Node> terms) {
        if (terms.isEmpty()) {
            return;
        }
        h.element("h2", null, heading).raw("<p class=\"terms\">");
        for (int i = 0; i < terms.size(); i++) {
            h.raw(i > 0 ? " · " : "").link("#" + terms.get(i).getLocalName(), "publd:" + terms.get(i).getLocalName());
        }
        h.raw("</p>");
    }

    private static void term(HtmlBuilder h, Description d, Node t) {
        h.raw("<section class=\"term\"").attr("id", t.getLocalName()).raw("><h3>").text("publd:" + t.getLocalName());
        Optional<String> label = d.value(t, RDFS.label.asNode());
        label.ifPresent(l -> h.raw(" <span class=\"meta\">").text(l).raw("</span>"));
        h.raw("</h3><div class=\"iri\">").text(t.getURI()).raw("</div>");
        d.value(t, RDFS.comment.asNode()).ifPresent(c -> {
            for (String paragraph : c.split("\n\\s*\n")) {
                h.element("p", null, paragraph.replace('\n', ' ').strip());
            }
        });
        h.raw("<table class=\"props\">");
        for (Row row : ROWS) {
            List<Node> values = d.objects(t, row.property());
            if (values.isEmpty()) {
                continue;
            }
            h.raw("<tr><th>").text(row.name()).raw("</th><td>");
            for (int i = 0; i < values.size(); i++) {
                h.raw(i > 0 ? ", " : "");
                Node v = values.get(i);
                if (v.isURI() && v.getURI().startsWith(PUBLD.NS)) {
                    h.link("#" + v.getLocalName(), "publd:" + v.getLocalName());
                } else if (v.isURI()) {
                    h.raw("<a").attr("href", v.getURI()).raw(">").text(d.shortForm(v)).raw("</a>");
                } else {
                    h.text(d.label(v));
                }
            }
            h.raw("</td></tr>");
        }
        h.raw("</table></section>");
    }
}
