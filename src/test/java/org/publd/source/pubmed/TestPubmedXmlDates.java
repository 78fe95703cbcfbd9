package org.publd.source.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.publd.source.pubmed.PubmedXmlTestLib.readArticle;

import org.junit.jupiter.api.Test;
import org.publd.record.PubDate;

/** {@code PubDate} in all its forms. */
class TestPubmedXmlDates {
    private static PubDate pubDate(String parts) {
        return readArticle("<Journal><JournalIssue><PubDate>" + parts + "</PubDate></JournalIssue></Journal>").issued();
    }

    @Test
    void yearMonthDay() {
        assertEquals(PubDate.of(1976, 9, 28), pubDate("<Year>1976</Year><Month>Sep</Month><Day>28</Day>"));
    }

    @Test
    void monthAsNumber() {
        assertEquals(PubDate.of(2017, 6), pubDate("<Year>2017</Year><Month>06</Month>"));
    }

    @Test
    void monthAsName() {
        assertEquals(PubDate.of(2018, 8), pubDate("<Year>2018</Year><Month>Aug</Month>"));
    }

    @Test
    void yearOnly() {
        assertEquals(PubDate.of(1993), pubDate("<Year>1993</Year>"));
    }

    @Test
    void seasonKeepsItsText() {
        assertEquals(new PubDate(1990, null, null, "1990 Spring"), pubDate("<Year>1990</Year><Season>Spring</Season>"));
    }

    @Test
    void medlineDateKeepsItsTextAndFirstYear() {
        assertEquals(new PubDate(1998, null, null, "1998 Dec-1999 Jan"),
                pubDate("<MedlineDate>1998 Dec-1999 Jan</MedlineDate>"));
    }

    @Test
    void medlineDateWithoutYear() {
        assertEquals(new PubDate(null, null, null, "Spring-Summer"), pubDate("<MedlineDate>Spring-Summer</MedlineDate>"));
    }

    @Test
    void emptyPubDateIsNoDate() {
        assertNull(pubDate(""));
    }

    @Test
    void firstYearOfFreeText() {
        assertEquals(2000, DateElements.firstYear("Winter 2000-2001"));
        assertNull(DateElements.firstYear("12345"));
    }
}
