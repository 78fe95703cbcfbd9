package org.publd.server.html;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.publd.mapping.IriScheme;
import org.publd.server.ld.PageRenderer;
import org.publd.server.ld.Paging;

/** Renders a description as the page of a work when it is one, the vocabulary page for the ontology, else as a property table. */
public final class ResourcePages implements PageRenderer {
    private final IriScheme iris;
    private final PrefixMapping prefixes;
    private final TermLabels terms;

    /** @param prefixes for the prefixed names of terms */
    public ResourcePages(String base, PrefixMapping prefixes) {
        this.iris = new IriScheme(base);
        this.prefixes = prefixes;
        this.terms = TermLabels.load(Ontology.graph());
    }

    @Override
    public String render(Node iri, Graph description, List<Paging.Cut> cuts) {
        Description d = new Description(description, iris, prefixes, terms, cuts);
        if (VocabularyPage.isOntology(d)) {
            return VocabularyPage.render(iri, d);
        }
        return ArticlePage.isWork(d, iri) ? ArticlePage.render(iri, d) : GenericPage.render(iri, d);
    }
}
