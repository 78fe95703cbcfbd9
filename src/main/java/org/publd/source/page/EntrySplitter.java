package org.publd.source.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the title of a list entry ends and its citation begins. The page runs them together
 * ({@code ...antidepressants?Science. 2010 Aug 20;...}), and a title may itself contain periods, so
 * the split is found from the other end: the entry closes with a short citation repeating the
 * journal abbreviation ({@code Science. 2010.}), and the full citation is the last place before it
 * where that abbreviation is followed by a year.
 */
final class EntrySplitter {
    // Journal abbreviations in PubMed have no periods; the short citation ends the text.
    private static final Pattern SHORT = Pattern.compile("(?:^|\\.\\s)([^.]+?)\\s?\\.\\s(\\d{4})\\.?$");

    private EntrySplitter() {
    }

    /**
     * The parts of an entry's text with its {@code PMID} and notes already removed.
     *
     * @param title    the text before the citation, as written, or {@code null} when there is none
     * @param citation the full citation, from the journal to the end of its DOI or Epub date
     */
    record Split(String title, String citation) {
    }

    /** The split, or {@code null} when the text does not end with a short citation naming its journal again. */
    static Split split(String text) {
        String t = text.strip();
        Matcher shortCitation = SHORT.matcher(t);
        if (!shortCitation.find()) {
            return null;
        }
        String journal = shortCitation.group(1).strip();
        String before = t.substring(0, shortCitation.start(1)).strip();
        int start = lastCitationStart(before, journal, true);
        if (start < 0) {
            start = lastCitationStart(before, journal, false);
        }
        if (start < 0) {
            return null;
        }
        String title = before.substring(0, start).strip();
        return new Split(title.isEmpty() ? null : title, before.substring(start).strip());
    }

    /** The last index where {@code journal} is followed by a year and, if asked, preceded by no letter or digit. */
    private static int lastCitationStart(String text, String journal, boolean atBoundary) {
        Pattern start = Pattern.compile(Pattern.quote(journal) + "\\s?\\.\\s\\d{4}");
        Matcher m = start.matcher(text);
        int found = -1;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int i = m.start();
            if (!atBoundary || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                found = i;
            }
            from = i + 1;
        }
        return found;
    }
}
