package org.publd.source.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.publd.record.PubDate;

class TestDateNotation {
    @Test
    void day() {
        assertEquals(PubDate.of(2010, 8, 20), DateNotation.parse("2010 Aug 20"));
    }

    @Test
    void month() {
        assertEquals(PubDate.of(2010, 10), DateNotation.parse("2010 Oct"));
    }

    @Test
    void year() {
        assertEquals(PubDate.of(2015), DateNotation.parse("2015"));
    }

    @Test
    void fullMonthNameAndExtraSpaces() {
        assertEquals(PubDate.of(2006, 3, 1), DateNotation.parse("  2006  March 1 "));
    }

    @Test
    void rangeKeepsItsTextAndFirstYear() {
        assertEquals(new PubDate(1998, null, null, "1998 Dec-1999 Jan"), DateNotation.parse("1998 Dec-1999 Jan"));
    }

    @Test
    void seasonKeepsItsText() {
        assertEquals(new PubDate(2010, null, null, "2010 Spring"), DateNotation.parse("2010 Spring"));
    }

    @Test
    void impossibleDayIsKeptAsTextNotGuessed() {
        assertEquals(new PubDate(2010, null, null, "2010 Feb 30"), DateNotation.parse("2010 Feb 30"));
    }

    @Test
    void textWithoutYear() {
        assertEquals(new PubDate(null, null, null, "Spring"), DateNotation.parse("Spring"));
    }

    @Test
    void blankIsNoDate() {
        assertNull(DateNotation.parse("  "));
    }

    @Test
    void dayOfAnExactDay() {
        assertEquals(LocalDate.of(2011, 2, 3), DateNotation.day("2011 Feb 3"));
    }

    @Test
    void dayOfAMonthIsNone() {
        assertNull(DateNotation.day("2011 Feb"));
    }
}
