package org.publd.record;

/**
 * A publication date at the precision the record gives it.
 *
 * @param year  the year, or {@code null} when not even a year can be read
 * @param month 1-12, or {@code null}
 * @param day   1-31, or {@code null} (only with a month)
 * @param text  the free-text form when the record gives one ({@code MedlineDate} such as
 *              {@code 1998 Dec-1999 Jan}, a season), else {@code null}
 */
public record PubDate(Integer year, Integer month, Integer day, String text) {
    public PubDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && year == null) {
            throw new IllegalArgumentException("a month needs a year");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("day out of range: " + year + "-" + month + "-" + day);
        }
    }

    public static PubDate of(int year) {
        return new PubDate(year, null, null, null);
    }

    public static PubDate of(int year, int month) {
        return new PubDate(year, month, null, null);
    }

    public static PubDate of(int year, int month, int day) {
        return new PubDate(year, month, day, null);
    }

    /** How precise the date is. */
    public Precision precision() {
        if (year == null) {
            return Precision.NONE;
        }
        if (month == null) {
            return Precision.YEAR;
        }
        return day == null ? Precision.MONTH : Precision.DAY;
    }

    /** Precision of a date. */
    public enum Precision { NONE, YEAR, MONTH, DAY }
}
