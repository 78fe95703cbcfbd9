package org.publd.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.publd.PubldException;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.output.OutputFormat;
import org.publd.mapping.output.RdfWriters;
import org.publd.mapping.vocab.Prefixes;
import org.publd.pipeline.FileMapper;
import org.publd.pipeline.RecordPipeline;
import org.publd.pipeline.WriterHandOff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code publd map}: records to RDF on standard output or a file, or one N-Quads file per input. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Maps PubMed records to RDF.",
            "Triple formats (turtle, ntriples, rdfxml) hold the union of the record graphs;"
                + " quad formats (trig, nquads, jsonld) keep one named graph per record."})
final class MapCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(MapCommand.class);

    @Mixin
    InputOptions in;

    @Mixin
    OutputOptions output = new OutputOptions(OutputFormat.TURTLE);

    @Mixin
    JobsOption jobs;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Write one gzipped N-Quads file per input into DIR (pubmed26n0001.xml.gz: pubmed26n0001.nq.gz),"
                    + " the PMIDs it deletes beside it (pubmed26n0001.deletions.txt) and " + FileMapper.MANIFEST
                    + " (records, quads, deletions, errors per input); each file appears whole. Not with -o.")
    Path outDir;

    @Override
    public Integer call() {
        RecordMapper mapper = in.mapper();
        RecordPipeline.Summary summary;
        if (outDir != null) {
            OptionCheck.require(in.command, output.output == null, "--out-dir and -o cannot be given together");
            OptionCheck.require(in.command, !in.command.commandLine().getParseResult().hasMatchedOption("--format")
                    || output.format == OutputFormat.NQUADS, "--out-dir writes gzipped N-Quads: -f can only be nquads");
            summary = mapToDirectory(mapper);
        } else {
            summary = output.write(out -> map(output.format, mapper, out));
        }
        System.err.println(SummaryLine.of("map", summary));
        return summary.errors() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private RecordPipeline.Summary map(OutputFormat fmt, RecordMapper mapper, OutputStream out) {
        long total = RecordPipeline.totalSize(in.inputs);
        try (Progress progress = Progress.forInput("map", total);
             WriterHandOff writer = new WriterHandOff(RdfWriters.records(fmt, out, Prefixes.standard()))) {
            RecordPipeline pipeline = in.pipeline(mapper, progress).build();
            ListedDeletions sink = new ListedDeletions(writer);
            sink.start();
            RecordPipeline.Summary summary = pipeline.run(in.inputs, sink, jobs.count());
            sink.finish();
            out.flush();
            if (sink.warning() != null) {
                LOG.warn("{}", sink.warning());
            }
            return summary;
        } catch (IOException e) {
            throw new PubldException("cannot write output: " + e.getMessage(), e);
        }
    }

    private RecordPipeline.Summary mapToDirectory(RecordMapper mapper) {
        Map<String, String> stems = new HashMap<>();
        for (String input : in.inputs) {
            OptionCheck.require(in.command, !"-".equals(input), "--out-dir maps files: standard input ('-') has no file name");
            String other = stems.put(FileMapper.stem(input), input);
            OptionCheck.require(in.command, other == null,
                    "--out-dir: " + other + " and " + input + " would both write " + FileMapper.quadsFile(input));
        }
        Instant started = Instant.now();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new PubldException(outDir + ": cannot create the output directory: " + e.getMessage(), e);
        }
        List<FileMapper.Entry> entries;
        try (Progress progress = Progress.forInput("map", RecordPipeline.totalSize(in.inputs))) {
            FileMapper mapping = new FileMapper(in.pipeline(mapper, progress).build());
            entries = mapping.mapAll(in.inputs.stream().map(Path::of).toList(), outDir, jobs.count());
        }
        AtomicFile.write(outDir.resolve(FileMapper.MANIFEST), out -> {
            FileMapper.writeManifest(entries, out);
            return null;
        });
        long deletions = entries.stream().mapToLong(FileMapper.Entry::deletions).sum();
        if (deletions > 0) {
            LOG.warn("{} listed (DeleteCitation) in {}/*{}; map does not apply them", SummaryLine.count(deletions, "deletion"),
                    outDir, FileMapper.DELETIONS_EXTENSION);
        }
        return new RecordPipeline.Summary(entries.size(), entries.stream().mapToLong(FileMapper.Entry::records).sum(),
                entries.stream().mapToLong(FileMapper.Entry::quads).sum(), deletions,
                entries.stream().mapToLong(FileMapper.Entry::errors).sum(), Duration.between(started, Instant.now()));
    }
}
