package org.publd.source.notation;

import java.util.ArrayList;
import java.util.List;
import org.publd.record.MeshHeading;
import org.publd.record.Term;

/**
 * MEDLINE's {@code MH} notation: descriptor and qualifiers joined by slashes, a star before each
 * major topic: {@code *Antidepressive Agents/administration & dosage/pharmacology},
 * {@code Ketamine/*pharmacology}. PubLD keeps a heading named without MeSH UIs in this notation
 * ({@code publd:meshHeadingText}), so the MeSH linker reads it back with the same parser.
 *
 * <pre>
 * MeshNotation.parse("Ketamine/*pharmacology"); // Ketamine, not major; pharmacology, major
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

    private static Named named(String part) {
        String p = part.strip();
        boolean major = p.startsWith("*");
        String name = (major ? p.substring(1) : p).strip();
        return name.isEmpty() ? null : new Named(name, major);
    }

    private record Named(String name, boolean major) {
    }
}
