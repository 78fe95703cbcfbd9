package org.publd.source.medline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.record.AbstractText;
import org.publd.record.Article;
import org.publd.record.ArticleId;
import org.publd.record.Book;
import org.publd.record.Contributor;
import org.publd.record.Grant;
import org.publd.record.Journal;
import org.publd.record.MeshHeading;
import org.publd.record.PubDate;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.Term;
import org.publd.record.WorkKind;
import org.publd.source.ErrorHandler;
import org.publd.source.Inputs;

/** One tag, or one group of tags, per test, on hand-made records. */
class TestMedlineFields {
    private static Article one(String text) {
        List<Article> records = Inputs.read(new MedlineFormat(), Inputs.text("test.nbib", text), ErrorHandler.strict());
        assertEquals(1, records.size());
        return records.get(0);
    }

    private static Article listed(String pmid, String citation) {
        return Article.builder().kind(WorkKind.LISTED_WORK).pmid(pmid).citationText(citation).build();
    }

    @Test
    void titleAndVernacularTitle() {
        Article a = one("""
                PMID- 1
                TI  - [Ketamine and depression].
                TT  - Kétamine et dépression.
                LA  - fre
                """);
        assertAll(
                () -> assertEquals("[Ketamine and depression].", a.title()),
                () -> assertEquals("Kétamine et dépression.", a.vernacularTitle()),
                () -> assertEquals(List.of("fre"), a.languages()));
    }

    @Test
    void orcidFromAuthorIdentifier() {
        Article a = one("""
                PMID- 1
                FAU - Li, Nanxin
                AU  - Li N
                AUID- ORCID: 0000-0002-1825-0097
                AD  - Yale University, New Haven, CT, USA.
                """);
        assertEquals(List.of(Contributor.person("Li", "Nanxin", "N", null, "0000-0002-1825-0097",
                List.of("Yale University, New Haven, CT, USA."))), a.authors());
    }

    @Test
    void orcidWithBadCheckDigitIsDropped() {
        Article a = one("""
                PMID- 1
                FAU - Li, Nanxin
                AU  - Li N
                AUID- ORCID: 0000-0002-1825-0098
                """);
        assertNull(a.authors().get(0).orcid());
    }

    @Test
    void suffixMovesOutOfTheGivenNames() {
        Article a = one("""
                PMID- 1
                FAU - Maurer, Calvin R Jr
                AU  - Maurer CR Jr
                """);
        assertEquals(Contributor.person("Maurer", "Calvin R", "CR", "Jr", null, List.of()), a.authors().get(0));
    }

    @Test
    void shortNameAloneNamesAPerson() {
        Article a = one("""
                PMID- 1
                AU  - de Hoon MJ
                AU  - Imoto S
                """);
        assertEquals(List.of(Contributor.person("de Hoon", null, "MJ", null, null, List.of()),
                Contributor.person("Imoto", null, "S", null, null, List.of())), a.authors());
    }

    @Test
    void collectiveAuthorWithAffiliation() {
        Article a = one("""
                PMID- 1
                FAU - Li, Nanxin
                AU  - Li N
                CN  - Depression Genetics Consortium
                AD  - Somewhere University.
                """);
        assertEquals(Contributor.collective("Depression Genetics Consortium", List.of("Somewhere University.")),
                a.authors().get(1));
    }

    @Test
    void investigatorsAreNotAuthorsAndKeepTheirAffiliations() {
        Article a = one("""
                PMID- 1
                FAU - Li, Nanxin
                AU  - Li N
                FIR - Lee, Boyoung
                IR  - Lee B
                AD  - Investigator Institute.
                """);
        assertEquals(List.of(Contributor.person("Li", "Nanxin", "N", null, null, List.of())), a.authors());
    }

    @Test
    void publicationDateAtEachPrecision() {
        assertAll(
                () -> assertEquals(PubDate.of(2010, 8, 20), one("PMID- 1\nDP  - 2010 Aug 20\n").issued()),
                () -> assertEquals(PubDate.of(2010, 8), one("PMID- 1\nDP  - 2010 Aug\n").issued()),
                () -> assertEquals(PubDate.of(2010), one("PMID- 1\nDP  - 2010\n").issued()),
                () -> assertEquals(new PubDate(1998, null, null, "1998 Dec-1999 Jan"),
                        one("PMID- 1\nDP  - 1998 Dec-1999 Jan\n").issued()));
    }

    @Test
    void electronicDate() {
        assertEquals(PubDate.of(2010, 8, 19), one("PMID- 1\nDEP - 20100819\n").available());
    }

    @Test
    void electronicDateOfAYearAndMonthOrAYear() {
        assertAll(
                () -> assertEquals(PubDate.of(2010, 3), one("PMID- 1\nDEP - 201003\n").available()),
                () -> assertEquals(PubDate.of(2010), one("PMID- 1\nDEP - 2010\n").available()));
    }

    @Test
    void electronicDateWithAMonthOutOfRangeIsIgnored() {
        assertNull(one("PMID- 1\nDEP - 201013\n").available());
    }

    @Test
    void badElectronicDateIsIgnored() {
        assertNull(one("PMID- 1\nDEP - 2010-08-19\n").available());
    }

    @Test
    void journalWithItsThreeIssns() {
        Article a = one("""
                PMID- 1
                IS  - 1095-9203 (Electronic)
                IS  - 0036-8075 (Print)
                IS  - 0036-8075 (Linking)
                TA  - Science
                JT  - Science (New York, N.Y.)
                JID - 0404511
                PL  - United States
                """);
        assertEquals(new Journal("Science (New York, N.Y.)", "Science", null, "0036-8075", "1095-9203", "0036-8075",
                "0404511", "United States"), a.journal());
    }

    @Test
    void volumeIssuePages() {
        Article a = one("PMID- 1\nVI  - 329\nIP  - 5994\nPG  - 959-64\n");
        assertAll(
                () -> assertEquals("329", a.volume()),
                () -> assertEquals("5994", a.issue()),
                () -> assertEquals("959-64", a.pages()));
    }

    @Test
    void locationAndArticleIdentifiers() {
        Article a = one("""
                PMID- 1
                LID - 10.1126/science.1190287 [doi]
                PMC - PMC3116441
                MID - NIHMS303442
                AID - science.1190287 [pii]
                AID - 10.1126/science.1190287 [doi]
                """);
        assertAll(
                () -> assertEquals("10.1126/science.1190287", a.doi()),
                () -> assertEquals("PMC3116441", a.pmcid()),
                () -> assertEquals(List.of(new ArticleId("mid", "NIHMS303442"), new ArticleId("pii", "science.1190287")),
                        a.otherIds()));
    }

    @Test
    void meshHeadingsAreNamedNeverGivenAUi() {
        Article a = one("""
                PMID- 1
                MH  - *Antidepressive Agents/administration & dosage/pharmacology
                MH  - Ketamine/*pharmacology
                """);
        assertEquals(List.of(
                new MeshHeading(Term.named("Antidepressive Agents"), true, List.of(
                        new MeshHeading.Qualifier(Term.named("administration & dosage"), false),
                        new MeshHeading.Qualifier(Term.named("pharmacology"), false))),
                new MeshHeading(Term.named("Ketamine"), false, List.of(
                        new MeshHeading.Qualifier(Term.named("pharmacology"), true)))), a.meshHeadings());
    }

    @Test
    void substancesByName() {
        Article a = one("""
                PMID- 1
                RN  - 0 (Antidepressive Agents)
                RN  - 690G0D6V8H (Ketamine)
                RN  - EC 2.7.11.1 (TOR Serine-Threonine Kinases)
                RN  - 0 (Interleukin-1 (IL-1))
                NM  - ketamine hydroxynorketamine
                """);
        assertEquals(List.of(Term.named("Antidepressive Agents"), Term.named("Ketamine"),
                Term.named("TOR Serine-Threonine Kinases"), Term.named("Interleukin-1 (IL-1)"),
                Term.named("ketamine hydroxynorketamine")), a.substances());
    }

    @Test
    void keywords() {
        assertEquals(List.of("ketamine", "mTOR"), one("PMID- 1\nOT  - ketamine\nOT  - mTOR\n").keywords());
    }

    @Test
    void grants() {
        Article a = one("""
                PMID- 1
                GR  - MH45481/MH/NIMH NIH HHS/United States
                GR  - R01 MH093897/MH/NIMH NIH HHS/United States
                """);
        assertEquals(List.of(new Grant("MH45481", "MH", "NIMH NIH HHS", "United States"),
                new Grant("R01 MH093897", "MH", "NIMH NIH HHS", "United States")), a.grants());
    }

    @Test
    void commentsAndCorrectionsAreRelationsToListedWorks() {
        Article a = one("""
                PMID- 20724638
                CIN - Science. 2010 Aug 20;329(5994):913-4. PMID: 20724626
                CIN - Nat Rev Neurosci. 2010 Oct;11(10):666. PMID: 21080533
                EIN - Science. 2011 Jan 7;331(6013):35. PMID: 99999999
                """);
        assertEquals(List.of(
                new Relation(RelationType.COMMENT_IN, listed("20724626", "Science. 2010 Aug 20;329(5994):913-4")),
                new Relation(RelationType.COMMENT_IN, listed("21080533", "Nat Rev Neurosci. 2010 Oct;11(10):666")),
                new Relation(RelationType.ERRATUM_IN, listed("99999999", "Science. 2011 Jan 7;331(6013):35"))),
                a.relations());
    }

    @Test
    void everyRelationTag() {
        StringBuilder text = new StringBuilder("PMID- 1\n");
        List<String> tags = List.of("CIN", "CON", "EIN", "EFR", "RIN", "ROF", "UIN", "UOF", "RPI", "RPF", "SPIN", "ORI",
                "ECI", "ECF", "CRI", "CRF");
        tags.forEach(t -> text.append(String.format("%-4s- J. 2000;1:1. PMID: 2%n", t)));
        assertEquals(List.of(RelationType.COMMENT_IN, RelationType.COMMENT_ON, RelationType.ERRATUM_IN,
                RelationType.ERRATUM_FOR, RelationType.RETRACTION_IN, RelationType.RETRACTION_OF,
                RelationType.UPDATE_IN, RelationType.UPDATE_OF, RelationType.REPUBLISHED_IN,
                RelationType.REPUBLISHED_FROM, RelationType.SUMMARY_FOR_PATIENTS_IN, RelationType.ORIGINAL_REPORT_IN,
                RelationType.EXPRESSION_OF_CONCERN_IN, RelationType.EXPRESSION_OF_CONCERN_FOR,
                RelationType.REPUBLISHED_IN, RelationType.REPUBLISHED_FROM),
                one(text.toString()).relations().stream().map(Relation::type).toList());
    }

    @Test
    void relationWithoutPmidKeepsItsCitation() {
        assertEquals(listed(null, "Science. 2010 Aug 20;329(5994):913-4."),
                one("PMID- 1\nCON - Science. 2010 Aug 20;329(5994):913-4.\n").relations().get(0).target());
    }

    @Test
    void unknownTagIsIgnored() {
        Article a = one("""
                PMID- 1
                XYZ - something new
                TI  - Still read.
                """);
        assertEquals(Article.builder().pmid("1").title("Still read.").build(), a);
    }

    @Test
    void colonInsideAnUnstructuredAbstractDoesNotSplitIt() {
        Article a = one("PMID- 1\nAB  - We asked one question: DOES IT WORK: yes.\n");
        assertEquals(List.of(new AbstractText.Section(null, "We asked one question: DOES IT WORK: yes.")),
                a.abstracts().get(0).sections());
    }

    @Test
    void bookChapter() {
        Article a = one("""
                PMID- 1
                TI  - Ketamine.
                BTI - StatPearls
                PB  - StatPearls Publishing
                PL  - Treasure Island (FL)
                FED - Doe, Jane
                ED  - Doe J
                """);
        assertAll(
                () -> assertEquals(WorkKind.BOOK_CHAPTER, a.kind()),
                () -> assertNull(a.journal()),
                () -> assertEquals(new Book("StatPearls", "StatPearls Publishing", "Treasure Island (FL)", List.of(),
                        List.of(Contributor.person("Doe", "Jane", "J", null, null, List.of()))), a.book()),
                () -> assertEquals(List.of(), a.authors()));
    }
}
