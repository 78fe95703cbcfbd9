package org.publd.link.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.record.Article;
import org.publd.record.MeshHeading;
import org.publd.record.MeshNotation;
import org.publd.record.Term;

/** Filling in a record's UIs, and reporting what cannot be filled in. */
class TestMeshResolver {
    private final List<UnresolvedName> reported = new ArrayList<>();
    private final MeshResolver resolver = new MeshResolver(TestMeshNames.rdf(), reported::add);

    @Test
    void aHeadingGetsItsUisAndKeepsTheRecordsNames() {
        MeshHeading h = resolver.heading("1", MeshNotation.parse("*colorectal neoplasms/Chemotherapy/*therapy"));
        assertEquals(new Term("D015179", "colorectal neoplasms"), h.descriptor());
        assertEquals(new Term("Q000188", "Chemotherapy"), h.qualifiers().get(0).term());
        assertEquals(new Term("Q000628", "therapy"), h.qualifiers().get(1).term());
        assertEquals(List.of(), reported);
    }

    @Test
    void anUnknownNameIsReportedNotGuessed() {
        MeshHeading h = resolver.heading("7", MeshNotation.parse("Quantum Neoplasms/therapy"));
        assertNull(h.descriptor().ui());
        assertEquals("Q000628", h.qualifiers().get(0).term().ui());
        assertEquals(List.of(new UnresolvedName("7", NameRole.DESCRIPTOR, "Quantum Neoplasms", List.of())), reported);
        assertEquals("PMID 7: unknown MeSH descriptor 'Quantum Neoplasms'", reported.get(0).describe());
    }

    @Test
    void anAmbiguousNameIsReportedWithItsCandidates() {
        Term t = resolver.term("8", NameRole.DESCRIPTOR, Term.named("Hyperthermia"));
        assertNull(t.ui());
        assertEquals(1, reported.size());
        assertEquals(List.of("D005334", "D006979"), reported.get(0).candidates().stream().sorted().toList());
        String line = reported.get(0).describe();
        assertTrue(line.matches("PMID 8: ambiguous MeSH descriptor 'Hyperthermia': D00(5334|6979), D00(5334|6979)"), line);
    }

    @Test
    void termsWithUisAreLeftAlone() {
        Term given = new Term("D999999", "Quantum Neoplasms");
        assertSame(given, resolver.term("1", NameRole.DESCRIPTOR, given));
        assertEquals(List.of(), reported);
    }

    @Test
    void anArticlesTypesHeadingsAndSubstances() {
        Article a = Article.builder().pmid("9").title("T")
                .addPublicationType(Term.named("Systematic Review"))
                .addPublicationType(Term.named("Preprint"))
                .addMeshHeading(MeshNotation.parse("Humans"))
                .addSubstance(Term.named("GS-5734"))
                .build();
        Article r = resolver.resolve(a);
        assertEquals(List.of(new Term("D000078182", "Systematic Review"), Term.named("Preprint")), r.publicationTypes());
        assertEquals("D006801", r.meshHeadings().get(0).descriptor().ui());
        assertEquals(List.of(new Term("C000606551", "GS-5734")), r.substances());
        assertEquals("T", r.title());
        assertEquals(List.of(new UnresolvedName("9", NameRole.PUBLICATION_TYPE, "Preprint", List.of())), reported);
    }
}
