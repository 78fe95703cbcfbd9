package org.publd.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MEDLINE's heading notation is read and written by one class, and what it writes reads back the same. */
class TestMeshNotation {
    @ParameterizedTest
    @ValueSource(strings = {"Humans", "*Ketamine", "Ketamine/*pharmacology",
        "*Antidepressive Agents/administration & dosage/pharmacology", "Receptors, N-Methyl-D-Aspartate/*antagonists & inhibitors"})
    void writtenAsRead(String text) {
        assertEquals(text, MeshNotation.format(MeshNotation.parse(text)));
    }

    @Test
    void readAsWritten() {
        MeshHeading h = new MeshHeading(Term.named("Ketamine"), true,
                List.of(new MeshHeading.Qualifier(Term.named("administration & dosage"), false),
                        new MeshHeading.Qualifier(Term.named("pharmacology"), true)));
        assertEquals(h, MeshNotation.parse(MeshNotation.format(h)));
    }

    @Test
    void starsMarkMajorTopics() {
        assertEquals(new MeshHeading(Term.named("Ketamine"), false,
                List.of(new MeshHeading.Qualifier(Term.named("pharmacology"), true))),
                MeshNotation.parse("Ketamine/*pharmacology"));
    }

    @Test
    void spaceAroundPartsIsNotPartOfTheNames() {
        assertEquals(MeshNotation.parse("*Ketamine/pharmacology"), MeshNotation.parse(" * Ketamine / pharmacology "));
    }

    @Test
    void emptyQualifiersAreLeftOut() {
        assertEquals(MeshNotation.parse("Ketamine/pharmacology"), MeshNotation.parse("Ketamine//pharmacology/"));
    }

    @Test
    void withoutADescriptorThereIsNoHeading() {
        assertNull(MeshNotation.parse(" /pharmacology"));
    }
}
