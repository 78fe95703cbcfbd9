package org.publd.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.publd.source.SourceRegistry;
import org.publd.store.LineRecords;

/**
 * {@code publd} with the test-only {@link LineRecords} format registered, standing in for PubMed XML
 * until its parser is merged; {@link #main} runs it in a child JVM.
 */
public final class CliWithLineRecords {
    private static boolean registered;

    private CliWithLineRecords() {
    }

    static synchronized void register() {
        if (!registered) {
            SourceRegistry.standard().register(new LineRecords());
            registered = true;
        }
    }

    public static void main(String[] args) {
        register();
        System.exit(Main.run(args));
    }

    /** What one in-process run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static synchronized Run run(String... args) {
        register();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
