package org.publd.source.medline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publd.record.AbstractText;

/**
 * Recovers the sections of a structured abstract, which MEDLINE flattens into one paragraph
 * ({@code BACKGROUND: ... METHODS: ... RESULTS: ...}).
 *
 * <p>Only an abstract that starts with a label is split, and only at capitalised labels that follow
 * the end of a sentence, so that a colon inside an unstructured abstract never splits it.
 */
final class StructuredAbstract {
    private static final String LABEL = "([A-Z][A-Z0-9]*(?:[ ,&/'-]+[A-Z0-9]+)*):\\s+";
    private static final Pattern FIRST = Pattern.compile("^" + LABEL);
    private static final Pattern NEXT = Pattern.compile("(?<=[.?!)\\]])\\s+" + LABEL);

    private StructuredAbstract() {
    }

    static AbstractText parse(String text) {
        String t = text.strip();
        Matcher first = FIRST.matcher(t);
        if (!first.find() || first.group(1).length() < 3) {
            return new AbstractText(null, List.of(new AbstractText.Section(null, t)));
        }
        List<AbstractText.Section> sections = new ArrayList<>();
        String label = first.group(1);
        int start = first.end();
        Matcher next = NEXT.matcher(t);
        int from = start;
        while (next.find(from)) {
            if (next.group(1).length() < 3) {
                from = next.end();
                continue;
            }
            sections.add(new AbstractText.Section(label, t.substring(start, next.start()).strip()));
            label = next.group(1);
            start = next.end();
            from = start;
        }
        sections.add(new AbstractText.Section(label, t.substring(start).strip()));
        return new AbstractText(null, sections);
    }
}
