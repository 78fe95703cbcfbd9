package org.publd.source.medline;

import java.util.ArrayList;
import java.util.List;
import org.publd.record.MeshHeading;
import org.publd.record.Term;

/**
 * MEDLINE's {@code MH} notation: descriptor and qualifiers joined by slashes, a star before each
 * major topic: {@code *Antidepressive Agents/administration & dosage/pharmacology},
 * {@code Ketamine/*pharmacology}.
 */
final class MeshNotation {
    private MeshNotation() {
    }

    /** The heading, its terms named only (the text gives no MeSH UI); {@code null} without a descriptor. */
    static MeshHeading parse(String text) {
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
