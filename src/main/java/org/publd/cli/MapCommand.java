package org.publd.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.jena.riot.system.StreamRDF;
import org.publd.PubldException;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.output.OutputFormat;
import org.publd.mapping.output.RdfWriters;
import org.publd.mapping.vocab.Prefixes;
import org.publd.pipeline.RecordPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code publd map}: records to RDF on standard output or a file. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Maps PubMed records to RDF.",
            "Triple formats (turtle, ntriples, rdfxml) hold the union of the record graphs;"
                + " quad formats (trig, nquads, jsonld) keep one named graph per record."})
final class MapCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(MapCommand.class);

    @Mixin
    InputOptions in;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "turtle",
            description = "Output format: turtle, trig, ntriples, nquads, jsonld, rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only when the run ends) instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        OutputFormat fmt = OutputFormat.byName(format);
        RecordMapper mapper = in.mapper();
        RecordPipeline.Summary summary;
        if (output == null) {
            summary = map(fmt, mapper, new BufferedOutputStream(System.out, 1 << 16));
        } else {
            summary = mapToFile(fmt, mapper);
        }
        System.err.println(SummaryLine.of("map", summary));
        return summary.errors() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private RecordPipeline.Summary map(OutputFormat fmt, RecordMapper mapper, OutputStream out) {
        long total = RecordPipeline.totalSize(in.inputs);
        try (Progress progress = Progress.forInput("map", total)) {
            RecordPipeline pipeline = in.pipeline(mapper, progress)
                    .onDeletions(d -> LOG.warn("{} deletions listed (DeleteCitation); map does not apply them: {}",
                            d.pmids().size(), d.pmids()))
                    .build();
            StreamRDF sink = RdfWriters.open(fmt, out, Prefixes.standard());
            sink.start();
            RecordPipeline.Summary summary = pipeline.run(in.inputs, sink);
            sink.finish();
            out.flush();
            return summary;
        } catch (IOException e) {
            throw new PubldException("cannot write output: " + e.getMessage(), e);
        }
    }

    // Written beside the target and moved into place at the end, so a failed run leaves no half-written file.
    private RecordPipeline.Summary mapToFile(OutputFormat fmt, RecordMapper mapper) {
        Path target = output.toAbsolutePath();
        Path tmp;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw new PubldException(output + ": cannot write: " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            RecordPipeline.Summary summary;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                summary = map(fmt, mapper, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            return summary;
        } catch (IOException e) {
            throw new PubldException(output + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("cannot remove {}: {}", tmp, e.getMessage());
                }
            }
        }
    }

}
