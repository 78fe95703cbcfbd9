package org.publd.mapping;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.PRISM;
import org.publd.mapping.vocab.PUBLD;
import org.publd.record.Article;
import org.publd.record.MeshHeading;
import org.publd.record.MeshNotation;
import org.publd.record.Term;

/**
 * MeSH headings, substances and keywords. Headings and substances named without a MeSH UI (MEDLINE
 * text, page text) are kept as literals, never guessed into IRIs.
 *
 * <pre>
 * List&lt;Quad&gt; added = SubjectDescriber.meshStatements(graph, work, resolvedArticle);
 * </pre>
 */
public final class SubjectDescriber {
    private static final Node SUBJECT = DCTerms.subject.asNode();
    private static final Node LABEL = RDFS.label.asNode();

    private SubjectDescriber() {
    }

    /**
     * The record's MeSH statements (publication types, headings, substances) about {@code work} in
     * {@code graph}, exactly as {@link RecordMapper#map} makes them: what a linker adds to a stored
     * record once it has resolved names to MeSH UIs. The nodes come from the database, whatever base
     * IRI it was mapped with.
     */
    public static List<Quad> meshStatements(Node graph, Node work, Article a) {
        Emitter e = new Emitter(graph);
        e.checked(() -> WorkDescriber.publicationTypes(e, work, a.publicationTypes()));
        describe(e, work, a);
        return e.record().quads();
    }

    static void describe(Emitter e, Node work, Article a) {
        // A MeSH IRI can be both a heading and a substance, and a keyword can be listed twice.
        e.checked(() -> subjects(e, work, a));
    }

    private static void subjects(Emitter e, Node work, Article a) {
        for (MeshHeading h : a.meshHeadings()) {
            if (h.descriptor().ui() != null) {
                heading(e, work, h);
            }
            // A name without a UI is kept as written, for the linker to resolve, rather than dropped or guessed.
            if (h.descriptor().ui() == null || h.qualifiers().stream().anyMatch(q -> q.term().ui() == null)) {
                e.text(work, PUBLD.meshHeadingText, MeshNotation.format(h));
            }
        }
        for (Term t : a.substances()) {
            if (t.ui() == null) {
                e.text(work, PUBLD.substanceName, t.name());
            } else {
                Node s = IriScheme.mesh(t.ui());
                e.add(work, PUBLD.substance, s);
                e.text(s, LABEL, t.name());
            }
        }
        for (String k : a.keywords()) {
            e.text(work, PRISM.keyword, k.strip());
        }
    }

    private static void heading(Emitter e, Node work, MeshHeading h) {
        Term d = h.descriptor();
        Node descriptor = IriScheme.mesh(d.ui());
        e.add(work, SUBJECT, descriptor);
        e.text(descriptor, LABEL, d.name());
        if (h.majorTopic()) {
            e.add(work, FABIO.hasPrimarySubjectTerm, descriptor);
        }
        for (MeshHeading.Qualifier q : h.qualifiers()) {
            if (q.term().ui() == null) {
                continue;
            }
            Node pair = IriScheme.meshPair(d.ui(), q.term().ui());
            e.add(work, SUBJECT, pair);
            e.text(pair, LABEL, d.name() + "/" + q.term().name());
            if (q.majorTopic()) {
                e.add(work, FABIO.hasPrimarySubjectTerm, pair);
            }
        }
    }
}
