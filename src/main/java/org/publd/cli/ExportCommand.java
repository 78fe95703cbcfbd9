package org.publd.cli;

import java.util.concurrent.Callable;
import org.publd.mapping.output.OutputFormat;
import org.publd.store.StoreExport;
import org.publd.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code publd export}: the whole database as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole database as RDF.",
            "Quad formats (nquads, trig, jsonld) keep one named graph per record;"
                + " triple formats (turtle, ntriples, rdfxml) hold their union, each triple once."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Mixin
    OutputOptions output = new OutputOptions(OutputFormat.NQUADS);

    @Override
    public Integer call() {
        try (Tdb2Store store = Tdb2Store.open(db.dir)) {
            output.write(out -> {
                StoreExport.write(store.dataset(), output.format, out);
                return null;
            });
        }
        return ExitCodes.OK;
    }
}
