package org.publd.source.page;

import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a list section. The page marks each with a {@code -} line (or a {@code - } prefix);
 * an entry is the text up to the next mark, its lines joined by spaces. A list saved without marks
 * has one entry per line.
 */
final class ListEntries {
    private ListEntries() {
    }

    static List<Line> of(List<Line> lines) {
        boolean marked = lines.stream().anyMatch(l -> l.text().equals("-") || l.text().startsWith("- "));
        if (!marked) {
            return lines;
        }
        List<Line> entries = new ArrayList<>();
        StringBuilder text = null;
        int number = 0;
        for (Line l : lines) {
            if (l.text().equals("-") || l.text().startsWith("- ")) {
                add(entries, text, number);
                text = new StringBuilder(l.text().substring(1).strip());
                number = l.number();
            } else if (text != null) {
                text.append(text.isEmpty() ? "" : " ").append(l.text());
            }
        }
        add(entries, text, number);
        return entries;
    }

    private static void add(List<Line> entries, StringBuilder text, int number) {
        if (text != null && !text.isEmpty()) {
            entries.add(new Line(text.toString(), number));
        }
    }
}
