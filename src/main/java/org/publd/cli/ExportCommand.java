package org.publd.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.publd.PubldException;
import org.publd.mapping.output.OutputFormat;
import org.publd.store.StoreExport;
import org.publd.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code publd export}: the whole database as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole database as RDF.",
            "Quad formats (nquads, trig, jsonld) keep one named graph per record;"
                + " triple formats (turtle, ntriples, rdfxml) hold their union, each triple once."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "nquads",
            description = "Output format: turtle, trig, ntriples, nquads, jsonld, rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only when the export ends) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        OutputFormat fmt = OutputFormat.byName(format);
        try (Tdb2Store store = Tdb2Store.open(db.dir)) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
                StoreExport.write(store.dataset(), fmt, out);
                out.flush();
            } else {
                writeFile(store, fmt);
            }
        }
        return ExitCodes.OK;
    }

    // Beside the target, then moved into place: a failed export leaves no half-written file.
    private void writeFile(Tdb2Store store, OutputFormat fmt) {
        Path target = output.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                StoreExport.write(store.dataset(), fmt, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new PubldException(output + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                tmp.toFile().delete();
            }
        }
    }
}
