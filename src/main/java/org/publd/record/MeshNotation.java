package org.publd.record;

import java.util.ArrayList;
import java.util.List;

/**
 * MEDLINE's {@code MH} notation of a MeSH heading, both ways: descriptor and qualifiers joined by
 * slashes, a star before each major topic: {@code *Antidepressive Agents/administration & dosage/pharmacology},
 * {@code Ketamine/*pharmacology}. MEDLINE text and saved pages name headings this way, and PubLD keeps
 * a heading named without MeSH UIs in it ({@code publd:meshHeadingText}) for the MeSH linker to read
 * back, so printing and parsing live together: {@code parse(format(h))} gives {@code h} back, UIs aside.
 *
 * <pre>
 * MeshNotation.parse("Ketamine/*pharmacology"); // Ketamine, not major; pharmacology, major
 * MeshNotation.format(heading);                 // "Ketamine/*pharmacology"
 * </pre>
 */
public final class MeshNotation {
    private MeshNotation() {
    }

    /** The heading, its terms named only (the text gives no MeSH UI); {@code null} without a descriptor. */
    public static MeshHeading parse(String text) {
        String[] parts = text.split("/");
        Named descriptor = named(parts[0]);
        if (descriptor == null) {
            return null;
        }
        List<MeshHeading.Qualifier> qualifiers = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            Named q = named(parts[i]);
            if (q != null) {
                qualifiers.add(new MeshHeading.Qualifier(Term.named(q.name()), q.major()));
            }
        }
        return new MeshHeading(Term.named(descriptor.name()), descriptor.major(), qualifiers);
    }

    /** The heading in the notation, by its terms' names: {@code *Ketamine/pharmacology}, {@code Ketamine/*pharmacology}. */
    public static String format(MeshHeading heading) {
        StringBuilder sb = new StringBuilder();
        if (heading.majorTopic()) {
            sb.append('*');
        }
        sb.append(heading.descriptor().name());
        for (MeshHeading.Qualifier q : heading.qualifiers()) {
            sb.append('/');
            if (q.majorTopic()) {
                sb.append('*');
            }
            sb.append(q.term().name());
        }
        return sb.toString();
    }

    private static Named named(String part) {
        String p = part.strip();
        boolean major = p.startsWith("*");
        String name = (major ? p.substring(1) : p).strip();
        return name.isEmpty() ? null : new Named(name, major);
    }

    private record Named(String name, boolean major) {
    }
}
