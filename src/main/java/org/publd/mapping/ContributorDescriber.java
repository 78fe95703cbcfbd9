package org.publd.mapping;

import java.util.List;
import java.util.function.IntFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.publd.mapping.vocab.PUBLD;
import org.publd.record.Article;
import org.publd.record.Contributor;

/** Authors ({@code dcterms:creator}) and book editors ({@code dcterms:contributor}), one node each, in record order. */
final class ContributorDescriber {
    private final IriScheme iris;

    ContributorDescriber(IriScheme iris) {
        this.iris = iris;
    }

    void describe(Emitter e, Node work, Article a) {
        String pmid = a.pmid();
        contributors(e, work, DCTerms.creator.asNode(), a.authors(), n -> iris.author(pmid, n));
        if (a.book() != null) {
            contributors(e, work, DCTerms.contributor.asNode(), a.book().editors(), n -> iris.editor(pmid, n));
        }
    }

    private static void contributors(Emitter e, Node work, Node property, List<Contributor> people, IntFunction<Node> iri) {
        int n = 0;
        for (Contributor c : people) {
            Node node = iri.apply(++n);
            e.add(work, property, node);
            e.type(node, c.isCollective() ? FOAF.Organization.asNode() : FOAF.Person.asNode());
            e.text(node, FOAF.name.asNode(), c.displayName());
            e.text(node, FOAF.givenName.asNode(), c.givenName());
            e.text(node, FOAF.familyName.asNode(), c.familyName());
            e.integer(node, PUBLD.authorPosition, n);
            e.checked(() -> c.affiliations().forEach(affiliation -> e.text(node, PUBLD.affiliation, affiliation)));
            if (c.orcid() != null) {
                e.add(node, OWL.sameAs.asNode(), IriScheme.orcid(c.orcid()));
            }
        }
    }
}
