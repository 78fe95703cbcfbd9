package org.publd.source.page;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.publd.record.Article;
import org.publd.record.Grant;
import org.publd.record.Journal;
import org.publd.record.MeshHeading;
import org.publd.record.PubDate;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.Term;
import org.publd.record.WorkKind;
import org.publd.source.AbstractTestSourceFormat;
import org.publd.source.ErrorHandler;
import org.publd.source.Inputs;
import org.publd.source.SourceFormat;
import org.publd.source.SourceParseException;

/** Hand-made pages: the sections the seed leaves empty, the head, and errors. */
class TestPageFormat extends AbstractTestSourceFormat {
    @Override
    protected SourceFormat format() {
        return new PageFormat();
    }

    /** A page is one record: the bad page alone. */
    @Override
    protected String withBadRecord() {
        return "A title\n- PMID: 12a4\nA title\n";
    }

    @Override
    protected String withoutBadRecord() {
        return "";
    }

    @Override
    protected BadRecord badRecord() {
        return new BadRecord(1, null, 2);
    }

    private static final String HEAD = """
            A title
            - PMID: 20724638
            - PMCID: PMC3116441
            - DOI: 10.1126/science.1190287
            A title
            """;

    private static Article page(String text) {
        List<Article> records = Inputs.read(new PageFormat(), Inputs.text("page.txt", text), ErrorHandler.strict());
        assertEquals(1, records.size());
        return records.get(0);
    }

    private static MeshHeading.Qualifier qualifier(String name, boolean major) {
        return new MeshHeading.Qualifier(Term.named(name), major);
    }

    @Test
    void meshTermsWithStarsAfterMajorTopics() {
        Article a = page(HEAD + """
                MeSH terms
                -
                Animals
                -
                Antidepressive Agents*
                -
                Ketamine / administration & dosage
                -
                Ketamine / pharmacology*
                """);
        assertEquals(List.of(
                new MeshHeading(Term.named("Animals"), false, List.of()),
                new MeshHeading(Term.named("Antidepressive Agents"), true, List.of()),
                new MeshHeading(Term.named("Ketamine"), false, List.of(qualifier("administration & dosage", false),
                        qualifier("pharmacology", true)))), a.meshHeadings());
    }

    @Test
    void publicationTypesSubstancesAndGrants() {
        Article a = page(HEAD + """
                Publication types
                -
                Research Support, N.I.H., Extramural
                Substances
                -
                Antidepressive Agents
                -
                Ketamine
                Grants and funding
                -
                MH45481/MH/NIMH NIH HHS/United States
                """);
        assertAll(
                () -> assertEquals(List.of(Term.named("Research Support, N.I.H., Extramural")), a.publicationTypes()),
                () -> assertEquals(List.of(Term.named("Antidepressive Agents"), Term.named("Ketamine")), a.substances()),
                () -> assertEquals(List.of(new Grant("MH45481", "MH", "NIMH NIH HHS", "United States")), a.grants()));
    }

    @Test
    void termListsWithoutDashLines() {
        Article a = page(HEAD + "Substances\nAntidepressive Agents\nKetamine\n");
        assertEquals(List.of(Term.named("Antidepressive Agents"), Term.named("Ketamine")), a.substances());
    }

    static Stream<Arguments> listHeadings() {
        return Stream.of(
                Arguments.of("Comment in", RelationType.COMMENT_IN), Arguments.of("Comment on", RelationType.COMMENT_ON),
                Arguments.of("Erratum in", RelationType.ERRATUM_IN), Arguments.of("Erratum for", RelationType.ERRATUM_FOR),
                Arguments.of("Retraction in", RelationType.RETRACTION_IN),
                Arguments.of("Retraction of", RelationType.RETRACTION_OF),
                Arguments.of("Update in", RelationType.UPDATE_IN), Arguments.of("Update of", RelationType.UPDATE_OF),
                Arguments.of("Similar articles", RelationType.SIMILAR), Arguments.of("Cited by", RelationType.CITED_BY),
                Arguments.of("References", RelationType.CITES));
    }

    @ParameterizedTest
    @MethodSource("listHeadings")
    void eachListOfWorksStatesItsRelation(String heading, RelationType type) {
        Article a = page(HEAD + heading + "\n-\nT.J Foo. 2012;1:1. J Foo. 2012. PMID: 5\n");
        assertEquals(List.of(type), a.relations().stream().map(Relation::type).toList());
    }

    @Test
    void entrySpreadOverSeveralLines() {
        Article a = page(HEAD + "Comment on\n-\nA title.\nJ Foo. 2012;1:1.\nJ Foo. 2012.\nPMID: 5\n");
        Article w = a.relations().get(0).target();
        assertAll(
                () -> assertEquals("A title.", w.title()),
                () -> assertEquals("5", w.pmid()));
    }

    @Test
    void linkOutAndItsSubHeadingsGiveNothing() {
        Article a = page(HEAD + """
                References
                LinkOut - more resources
                Full Text Sources
                Europe PubMed Central
                HighWire
                Medical
                MedlinePlus Health Information
                """);
        assertEquals(page(HEAD), a);
    }

    @Test
    void citationLineSaysItIsAJournalArticle() {
        Article a = page("""
                Science. 2010 Aug 20;329(5994):959-64. doi: 10.1126/science.1190287. Epub 2010 Aug 19.
                A title
                - PMID: 20724638
                A title
                """);
        assertAll(
                () -> assertEquals(WorkKind.JOURNAL_ARTICLE, a.kind()),
                () -> assertEquals("A title", a.title()),
                () -> assertEquals(new Journal(null, "Science", null, null, null, null, null, null), a.journal()),
                () -> assertEquals(PubDate.of(2010, 8, 20), a.issued()),
                () -> assertEquals("329", a.volume()),
                () -> assertEquals("5994", a.issue()),
                () -> assertEquals("959-64", a.pages()),
                () -> assertEquals(PubDate.of(2010, 8, 19), a.available()));
    }

    @Test
    void withoutACitationLineTheKindIsUnspecified() {
        Article a = page(HEAD);
        assertAll(
                () -> assertEquals(WorkKind.UNSPECIFIED, a.kind()),
                () -> assertNull(a.journal()));
    }

    @Test
    void crlfLineEnds() {
        Article a = page(HEAD.replace("\n", "\r\n") + "Abstract\r\nShort.\r\n");
        assertAll(
                () -> assertEquals("A title", a.title()),
                () -> assertEquals("20724638", a.pmid()),
                () -> assertEquals("Short.", a.abstracts().get(0).sections().get(0).text()));
    }

    @Test
    void pageWithoutPmidIsAnError() {
        Inputs.Errors errors = new Inputs.Errors();
        List<Article> records = Inputs.read(new PageFormat(), Inputs.text("page.txt", "A title\nAbstract\nText.\n"),
                errors);
        SourceParseException e = errors.list().get(0);
        assertAll(
                () -> assertEquals(List.of(), records),
                () -> assertEquals(1, errors.list().size()),
                () -> assertEquals("page.txt", e.source()),
                () -> assertEquals(1, e.line()));
    }

    @Test
    void emptyPageYieldsNothing() {
        assertEquals(List.of(), Inputs.read(new PageFormat(), Inputs.text("page.txt", "\n\n"), ErrorHandler.strict()));
    }
}
