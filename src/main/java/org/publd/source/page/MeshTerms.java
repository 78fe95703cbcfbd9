package org.publd.source.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.publd.record.MeshHeading;
import org.publd.record.Term;

/**
 * The page's MeSH terms: {@code Ketamine / pharmacology*}, {@code Antidepressive Agents*}, a star
 * after a name marking a major topic. The page gives one line per descriptor/qualifier pair;
 * lines with the same descriptor make one heading, as in the other formats.
 */
final class MeshTerms {
    private MeshTerms() {
    }

    static List<MeshHeading> parse(List<Line> entries) {
        Map<String, Draft> headings = new LinkedHashMap<>();
        for (Line entry : entries) {
            String[] parts = entry.text().split("\\s*/\\s*");
            Named descriptor = named(parts[0]);
            if (descriptor == null) {
                continue;
            }
            Draft d = headings.computeIfAbsent(descriptor.name(), k -> new Draft());
            d.major |= descriptor.major();
            for (int i = 1; i < parts.length; i++) {
                Named q = named(parts[i]);
                if (q != null) {
                    d.qualifiers.add(new MeshHeading.Qualifier(Term.named(q.name()), q.major()));
                }
            }
        }
        List<MeshHeading> out = new ArrayList<>();
        headings.forEach((name, d) -> out.add(new MeshHeading(Term.named(name), d.major, d.qualifiers)));
        return out;
    }

    // The page puts the star after the name; MEDLINE's leading star is accepted too.
    private static Named named(String part) {
        String p = part.strip();
        boolean major = p.endsWith("*") || p.startsWith("*");
        String name = p.replaceAll("^\\*|\\*$", "").strip();
        return name.isEmpty() ? null : new Named(name, major);
    }

    private record Named(String name, boolean major) {
    }

    private static final class Draft {
        boolean major;
        final List<MeshHeading.Qualifier> qualifiers = new ArrayList<>();
    }
}
