package org.publd.record;

import java.util.List;
import java.util.Objects;

/**
 * A MeSH heading: a descriptor with optional qualifiers (subheadings).
 *
 * @param descriptor the descriptor
 * @param majorTopic whether the descriptor itself is a major topic of the work
 * @param qualifiers the qualifiers, in record order
 */
public record MeshHeading(Term descriptor, boolean majorTopic, List<Qualifier> qualifiers) {
    public MeshHeading {
        Objects.requireNonNull(descriptor, "descriptor");
        qualifiers = List.copyOf(qualifiers);
    }

    /** A qualifier of a heading; major when the descriptor/qualifier pair is a major topic. */
    public record Qualifier(Term term, boolean majorTopic) {
        public Qualifier {
            Objects.requireNonNull(term, "term");
        }
    }
}
