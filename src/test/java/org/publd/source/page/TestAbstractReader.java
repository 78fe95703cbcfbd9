package org.publd.source.page;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.record.AbstractText.Section;

class TestAbstractReader {
    private static AbstractReader read(String text) {
        List<Line> lines = new ArrayList<>();
        text.lines().filter(l -> !l.isBlank()).forEach(l -> lines.add(new Line(l.strip(), lines.size() + 1)));
        return new AbstractReader(lines);
    }

    @Test
    void labelsOnLinesOfTheirOwn() {
        assertEquals(List.of(
                new Section("Background", "Ketamine acts fast."),
                new Section("Methods", "We studied rats."),
                new Section("Results", "Synapses grew.")), read("""
                Background:
                Ketamine acts fast.
                Methods:
                We studied rats.
                Results:
                Synapses grew.
                """).abstractText().sections());
    }

    @Test
    void labelsBeforeTheirParagraph() {
        assertEquals(List.of(
                new Section("Objective", "To test it."),
                new Section("Materials and methods", "Rats: twenty.")), read("""
                Objective: To test it.
                Materials and methods: Rats: twenty.
                """).abstractText().sections());
    }

    @Test
    void secondParagraphUnderALabelHasNoLabel() {
        assertEquals(List.of(new Section("Background", "One."), new Section(null, "Two.")), read("""
                Background:
                One.
                Two.
                """).abstractText().sections());
    }

    @Test
    void oneColonInAnUnstructuredAbstractIsNoLabel() {
        assertEquals(List.of(new Section(null, "We asked: does it work? It does.")),
                read("We asked: does it work? It does.").abstractText().sections());
    }

    @Test
    void keywordsLineIsNotText() {
        AbstractReader r = read("""
                Ketamine acts fast.
                Keywords: ketamine; mTOR; synaptogenesis.
                """);
        assertAll(
                () -> assertEquals(List.of(new Section(null, "Ketamine acts fast.")), r.abstractText().sections()),
                () -> assertEquals(List.of("ketamine", "mTOR", "synaptogenesis"), r.keywords()));
    }

    @Test
    void noAbstractAvailable() {
        assertNull(read("No abstract available.").abstractText());
    }
}
