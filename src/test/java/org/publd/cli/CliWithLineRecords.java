package org.publd.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;
import org.publd.source.SourceRegistry;
import org.publd.store.LineRecords;
import picocli.CommandLine;

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
        return capture(() -> Main.run(args));
    }

    /** A command that is not (yet) wired under {@link Main}, run with Main's error handling. */
    static synchronized Run runCommand(Object command, String... args) {
        return capture(() -> {
            CommandLine cli = new CommandLine(command);
            ErrorReporter reporter = new ErrorReporter(false);
            cli.setExecutionExceptionHandler(reporter);
            cli.setParameterExceptionHandler(reporter);
            return cli.execute(args);
        });
    }

    private static Run capture(IntSupplier command) {
        register();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = command.getAsInt();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
