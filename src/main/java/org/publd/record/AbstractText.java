package org.publd.record;

import java.util.List;

/**
 * One abstract of a work: the main one, or another-language abstract.
 *
 * @param language ISO 639-2 language code of the abstract ({@code eng}, {@code spa}); {@code null}
 *                 when the record does not say (the mapping then assumes English)
 * @param sections the paragraphs, in order; an unstructured abstract has one unlabelled section
 */
public record AbstractText(String language, List<Section> sections) {
    public AbstractText {
        sections = List.copyOf(sections);
    }

    /** One paragraph of an abstract, with its label ({@code BACKGROUND}) when structured. */
    public record Section(String label, String text) {
    }
}
