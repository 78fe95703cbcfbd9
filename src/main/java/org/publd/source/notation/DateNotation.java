package org.publd.source.notation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publd.record.PubDate;

/**
 * Dates as PubMed citations print them ({@code 2010 Aug 20}, {@code 2010 Oct}, {@code 2015},
 * {@code 1998 Dec-1999 Jan}).
 *
 * <pre>
 * DateNotation.parse("2010 Oct");        // PubDate(2010, 10, null, null)
 * DateNotation.parse("1998 Dec-1999 Jan"); // PubDate(1998, null, null, "1998 Dec-1999 Jan")
 * </pre>
 */
public final class DateNotation {
    private static final Pattern EXACT = Pattern.compile("(\\d{4})(?: ([A-Za-z]+)\\.?(?: (\\d{1,2}))?)?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private DateNotation() {
    }

    /**
     * The date at the precision written; anything else that holds a year (a range, a season, an
     * impossible day) becomes that first year plus the text as written. {@code null} for blank text.
     */
    public static PubDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        Matcher m = EXACT.matcher(t);
        if (m.matches()) {
            PubDate exact = exact(m);
            if (exact != null) {
                return exact;
            }
        }
        Matcher year = YEAR.matcher(t);
        Integer y = year.find() ? Integer.valueOf(year.group(1)) : null;
        return new PubDate(y, null, null, t);
    }

    /** The day written, or {@code null} when the text does not name one exact day ({@code 2011 Feb 3}). */
    public static LocalDate day(String text) {
        PubDate d = parse(text);
        if (d == null || d.text() != null || d.precision() != PubDate.Precision.DAY) {
            return null;
        }
        return LocalDate.of(d.year(), d.month(), d.day());
    }

    private static PubDate exact(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return PubDate.of(year);
        }
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        if (m.group(3) == null) {
            return PubDate.of(year, month);
        }
        int day = Integer.parseInt(m.group(3));
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return PubDate.of(year, month, day);
    }
}
