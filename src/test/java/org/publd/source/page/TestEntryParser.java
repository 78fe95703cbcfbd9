package org.publd.source.page;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.publd.record.Article;
import org.publd.record.PubDate;
import org.publd.record.Term;
import org.publd.record.WorkFlag;
import org.publd.record.WorkKind;

/** One entry of a list of works, as the page prints it. */
class TestEntryParser {
    private static Article parse(String entry) {
        return EntryParser.parse(entry, "test.txt", 1);
    }

    @Test
    void titleRunIntoTheJournalIsSplitWhereTheJournalStarts() {
        Article a = parse("Neuroscience. A glutamate pathway to faster-acting antidepressants?Science. 2010 Aug"
                + " 20;329(5994):913-4. doi: 10.1126/science.1194313. Science. 2010. PMID: 20724626 No abstract available.");
        assertAll(
                () -> assertEquals("Neuroscience. A glutamate pathway to faster-acting antidepressants?", a.title()),
                () -> assertEquals("Science", a.journal().abbreviation()),
                () -> assertEquals("Science. 2010 Aug 20;329(5994):913-4. doi: 10.1126/science.1194313.",
                        a.citationText()));
    }

    @Test
    void titleContainingTheJournalAndAYear() {
        Article a = parse("Science. 2010 in review.Science. 2010 Dec 24;330(6012):1736-7. Science. 2010. PMID: 1");
        assertAll(
                () -> assertEquals("Science. 2010 in review.", a.title()),
                () -> assertEquals(PubDate.of(2010, 12, 24), a.issued()),
                () -> assertEquals("1736-7", a.pages()));
    }

    @Test
    void journalNameInsideATitleWordIsNotTheJournal() {
        Article a = parse("Cell biology of the NeuroCell. 2001 hypothesis.Cell. 2001 Mar 9;104(5):1-2. Cell. 2001. PMID: 2");
        assertAll(
                () -> assertEquals("Cell biology of the NeuroCell. 2001 hypothesis.", a.title()),
                () -> assertEquals("104", a.volume()));
    }

    @Test
    void titleAndJournalSeparatedByASpace() {
        Article a = parse("A title. J Neurochem. 2015 Sep;134(5):845-56. J Neurochem. 2015. PMID: 26016889");
        assertAll(
                () -> assertEquals("A title.", a.title()),
                () -> assertEquals("J Neurochem", a.journal().abbreviation()));
    }

    @Test
    void noDoiAndNoIssue() {
        Article a = parse("Title.Adv Pharmacol. 2015;73:97-144. Adv Pharmacol. 2015. PMID: 25637439");
        assertAll(
                () -> assertEquals(PubDate.of(2015), a.issued()),
                () -> assertEquals("73", a.volume()),
                () -> assertNull(a.issue()),
                () -> assertEquals("97-144", a.pages()),
                () -> assertNull(a.doi()),
                () -> assertNull(a.available()));
    }

    @Test
    void aheadOfPrintHasNoVolume() {
        Article a = parse("Title.Mol Biol Cell. 2023 May 17:mbcE22120560. doi: 10.1091/mbc.E22-12-0560."
                + " Online ahead of print. Mol Biol Cell. 2023. PMID: 37195739");
        assertAll(
                () -> assertNull(a.volume()),
                () -> assertEquals("mbcE22120560", a.pages()),
                () -> assertEquals("10.1091/mbc.E22-12-0560", a.doi()));
    }

    @Test
    void supplementAfterTheVolume() {
        Article a = parse("Title.Bioinformatics. 2010;26 Suppl 1:i1-8. Bioinformatics. 2010. PMID: 3");
        assertAll(
                () -> assertEquals("26", a.volume()),
                () -> assertEquals("Suppl 1", a.issue()));
    }

    @Test
    void electronicDateOfAWholeDay() {
        assertEquals(PubDate.of(2011, 2, 3), parse("T.Biol Psychiatry. 2011 Apr 15;69(8):754-61."
                + " doi: 10.1016/j.biopsych.2010.12.015. Epub 2011 Feb 3. Biol Psychiatry. 2011. PMID: 21292242")
                .available());
    }

    @Test
    void dateRangeKeepsItsText() {
        assertEquals(new PubDate(1998, null, null, "1998 Dec-1999 Jan"),
                parse("T.J Foo. 1998 Dec-1999 Jan;5(6):7-8. J Foo. 1998. PMID: 4").issued());
    }

    @Test
    void notesAfterThePmid() {
        Article a = parse("T.J Foo. 2012;1:1. J Foo. 2012. PMID: 5 Free PMC article. Review.");
        assertAll(
                () -> assertEquals(Set.of(WorkFlag.FREE_PMC_ARTICLE), a.flags()),
                () -> assertEquals(List.of(Term.named("Review")), a.publicationTypes()));
    }

    @Test
    void unknownNoteIsIgnored() {
        Article a = parse("T.J Foo. 2012;1:1. J Foo. 2012. PMID: 5 Free article. No abstract available.");
        assertAll(
                () -> assertEquals(Set.of(WorkFlag.NO_ABSTRACT), a.flags()),
                () -> assertEquals(List.of(), a.publicationTypes()));
    }

    @Test
    void referenceInAnotherShapeKeepsItsTextAndIdentifiers() {
        Article a = parse("Berman RM, Cappiello A, Anand A. Antidepressant effects of ketamine in depressed patients."
                + " Biol Psychiatry. 2000;47:351-354. doi: 10.1016/s0006-3223(99)00230-9. - PubMed - DOI");
        assertAll(
                () -> assertEquals(WorkKind.LISTED_WORK, a.kind()),
                () -> assertNull(a.title()),
                () -> assertNull(a.journal()),
                () -> assertNull(a.pmid()),
                () -> assertEquals("10.1016/s0006-3223(99)00230-9", a.doi()),
                () -> assertEquals("Berman RM, Cappiello A, Anand A. Antidepressant effects of ketamine in depressed"
                        + " patients. Biol Psychiatry. 2000;47:351-354. doi: 10.1016/s0006-3223(99)00230-9.",
                        a.citationText()));
    }

    @Test
    void entryWithoutTitle() {
        Article a = parse("Science. 2010 Aug 20;329(5994):913-4. Science. 2010. PMID: 20724626");
        assertAll(
                () -> assertNull(a.title()),
                () -> assertEquals("20724626", a.pmid()),
                () -> assertEquals("Science", a.journal().abbreviation()));
    }
}
