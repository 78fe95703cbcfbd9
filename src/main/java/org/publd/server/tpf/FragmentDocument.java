package org.publd.server.tpf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.publd.mapping.vocab.HYDRA;
import org.publd.mapping.vocab.Prefixes;

/**
 * A page of a fragment as RDF: its triples (in the default graph, or the named graph asked for) and, in
 * the graph {@code <page#metadata>}, its controls. The metadata graph is the one whose
 * {@code foaf:primaryTopic} is the fragment, and the fragment is {@code void:subset} of nothing but this
 * page, which is how Comunica tells the controls from the data.
 */
final class FragmentDocument {
    static final String[] VARIABLES = {"subject", "predicate", "object"};
    private static final Node[] PROPERTIES = {RDF.subject.asNode(), RDF.predicate.asNode(), RDF.object.asNode()};
    private static final Node PRIMARY_TOPIC = NodeFactory.createURI(Prefixes.FOAF + "primaryTopic");

    private FragmentDocument() {
    }

    /**
     * Where a page is and what it shows.
     *
     * @param collection the address of the interface ({@code http://host/fragments}), as the client reached it
     * @param pageUrl    the page's address exactly as requested, which the client compares with
     * @param pattern    the pattern
     * @param page       the page's number, from 1
     */
    record Address(String collection, String pageUrl, TriplePattern pattern, long page) {
        /** The address of page {@code n} of the same fragment. */
        String page(long n) {
            StringBuilder sb = new StringBuilder(collection);
            char sep = '?';
            for (int i = 0; i < VARIABLES.length; i++) {
                Node term = i == 0 ? pattern.subject() : i == 1 ? pattern.predicate() : pattern.object();
                if (term != Node.ANY) {
                    sb.append(sep).append(VARIABLES[i]).append('=').append(encode(TermSyntax.format(term)));
                    sep = '&';
                }
            }
            if (pattern.inNamedGraph()) {
                sb.append(sep).append("graph=").append(encode(TermSyntax.format(pattern.graph())));
                sep = '&';
            }
            if (n > 1) {
                sb.append(sep).append("page=").append(n);
            }
            return sb.toString();
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    /** The page {@code p} at {@code a}: data and controls. */
    static DatasetGraph build(Address a, FragmentReader.Page p) {
        DatasetGraph out = DatasetGraphFactory.create();
        for (Quad q : p.quads()) {
            out.add(q);
        }
        Node page = iri(a.pageUrl());
        Node fragment = iri(a.page(1));
        Node metadata = iri(a.pageUrl() + "#metadata");
        Node dataset = iri(a.collection() + "#dataset");
        Node search = iri(a.collection() + "#triplePattern");
        add(out, metadata, metadata, PRIMARY_TOPIC, fragment);
        add(out, metadata, fragment, v("subset"), page);
        add(out, metadata, page, RDF.type.asNode(), HYDRA.PartialCollectionView);
        add(out, metadata, page, DCTerms.title.asNode(), NodeFactory.createLiteralString("Triple Pattern Fragment, page " + a.page()));
        add(out, metadata, page, v("triples"), count(p.estimate()));
        add(out, metadata, page, HYDRA.totalItems, count(p.estimate()));
        add(out, metadata, page, HYDRA.itemsPerPage, count(FragmentReader.PAGE_SIZE));
        add(out, metadata, page, HYDRA.first, iri(a.page(1)));
        if (a.page() > 1) {
            add(out, metadata, page, HYDRA.previous, iri(a.page(a.page() - 1)));
        }
        if (p.hasNext()) {
            add(out, metadata, page, HYDRA.next, iri(a.page(a.page() + 1)));
        }
        add(out, metadata, dataset, RDF.type.asNode(), v("Dataset"));
        add(out, metadata, dataset, RDF.type.asNode(), HYDRA.Collection);
        add(out, metadata, dataset, HYDRA.view, fragment);
        add(out, metadata, dataset, HYDRA.search, search);
        add(out, metadata, search, RDF.type.asNode(), HYDRA.IriTemplate);
        add(out, metadata, search, HYDRA.template, NodeFactory.createLiteralString(template(a.collection())));
        add(out, metadata, search, HYDRA.variableRepresentation, HYDRA.ExplicitRepresentation);
        for (int i = 0; i < VARIABLES.length; i++) {
            Node m = iri(a.collection() + "#" + VARIABLES[i]);
            add(out, metadata, search, HYDRA.mapping, m);
            add(out, metadata, m, RDF.type.asNode(), HYDRA.IriTemplateMapping);
            add(out, metadata, m, HYDRA.variable, NodeFactory.createLiteralString(VARIABLES[i]));
            add(out, metadata, m, HYDRA.property, PROPERTIES[i]);
        }
        out.prefixes().putAll(Prefixes.standard());
        out.prefixes().add(HYDRA.PREFIX, HYDRA.NS);
        return out;
    }

    /** The search form's template: the interface's address and the three variables. */
    static String template(String collection) {
        return collection + "{?" + String.join(",", VARIABLES) + "}";
    }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        dsg.add(g, s, p, o);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node v(String local) {
        return NodeFactory.createURI(Prefixes.VOID + local);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
