package org.publd.server.html;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.IriScheme;
import org.publd.mapping.LinkTarget;
import org.publd.mapping.vocab.CITO;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.FRAPO;
import org.publd.mapping.vocab.PRISM;
import org.publd.mapping.vocab.PUBLD;
import org.publd.server.ld.Paging;

/**
 * The page of a work: what a reader looks for first (title, authors, journal, dates, abstract), then
 * identifiers with their links out, subjects, funding, and the related works in both directions as
 * links within this site.
 */
final class ArticlePage {
    /** A relation shown in both directions: how it reads from the subject, and from the object. */
    private record Relation(Node property, String outgoing, String incoming) {
    }

    private static final List<Relation> RELATIONS = List.of(
            new Relation(CITO.cites, "References", "Cited by"),
            new Relation(CITO.discusses, "Comments on", "Comments"),
            new Relation(PUBLD.expressesConcernAbout, "Expresses concern about", "Expressions of concern"),
            new Relation(CITO.corrects, "Corrects", "Corrections"),
            new Relation(CITO.retracts, "Retracts", "Retracted by"),
            new Relation(CITO.updates, "Updates", "Updated by"),
            new Relation(CITO.citesAsSourceDocument, "Republished from", "Republished in"),
            new Relation(CITO.describes, "Describes", "Described by"),
            new Relation(PUBLD.similarTo, "Similar articles", "Similar to"));

    private ArticlePage() {
    }

    static String render(Node iri, Description d) {
        HtmlBuilder h = new HtmlBuilder();
        String title = d.title(iri);
        PageLayout.open(h, title, null);
        h.element("div", "kind", String.join(" · ", d.typeLabels(iri)));
        h.element("h1", null, title);
        d.value(iri, DCTerms.alternative.asNode()).ifPresent(alt -> h.element("p", "meta", alt));
        if (d.value(iri, DCTerms.title.asNode()).isEmpty()) {
            d.value(iri, DCTerms.bibliographicCitation.asNode()).ifPresent(c -> h.element("p", "meta", c));
        }
        authors(h, d, iri);
        source(h, d, iri);
        h.element("div", "iri", iri.getURI());
        abstracts(h, d, iri);
        identifiers(h, d, iri);
        subjects(h, d, iri);
        funding(h, d, iri);
        related(h, d, iri);
        h.element("h2", null, "Data");
        FormatLinks.write(h, d, iri);
        Optional<String> pmid = d.value(iri, FABIO.hasPubMedId);
        pmid.map(p -> d.iris().graph(p))
                .ifPresent(g -> h.raw("<p class=\"meta\">Record graph (provenance): ").link(d.href(g), d.shortForm(g)).raw("</p>"));
        AllStatements.write(h, d, iri, false);
        PageLayout.close(h);
        return h.toString();
    }

    private static void authors(HtmlBuilder h, Description d, Node iri) {
        List<Node> authors = d.objects(iri, DCTerms.creator.asNode()).stream()
                .sorted(Comparator.comparingInt(a -> position(d, a))).toList();
        if (authors.isEmpty()) {
            return;
        }
        h.raw("<p class=\"authors\">");
        for (int i = 0; i < authors.size(); i++) {
            Node a = authors.get(i);
            h.raw(i > 0 ? ", " : "");
            if (a.isURI()) {
                h.link(BrowseLinks.href(d, a), d.label(a));
                for (Node same : d.objects(a, OWL.sameAs.asNode())) {
                    if (LinkTarget.ORCID.localPart(same).isPresent()) {
                        h.raw(" <a class=\"meta\"").attr("href", same.getURI()).attr("title", "ORCID " + same.getURI())
                                .raw(">ORCID</a>");
                    }
                }
            } else {
                h.text(d.label(a));
            }
        }
        h.raw("</p>");
        d.cut(DCTerms.creator.asNode(), false).ifPresent(c -> MoreLink.write(h, c, iri));
    }

    private static int position(Description d, Node author) {
        return d.value(author, PUBLD.authorPosition).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }).orElse(Integer.MAX_VALUE);
    }

    private static void source(HtmlBuilder h, Description d, Node iri) {
        h.raw("<p class=\"meta\">");
        List<Node> containers = d.objects(iri, DCTerms.isPartOf.asNode());
        if (!containers.isEmpty()) {
            Node j = containers.get(0);
            h.raw("<em>").link(BrowseLinks.href(d, j), d.label(j)).raw("</em>");
        } else {
            d.value(iri, PRISM.publicationName).ifPresent(name -> h.raw("<em>").text(name).raw("</em>"));
        }
        d.value(iri, PRISM.volume).ifPresent(v -> h.raw(" ").text(v));
        d.value(iri, PRISM.issueIdentifier).ifPresent(v -> h.raw("(").text(v).raw(")"));
        d.value(iri, PRISM.pageRange).ifPresent(v -> h.raw(":").text(v));
        Optional<String> issued = d.value(iri, PUBLD.dateText).or(() -> d.value(iri, DCTerms.issued.asNode()));
        Optional<String> year = d.value(iri, DCTerms.issued.asNode()).filter(v -> v.matches("[0-9]{4}.*"));
        issued.ifPresent(v -> {
            h.raw(" · ");
            year.ifPresentOrElse(y -> h.link(BrowseLinks.year(d, y), v), () -> h.text(v));
        });
        d.value(iri, DCTerms.available.asNode()).ifPresent(v -> h.raw(" · Epub ").text(v));
        h.raw("</p>");
    }

    private static void abstracts(HtmlBuilder h, Description d, Node iri) {
        for (Node abs : d.objects(iri, DCTerms.abstract_.asNode())) {
            String lang = abs.getLiteralLanguage();
            h.raw("<h2>Abstract");
            if (!lang.isEmpty() && !lang.equals("en")) {
                h.raw(" <span class=\"meta\">(").text(lang).raw(")</span>");
            }
            h.raw("</h2><div class=\"abstract\"").attr("lang", lang.isEmpty() ? "en" : lang).raw(">");
            for (String paragraph : abs.getLiteralLexicalForm().split("\n\\s*\n")) {
                h.element("p", null, paragraph.strip());
            }
            h.raw("</div>");
        }
    }

    private static void identifiers(HtmlBuilder h, Description d, Node iri) {
        h.element("h2", null, "Identifiers").raw("<ul class=\"plain\">");
        d.value(iri, FABIO.hasPubMedId).ifPresent(v ->
                h.raw("<li>PMID ").link(IriScheme.pubmedPage(v).getURI(), v).raw("</li>"));
        d.value(iri, FABIO.hasPubMedCentralId).ifPresent(v ->
                h.raw("<li>PMCID ").link(IriScheme.pmcPage(v).getURI(), v).raw("</li>"));
        for (Node same : d.objects(iri, OWL.sameAs.asNode())) {
            if (!same.isURI()) {
                continue;
            }
            String s = same.getURI();
            Optional<String> doi = LinkTarget.DOI.localPart(same);
            Optional<String> qid = IriScheme.wikidataQid(same);
            if (doi.isPresent()) {
                h.raw("<li>DOI ").link(s, doi.get()).raw("</li>");
            } else if (qid.isPresent()) {
                h.raw("<li>Wikidata ").link(s, qid.get()).raw("</li>");
            } else {
                h.raw("<li>Same as ").link(s, s).raw("</li>");
            }
        }
        for (Node also : d.objects(iri, RDFS.seeAlso.asNode())) {
            if (also.isURI()) {
                h.raw("<li>See also ").link(also.getURI(), also.getURI()).raw("</li>");
            }
        }
        h.raw("</ul>");
    }

    private static void subjects(HtmlBuilder h, Description d, Node iri) {
        Set<Node> major = Set.copyOf(d.objects(iri, FABIO.hasPrimarySubjectTerm));
        tags(h, d, "MeSH terms", d.objects(iri, DCTerms.subject.asNode()), major, true);
        tags(h, d, "Substances", d.objects(iri, PUBLD.substance), Set.of(), true);
        tags(h, d, "Publication types", d.objects(iri, DCTerms.type.asNode()), Set.of(), false);
        tags(h, d, "Keywords", d.objects(iri, PRISM.keyword), Set.of(), false);
    }

    // browse: the tags link to the lists of works indexed with them, not to the terms themselves.
    private static void tags(HtmlBuilder h, Description d, String heading, List<Node> values, Set<Node> major, boolean browse) {
        if (values.isEmpty()) {
            return;
        }
        h.element("h2", null, heading).raw("<div class=\"tags\">");
        for (Node v : values) {
            h.raw("<span").raw(major.contains(v) ? " class=\"major\" title=\"major topic\"" : "").raw(">");
            if (v.isURI()) {
                h.link(browse ? BrowseLinks.href(d, v) : d.href(v), d.label(v));
            } else {
                h.text(d.label(v));
            }
            h.raw("</span>");
        }
        h.raw("</div>");
    }

    private static void funding(HtmlBuilder h, Description d, Node iri) {
        List<Node> grants = d.objects(iri, FRAPO.isFundedBy);
        if (grants.isEmpty()) {
            return;
        }
        h.element("h2", null, "Funding").raw("<ul class=\"plain\">");
        for (Node g : grants) {
            h.raw("<li>");
            List<Node> funders = d.objects(g, FRAPO.isAwardedBy);
            for (Node f : funders) {
                h.link(d.href(f), d.label(f)).raw(" ");
            }
            d.value(g, FRAPO.hasGrantNumber).ifPresent(n -> h.raw("<span class=\"meta\">").text(n).raw("</span>"));
            h.raw("</li>");
        }
        h.raw("</ul>");
    }

    private static void related(HtmlBuilder h, Description d, Node iri) {
        for (Relation r : RELATIONS) {
            works(h, d, iri, r.outgoing(), r.property(), false);
        }
        for (Relation r : RELATIONS) {
            works(h, d, iri, r.incoming(), r.property(), true);
        }
    }

    private static void works(HtmlBuilder h, Description d, Node iri, String heading, Node property, boolean incoming) {
        List<Node> works = incoming ? d.subjects(property, iri) : d.objects(iri, property);
        if (works.isEmpty()) {
            return;
        }
        Optional<Paging.Cut> cut = d.cut(property, incoming);
        String count = cut.map(c -> (c.atLeast() ? "at least " : "") + String.format("%,d", c.total()))
                .orElse(Integer.toString(works.size()));
        h.raw("<h2>").text(heading).raw(" <span class=\"meta\">(").text(count).raw(")</span></h2>")
                .raw("<ul class=\"plain\">");
        for (Node w : works) {
            h.raw("<li>");
            NodeHtml.write(h, d, w);
            h.raw("</li>");
        }
        h.raw("</ul>");
        cut.ifPresent(c -> MoreLink.write(h, c, iri));
    }

    /** Whether a description's subject is a work, by a FaBiO work class or a PMID. */
    static boolean isWork(Description d, Node iri) {
        Set<Node> types = d.objects(iri, RDF.type.asNode()).stream().collect(Collectors.toSet());
        return d.value(iri, FABIO.hasPubMedId).isPresent()
                || types.stream().anyMatch(t -> t.isURI() && t.getURI().startsWith(FABIO.NS) && !t.equals(FABIO.Journal))
                && !types.contains(FOAF.Person.asNode());
    }
}
