package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.publd.record.PubDate;

class TestDates {
    @Test
    void dayPrecisionIsXsdDate() {
        Node n = Dates.literal(PubDate.of(2010, 8, 20));
        assertEquals("2010-08-20", n.getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDdate, n.getLiteralDatatype());
    }

    @Test
    void monthPrecisionIsGYearMonth() {
        Node n = Dates.literal(PubDate.of(2010, 10));
        assertEquals("2010-10", n.getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDgYearMonth, n.getLiteralDatatype());
    }

    @Test
    void yearPrecisionIsGYear() {
        Node n = Dates.literal(new PubDate(1998, null, null, "1998 Dec-1999 Jan"));
        assertEquals("1998", n.getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDgYear, n.getLiteralDatatype());
    }

    @Test
    void noYearNoLiteral() {
        assertNull(Dates.literal(new PubDate(null, null, null, "undated")));
    }

    @Test
    void spanInDaysWhenBothDatesAreDays() {
        assertEquals("P0Y1M12D", Dates.span(PubDate.of(2010, 8, 20), PubDate.of(2010, 10, 2)).getLiteralLexicalForm());
    }

    @Test
    void spanAtCoarserPrecision() {
        assertEquals("P0Y2M", Dates.span(PubDate.of(2010, 8, 20), PubDate.of(2010, 10)).getLiteralLexicalForm());
        assertEquals("P5Y", Dates.span(PubDate.of(2010, 8, 20), PubDate.of(2015)).getLiteralLexicalForm());
    }

    @Test
    void spanIsNegativeWhenCitingIsEarlier() {
        assertEquals("-P1Y", Dates.span(PubDate.of(2011), PubDate.of(2010)).getLiteralLexicalForm());
    }

    @Test
    void noSpanWithoutBothDates() {
        assertNull(Dates.span(null, PubDate.of(2010)));
    }
}
