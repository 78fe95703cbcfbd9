package org.publd.source.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A saved page cut at its headings.
 *
 * @param head     the lines before the first heading: title and identifiers
 * @param sections the sections, in page order
 */
record Page(List<Line> head, List<Section> sections) {
    Page {
        head = List.copyOf(head);
        sections = List.copyOf(sections);
    }

    /** One heading and the non-blank lines under it. */
    record Section(Heading heading, Line headingLine, List<Line> lines) {
        Section {
            lines = List.copyOf(lines);
        }
    }

    /** Cuts the text, given as lines, at every line that is a known heading. */
    static Page of(List<String> lines) {
        List<Line> head = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        Heading heading = null;
        Line headingLine = null;
        List<Line> body = head;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) {
                continue;
            }
            Heading h = Heading.of(t);
            if (h != null) {
                if (heading != null) {
                    sections.add(new Section(heading, headingLine, body));
                }
                heading = h;
                headingLine = new Line(t, i + 1);
                body = new ArrayList<>();
            } else {
                body.add(new Line(t, i + 1));
            }
        }
        if (heading != null) {
            sections.add(new Section(heading, headingLine, body));
        }
        return new Page(head, sections);
    }
}
