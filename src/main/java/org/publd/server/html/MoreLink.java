package org.publd.server.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.vocab.Prefixes;
import org.publd.server.ld.Paging;

/** Under a list that was cut: how many there are, and a SPARQL query that lists them all in the query editor. */
final class MoreLink {
    private MoreLink() {
    }

    static void write(HtmlBuilder h, Paging.Cut cut, Node iri) {
        h.raw("<p class=\"meta more\">The first ").text(Integer.toString(Paging.PAGE)).raw(" of ")
                .text((cut.atLeast() ? "at least " : "") + String.format("%,d", cut.total())).raw(" · ")
                .link("/sparql?query=" + URLEncoder.encode(query(cut, iri), StandardCharsets.UTF_8), "list them all (SPARQL)")
                .raw("</p>");
    }

    /** The query listing every statement of the list, each with its other end's label when it has one. */
    static String query(Paging.Cut cut, Node iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(cut.incoming()
                ? "SELECT ?resource ?label WHERE {\n  ?resource ?property ?this .\n"
                + "  OPTIONAL { ?resource rdfs:label|dcterms:title|foaf:name ?label }\n} ORDER BY ?resource"
                : "SELECT ?value ?label WHERE {\n  ?this ?property ?value .\n"
                + "  OPTIONAL { ?value rdfs:label|dcterms:title|foaf:name ?label }\n} ORDER BY ?value");
        q.setNsPrefix("dcterms", DCTerms.NS);
        q.setNsPrefix("foaf", Prefixes.FOAF);
        q.setNsPrefix("rdfs", RDFS.uri);
        q.setIri("this", iri.getURI());
        q.setIri("property", cut.property().getURI());
        return q.toString();
    }
}
