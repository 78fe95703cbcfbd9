package org.publd.link.mesh;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.publd.record.Article;
import org.publd.record.MeshHeading;
import org.publd.record.Term;

/**
 * Fills in the MeSH UIs of a record's named-only terms (MEDLINE text, page text): headings and their
 * qualifiers, substances, publication types. A resolved term keeps the record's own name, so it maps
 * exactly as the same term read from PubMed XML. Terms that already have a UI are left alone;
 * unknown and ambiguous names keep none and go to the report.
 *
 * <pre>
 * MeshResolver resolver = new MeshResolver(names, unresolved -> System.err.println(unresolved.describe()));
 * Article withUis = resolver.resolve(article);
 * </pre>
 */
public final class MeshResolver {
    private final MeshNames names;
    private final Consumer<UnresolvedName> report;

    public MeshResolver(MeshNames names, Consumer<UnresolvedName> report) {
        this.names = names;
        this.report = report;
    }

    /** The article with every name the MeSH files settle given its UI. */
    public Article resolve(Article a) {
        List<Term> types = terms(a.pmid(), NameRole.PUBLICATION_TYPE, a.publicationTypes());
        List<MeshHeading> headings = new ArrayList<>(a.meshHeadings().size());
        for (MeshHeading h : a.meshHeadings()) {
            headings.add(heading(a.pmid(), h));
        }
        List<Term> substances = terms(a.pmid(), NameRole.SUBSTANCE, a.substances());
        return new Article(a.pmid(), a.kind(), a.doi(), a.pmcid(), a.otherIds(), a.title(), a.vernacularTitle(),
                a.abstracts(), a.languages(), a.authors(), a.book(), a.journal(), a.volume(), a.issue(), a.pages(),
                a.issued(), a.available(), a.revised(), types, headings, substances, a.keywords(), a.grants(),
                a.relations(), a.citationText(), a.flags(), a.pmidVersion());
    }

    /** The heading with its descriptor's and qualifiers' UIs filled in where the files settle them. */
    public MeshHeading heading(String pmid, MeshHeading h) {
        List<MeshHeading.Qualifier> qualifiers = new ArrayList<>(h.qualifiers().size());
        for (MeshHeading.Qualifier q : h.qualifiers()) {
            qualifiers.add(new MeshHeading.Qualifier(term(pmid, NameRole.QUALIFIER, q.term()), q.majorTopic()));
        }
        return new MeshHeading(term(pmid, NameRole.DESCRIPTOR, h.descriptor()), h.majorTopic(), qualifiers);
    }

    /** The term with its UI, when it had one or the files settle it; else as it was. */
    public Term term(String pmid, NameRole role, Term t) {
        if (t.ui() != null) {
            return t;
        }
        MeshNames.Lookup found = names.lookup(t.name(), role.kinds());
        if (found.ui() != null) {
            return new Term(found.ui(), t.name());
        }
        report.accept(new UnresolvedName(pmid, role, t.name(), found.uis()));
        return t;
    }

    private List<Term> terms(String pmid, NameRole role, List<Term> terms) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(term(pmid, role, t));
        }
        return out;
    }
}
