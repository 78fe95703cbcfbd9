package org.publd.source.pubmed;

import java.time.LocalDate;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.publd.record.PubDate;
import org.publd.source.xml.XmlCursor;

/**
 * PubMed's date elements: {@code PubDate} ({@code Year}, {@code Month} as {@code Aug} or {@code 08},
 * {@code Day}, or {@code Season}, or a free-text {@code MedlineDate}) and the exact dates
 * {@code ArticleDate} and {@code DateRevised}. A date that cannot be (month 13, 30 February) makes
 * the record unreadable rather than being dropped or guessed.
 */
final class DateElements {
    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private DateElements() {
    }

    /** The parts of a date element as written. */
    private record Parts(String element, long line, String year, String month, String day, String season,
                         String medlineDate) {
    }

    /** A {@code PubDate}-like element at the cursor, or {@code null} when it says nothing. */
    static PubDate pubDate(XmlCursor c) throws XMLStreamException {
        Parts p = parts(c);
        if (p.medlineDate() != null && p.year() == null) {
            return new PubDate(firstYear(p.medlineDate()), null, null, p.medlineDate());
        }
        if (p.year() == null && p.month() == null && p.day() == null) {
            return null;
        }
        Integer month = p.month() == null ? null : month(p);
        String text = p.season() != null && month == null ? p.year() + " " + p.season() : null;
        return date(p, year(p), month, p.day() == null ? null : day(p), text);
    }

    /** An exact date ({@code ArticleDate}, {@code DateRevised}) at the cursor. */
    static LocalDate localDate(XmlCursor c) throws XMLStreamException {
        Parts p = parts(c);
        if (p.year() == null || p.month() == null || p.day() == null) {
            throw new BadRecordException("incomplete <" + p.element() + ">: it needs a Year, a Month and a Day",
                    p.line());
        }
        PubDate date = date(p, year(p), month(p), day(p), null);
        return LocalDate.of(date.year(), date.month(), date.day());
    }

    private static Parts parts(XmlCursor c) throws XMLStreamException {
        String element = c.name();
        long line = c.line();
        int depth = c.depth();
        String year = null;
        String month = null;
        String day = null;
        String season = null;
        String medlineDate = null;
        while (c.nextChild(depth)) {
            switch (c.name()) {
                case "Year" -> year = c.text();
                case "Month" -> month = c.text();
                case "Day" -> day = c.text();
                case "Season" -> season = c.text();
                case "MedlineDate" -> medlineDate = c.text();
                default -> {
                }
            }
        }
        return new Parts(element, line, year, month, day, season, medlineDate);
    }

    private static PubDate date(Parts p, Integer year, Integer month, Integer day, String text) {
        try {
            return new PubDate(year, month, day, text);
        } catch (IllegalArgumentException e) {
            throw new BadRecordException("impossible date in <" + p.element() + ">: " + e.getMessage(), p.line());
        }
    }

    private static Integer year(Parts p) {
        if (p.year() == null) {
            return null;
        }
        if (p.year().length() != 4 || !Pmids.allDigits(p.year())) {
            throw invalid(p, "Year", p.year());
        }
        return Integer.valueOf(p.year());
    }

    private static int month(Parts p) {
        String m = p.month();
        if (Pmids.allDigits(m) && m.length() <= 2) {
            int n = Integer.parseInt(m);
            if (n >= 1 && n <= 12) {
                return n;
            }
        } else if (m.length() >= 3) {
            String abbreviation = m.substring(0, 3).toLowerCase(Locale.ROOT);
            for (int i = 0; i < MONTHS.length; i++) {
                if (MONTHS[i].equals(abbreviation)) {
                    return i + 1;
                }
            }
        }
        throw invalid(p, "Month", m);
    }

    private static int day(Parts p) {
        if (!Pmids.allDigits(p.day()) || p.day().length() > 2) {
            throw invalid(p, "Day", p.day());
        }
        return Integer.parseInt(p.day());
    }

    private static BadRecordException invalid(Parts p, String part, String value) {
        return new BadRecordException("invalid " + part + " '" + value + "' in <" + p.element() + ">", p.line());
    }

    /** The first four-digit number of a free-text date ({@code 1998 Dec-1999 Jan} is 1998), or {@code null}. */
    static Integer firstYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4 && (i + 1 == text.length() || !Character.isDigit(text.charAt(i + 1)))) {
                return Integer.valueOf(text.substring(i - 3, i + 1));
            }
        }
        return null;
    }
}
