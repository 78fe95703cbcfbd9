package org.publd.source.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whitespace collapsing across the chunks a parser hands over. */
class TestTextBuffer {
    private static String collect(List<String> chunks) {
        TextBuffer buffer = new TextBuffer();
        for (String chunk : chunks) {
            char[] chars = ("#" + chunk + "#").toCharArray();
            buffer.append(chars, 1, chunk.length());
        }
        return buffer.result();
    }

    static Stream<Arguments> chunks() {
        return Stream.of(
                Arguments.of(List.of("a b"), "a b"),
                Arguments.of(List.of("  a  b  "), "a b"),
                Arguments.of(List.of("a\n\t b"), "a b"),
                Arguments.of(List.of("a", "b"), "ab"),
                Arguments.of(List.of("a ", "b"), "a b"),
                Arguments.of(List.of("a", " b"), "a b"),
                Arguments.of(List.of("a ", " ", "  b"), "a b"),
                Arguments.of(List.of("  a", " ", " b ", "c ", ""), "a b c"),
                Arguments.of(List.of(" ", "a"), "a"));
    }

    @ParameterizedTest
    @MethodSource("chunks")
    void collapsesWhitespaceAcrossChunks(List<String> chunks, String expected) {
        assertEquals(expected, collect(chunks));
    }

    @Test
    void onlyWhitespaceIsNoText() {
        assertNull(collect(List.of(" \n", "\t", " ")));
    }

    @Test
    void otherSpacesAreContent() {
        assertEquals("a\u00a0\u00a0b\u2009c", collect(List.of("a\u00a0\u00a0b\u2009c")));
    }

    @Test
    void normalForm() {
        assertTrue(TextBuffer.isNormal("a b c".toCharArray(), 0, 5));
        assertFalse(TextBuffer.isNormal("a  b".toCharArray(), 0, 4));
        assertFalse(TextBuffer.isNormal(" a".toCharArray(), 0, 2));
        assertFalse(TextBuffer.isNormal("a\nb".toCharArray(), 0, 3));
    }

    @Test
    void normalTextAppendedAfterCollectedText() {
        TextBuffer buffer = new TextBuffer();
        buffer.append("a ".toCharArray(), 0, 2);
        buffer.append("b");
        assertEquals("a b", buffer.result());
    }
}
