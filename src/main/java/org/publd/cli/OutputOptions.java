package org.publd.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.publd.PubldException;
import org.publd.mapping.output.OutputFormat;
import picocli.CommandLine.Option;

/** The {@code -f/--format} and {@code -o/--output} options of the commands that write RDF. */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output: a file is replaced only when the run ends (a link's target,"
                    + " not the link); a device or FIFO is written as the run goes.")
    Path output;

    /** With the format the command writes when {@code -f} is not given. */
    OutputOptions(OutputFormat defaultFormat) {
        this.format = defaultFormat;
    }

    /** Runs {@code body} on standard output or, with {@code -o}, on a file that appears once {@code body} has returned. */
    <T> T write(AtomicFile.Body<T> body) {
        if (output != null) {
            return AtomicFile.write(output, body);
        }
        try {
            OutputStream out = new BufferedOutputStream(System.out, AtomicFile.BUFFER);
            T result = body.writeTo(out);
            out.flush();
            return result;
        } catch (IOException e) {
            throw new PubldException("cannot write output: " + e.getMessage(), e);
        }
    }
}
