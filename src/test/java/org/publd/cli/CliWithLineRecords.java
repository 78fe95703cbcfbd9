package org.publd.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;
import org.publd.source.SourceRegistry;
import org.publd.store.LineRecords;
import picocli.CommandLine;

/**
 * {@code publd} reading the test-only {@link LineRecords} format besides the built-in ones, given to
 * the command line as its registry (the built-in registry is left alone); {@link #main} runs it in a
 * child JVM.
 */
public final class CliWithLineRecords {
    /** The built-in formats and {@link LineRecords}. */
    static final SourceRegistry FORMATS = SourceRegistry.standard().with(new LineRecords());

    private CliWithLineRecords() {
    }

    public static void main(String[] args) {
        System.exit(Main.run(FORMATS, args));
    }

    /** What one in-process run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static synchronized Run run(String... args) {
        return capture(() -> Main.run(FORMATS, args));
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
