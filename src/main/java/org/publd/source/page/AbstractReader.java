package org.publd.source.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publd.record.AbstractText;

/**
 * Reads the page's abstract: one section per paragraph line. A structured abstract shows each label
 * either on a line of its own ({@code Background:}) or before the paragraph ({@code Methods: We...});
 * the label then opens the paragraph that follows it. A {@code Keywords:} line holds keywords, not text.
 */
final class AbstractReader {
    // A label: a capitalised phrase of at most six words, no sentence punctuation, then a colon.
    private static final String LABEL = "(\\p{Lu}[\\p{L}\\p{N}'&/,()-]*(?: [\\p{L}\\p{N}'&/,()-]+){0,5}):";
    private static final Pattern ALONE = Pattern.compile(LABEL);
    private static final Pattern INLINE = Pattern.compile(LABEL + "\\s+(\\S.*)");
    private static final Pattern KEYWORDS = Pattern.compile("Keywords?:\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_ABSTRACT = Pattern.compile("No abstract available\\.?", Pattern.CASE_INSENSITIVE);

    private final List<AbstractText.Section> sections = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();

    /** Reads the lines under the "Abstract" heading. */
    AbstractReader(List<Line> lines) {
        // A colon early in a paragraph of an unstructured abstract is no label: labels come in sets,
        // or stand alone on their line.
        long labelled = lines.stream().filter(l -> !isKeywords(l) && (ALONE.matcher(l.text()).matches()
                || INLINE.matcher(l.text()).matches())).count();
        boolean structured = labelled >= 2
                || lines.stream().anyMatch(l -> !isKeywords(l) && ALONE.matcher(l.text()).matches());
        String label = null;
        for (Line l : lines) {
            String t = l.text();
            Matcher keywordLine = KEYWORDS.matcher(t);
            Matcher alone = ALONE.matcher(t);
            Matcher inline = INLINE.matcher(t);
            if (keywordLine.matches()) {
                keywords(keywordLine.group(1));
            } else if (NO_ABSTRACT.matcher(t).matches()) {
                continue;
            } else if (structured && alone.matches()) {
                flush(label);
                label = alone.group(1);
            } else if (structured && inline.matches()) {
                flush(label);
                sections.add(new AbstractText.Section(inline.group(1), inline.group(2).strip()));
                label = null;
            } else {
                sections.add(new AbstractText.Section(label, t));
                label = null;
            }
        }
        flush(label);
    }

    /** The abstract, or {@code null} when the page shows none. */
    AbstractText abstractText() {
        return sections.isEmpty() ? null : new AbstractText(null, sections);
    }

    List<String> keywords() {
        return keywords;
    }

    private static boolean isKeywords(Line l) {
        return KEYWORDS.matcher(l.text()).matches();
    }

    // A label with no paragraph after it still belongs to the abstract.
    private void flush(String label) {
        if (label != null) {
            sections.add(new AbstractText.Section(label, ""));
        }
    }

    private void keywords(String text) {
        for (String k : text.split(";")) {
            String kw = k.strip();
            if (kw.endsWith(".")) {
                kw = kw.substring(0, kw.length() - 1).strip();
            }
            if (!kw.isEmpty()) {
                keywords.add(kw);
            }
        }
    }
}
