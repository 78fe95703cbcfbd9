package org.publd.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.publd.link.mesh.MeshFiles;
import org.publd.link.mesh.MeshResolver;
import org.publd.mapping.RecordMapper;
import org.publd.pipeline.RecordPipeline;
import org.publd.source.SourceParseException;
import org.publd.store.LoadPhase;
import org.publd.store.LoadPath;
import org.publd.store.StoreLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code publd load}: records into a TDB2 database, one named graph per record. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads PubMed records into a TDB2 database, one named graph per record.",
            "A record loaded again replaces its graph; a DeleteCitation drops it. Only whole records are committed:"
                + " after a failure, rerun the same load to complete it.",
            "A new database (absent or empty directory) can be bulk-loaded (--loader); an existing one is loaded in transactions."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    InputOptions in;

    @Mixin
    DatabaseOption db;

    @Mixin
    JobsOption jobs;

    @Mixin
    DumpOption dump;

    @Option(names = "--loader", paramLabel = "MODE", defaultValue = "auto",
            description = "One of ${COMPLETION-CANDIDATES}. auto (the default) or bulk: TDB2's parallel loader for a"
                    + " new database, transactions for an existing one; transactional: always transactions.")
    LoadPath loadPath;

    @Option(names = "--mesh", paramLabel = "FILE",
            description = "Resolve MeSH names given without UIs (MEDLINE text, page text) while loading, with this MeSH"
                    + " vocabulary: NLM's MeSH RDF (mesh.nt) or MeSH XML (desc20XX.xml, qual20XX.xml, supp20XX.xml),"
                    + " optionally gzipped; repeat for several files. Unresolved names are listed and kept as text.")
    List<Path> meshFiles;

    /** Times the whole command, the indexing and the dump after the last record included. */
    private final Clock clock;

    LoadCommand() {
        this(Clock.systemUTC());
    }

    LoadCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Instant started = clock.instant();
        RecordMapper mapper = in.mapper();
        // Read before the database is touched: a bad MeSH file stops the load before it starts.
        UnresolvedMeshNames unresolved = meshFiles == null ? null : new UnresolvedMeshNames();
        MeshResolver resolver = meshFiles == null ? null : new MeshResolver(MeshFiles.read(meshFiles), unresolved);
        RecordPipeline.Summary summary;
        try (Progress progress = Progress.forInput("load", RecordPipeline.totalSize(in.inputs))) {
            LoadPhase.Listener phases = phase -> progress.phase(phase.label());
            try (StoreLoader loader = StoreLoader.open(db.dir, loadPath, phases)) {
                RecordPipeline.Builder builder = in.pipeline(mapper, progress);
                if (resolver != null) {
                    builder.transform(resolver::resolve);
                }
                RecordPipeline pipeline = builder.build();
                try {
                    summary = pipeline.run(in.inputs, loader, jobs.count());
                } catch (SourceParseException e) {
                    // Strict mode stopped between records: those before the bad one are whole, so keep them.
                    loader.commit();
                    throw new SourceParseException(e.source(), e.recordNumber(), e.pmid(), e.line(),
                            e.problem() + " (the records before it are loaded; fix the input and rerun)", e);
                }
                loader.commit();
            }
            dump.refresh(db.dir, phases);
        }
        if (unresolved != null) {
            unresolved.print("load", System.err);
        }
        summary = summary.withElapsed(Duration.between(started, clock.instant()));
        System.err.println(SummaryLine.of("load", summary, unresolved == null ? -1 : unresolved.count()));
        return summary.errors() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
