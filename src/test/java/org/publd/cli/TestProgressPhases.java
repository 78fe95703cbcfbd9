package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a load does after its input is read is said, on a line each when stderr is no terminal. */
class TestProgressPhases {
    private static String said(long inputBytes) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Progress p = Progress.forInput("load", inputBytes, false, new PrintStream(err, true, StandardCharsets.UTF_8))) {
            p.phase("indexing");
            p.phase("writing the dump");
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLargeInputsPhasesAreALineEach() {
        assertEquals("publd load: indexing\npubld load: writing the dump\n", said(64L << 20).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aSmallInputStaysQuiet() {
        assertEquals("", said(1000));
    }
}
