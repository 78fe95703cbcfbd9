package org.publd.source.medline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publd.record.Book;
import org.publd.record.Contributor;
import org.publd.record.Journal;

/**
 * Where the work appeared: the journal ({@code TA}, {@code JT}, {@code IS}, {@code JID}, {@code PL}),
 * or for a book record the book ({@code BTI}, {@code PB}, {@code PL}, {@code ISBN}).
 */
final class Venue {
    private static final Pattern ISSN = Pattern.compile("(\\S+)\\s*\\((print|electronic|linking)\\)",
            Pattern.CASE_INSENSITIVE);

    private String title;
    private String abbreviation;
    private String issnPrint;
    private String issnElectronic;
    private String issnLinking;
    private String nlmUniqueId;
    private String place;
    private String bookTitle;
    private String publisher;
    private final List<String> isbns = new ArrayList<>();

    /**
     * Takes a venue field.
     *
     * @return whether the value could be read (an ISSN must say which one it is)
     */
    boolean add(Field f) {
        String v = f.value();
        switch (f.tag()) {
            case "TA" -> abbreviation = v;
            case "JT" -> title = v;
            case "JID" -> nlmUniqueId = v;
            case "PL" -> place = v;
            case "BTI" -> bookTitle = v;
            case "PB" -> publisher = v;
            case "ISBN" -> isbns.add(v);
            case "IS" -> {
                return issn(v);
            }
            default -> throw new IllegalArgumentException("not a venue tag: " + f.tag());
        }
        return true;
    }

    static boolean isVenueTag(String tag) {
        return switch (tag) {
            case "TA", "JT", "JID", "PL", "BTI", "PB", "ISBN", "IS" -> true;
            default -> false;
        };
    }

    boolean isBook() {
        return bookTitle != null;
    }

    /** The book, for a book record, else {@code null}. */
    Book book(List<Contributor> editors) {
        return isBook() ? new Book(bookTitle, publisher, place, isbns, editors) : null;
    }

    /** The journal, or {@code null} for a book or when no journal field was given. */
    Journal journal() {
        if (isBook() || (title == null && abbreviation == null && issnPrint == null && issnElectronic == null
                && issnLinking == null && nlmUniqueId == null)) {
            return null;
        }
        return new Journal(title, abbreviation, null, issnPrint, issnElectronic, issnLinking, nlmUniqueId, place);
    }

    private boolean issn(String v) {
        Matcher m = ISSN.matcher(v);
        if (!m.matches()) {
            return false;
        }
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "print" -> issnPrint = m.group(1);
            case "electronic" -> issnElectronic = m.group(1);
            default -> issnLinking = m.group(1);
        }
        return true;
    }
}
