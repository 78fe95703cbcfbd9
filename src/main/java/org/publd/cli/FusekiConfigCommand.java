package org.publd.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.publd.store.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code publd fuseki-config}: the assembler file stock Fuseki serves a PubLD database and its search index with. */
@Command(name = "fuseki-config", mixinStandardHelpOptions = true,
        description = {"Writes the configuration (a Jena assembler file) that stock Apache Jena Fuseki 5.6.0 serves the"
                + " database with, its full-text index included, at /ds:",
            "  java -jar jena-fuseki-server-5.6.0.jar --config FILE"})
final class FusekiConfigCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output (replaced only when complete).")
    Path output;

    @Override
    public Integer call() {
        OutputOptions out = new OutputOptions(null);
        out.output = output;
        out.write(stream -> {
            stream.write(("# Stock Apache Jena Fuseki 5.6.0 over the PubLD database " + db.dir.toAbsolutePath().normalize()
                    + ", with its full-text index:\n#   java -jar jena-fuseki-server-5.6.0.jar --config FILE\n")
                    .getBytes(StandardCharsets.UTF_8));
            RDFDataMgr.write(stream, SearchIndex.assemblerFor(db.dir), Lang.TURTLE);
            return null;
        });
        return ExitCodes.OK;
    }
}
