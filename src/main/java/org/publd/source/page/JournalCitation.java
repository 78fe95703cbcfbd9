package org.publd.source.page;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publd.record.Article;
import org.publd.record.Journal;
import org.publd.record.PubDate;
import org.publd.source.notation.DateNotation;

/**
 * A journal citation as PubMed prints it:
 * {@code Biol Psychiatry. 2011 Apr 15;69(8):754-61. doi: 10.1016/j.biopsych.2010.12.015. Epub 2011 Feb 3.}
 *
 * @param journal the journal abbreviation
 * @param issued  the publication date, at the precision written
 * @param volume  the volume, or {@code null}
 * @param issue   the issue, or {@code null}
 * @param pages   the pages (or electronic location) as written, or {@code null}
 * @param doi     the DOI, or {@code null}
 * @param epub    the electronic publication date ({@code Epub 2011 Feb 3}), or {@code null} when not a whole day
 */
record JournalCitation(String journal, PubDate issued, String volume, String issue, String pages, String doi,
                       LocalDate epub) {
    // A copied page may keep a space before the period: "Science . 2010 Aug 20;..."
    private static final Pattern START = Pattern.compile("([^.;:]+?)\\s?\\.\\s+(\\d{4}[^;:.]*)(.*)");
    private static final Pattern LOCATION = Pattern.compile("(?:;(?<vi>[^:.]*))?(?::(?<pages>.+?))?\\.(?:\\s+(?<tail>.*))?");
    private static final Pattern VOLUME_ISSUE = Pattern.compile("([^(]*)(?:\\((.*)\\))?");
    private static final Pattern DOI = Pattern.compile("\\bdoi:\\s*(\\S+?)\\.?(?=\\s|$)");
    private static final Pattern EPUB = Pattern.compile("\\bEpub (\\d{4}(?: [A-Za-z]+)?(?: \\d{1,2})?)\\b");

    /** The citation, or {@code null} when the text does not start with a journal and a date. */
    static JournalCitation parse(String text) {
        Matcher m = START.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String journal = m.group(1).strip();
        PubDate issued = DateNotation.parse(m.group(2));
        String rest = m.group(3).strip();
        Matcher loc = LOCATION.matcher(rest);
        String volume = null;
        String issue = null;
        String pages = null;
        String tail = rest;
        if (loc.matches()) {
            if (loc.group("vi") != null) {
                Matcher vi = VOLUME_ISSUE.matcher(loc.group("vi").strip());
                if (vi.matches()) {
                    String[] v = splitSupplement(vi.group(1).strip());
                    volume = v[0];
                    issue = vi.group(2) != null ? blankToNull(vi.group(2).strip()) : v[1];
                }
            }
            pages = loc.group("pages") == null ? null : blankToNull(loc.group("pages").strip());
            tail = loc.group("tail") == null ? "" : loc.group("tail");
        }
        Matcher doi = DOI.matcher(tail);
        Matcher epub = EPUB.matcher(tail);
        return new JournalCitation(journal, issued, volume, issue, pages, doi.find() ? doi.group(1) : null,
                epub.find() ? DateNotation.day(epub.group(1)) : null);
    }

    /** Whether this reads as the citation of a published article: an exact date and a volume or pages. */
    boolean isComplete() {
        return issued != null && issued.text() == null && (volume != null || pages != null);
    }

    /** Puts what the citation says on a work. */
    void describe(Article.Builder work) {
        work.journal(new Journal(null, journal, null, null, null, null, null, null))
                .issued(issued).volume(volume).issue(issue).pages(pages).available(epub);
        if (doi != null) {
            work.doi(doi);
        }
    }

    // "26 Suppl 1": PubMed prints a supplement after the volume, where an issue would go in parentheses.
    private static String[] splitSupplement(String volume) {
        int space = volume.indexOf(' ');
        if (space < 0) {
            return new String[] {blankToNull(volume), null};
        }
        return new String[] {volume.substring(0, space), volume.substring(space + 1).strip()};
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
