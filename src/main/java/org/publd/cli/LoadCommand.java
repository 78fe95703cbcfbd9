package org.publd.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordPipeline;
import org.publd.source.SourceParseException;
import org.publd.store.StoreLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code publd load}: records into a TDB2 database, one named graph per record. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads PubMed records into a TDB2 database, one named graph per record.",
            "A record loaded again replaces its graph; a DeleteCitation drops it. Only whole records are committed:"
                + " after a failure, rerun the same load to complete it.",
            "A new database (absent or empty directory) is bulk-loaded; an existing one in transactions."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    InputOptions in;

    @Mixin
    DatabaseOption db;

    @Option(names = "--no-bulk", description = "Load a new database in transactions too, instead of with the bulk loader.")
    boolean noBulk;

    @Override
    public Integer call() {
        RecordMapper mapper = in.mapper();
        RecordPipeline.Summary summary;
        try (Progress progress = Progress.forInput("load", totalSize());
             StoreLoader loader = StoreLoader.open(db.dir, mapper.iris(), !noBulk)) {
            RecordPipeline pipeline = in.pipeline(mapper, progress).onDeletions(loader::delete).build();
            try {
                summary = pipeline.run(in.inputs, loader.sink());
            } catch (SourceParseException e) {
                // Strict mode stopped between records: those before the bad one are whole, so keep them.
                loader.commit();
                throw new SourceParseException(e.source(), e.recordNumber(), e.pmid(), e.line(),
                        e.problem() + " (the records before it are loaded; fix the input and rerun)", e);
            }
            loader.commit();
        }
        System.err.println(SummaryLine.of("load", summary));
        return summary.errors() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private long totalSize() {
        long total = 0;
        for (String name : in.inputs) {
            try {
                total += "-".equals(name) ? 0 : Files.size(Path.of(name));
            } catch (java.io.IOException | RuntimeException e) {
                // a missing input is reported when it is read
            }
        }
        return total;
    }
}
