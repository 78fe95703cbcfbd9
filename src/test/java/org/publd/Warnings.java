package org.publd;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What PubLD logs while a piece of code runs: slf4j-simple writes to whatever System.err is at the time. */
public final class Warnings {
    private Warnings() {
    }

    /** Code that may throw anything. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** Everything logged while {@code action} ran. */
    public static synchronized String during(Action action) throws Exception {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            action.run();
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
