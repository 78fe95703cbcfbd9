package org.publd.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import org.publd.PubldException;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.output.OutputFormat;
import org.publd.mapping.output.RdfWriters;
import org.publd.mapping.vocab.Prefixes;
import org.publd.pipeline.RecordPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code publd map}: records to RDF on standard output or a file. */
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

    @Override
    public Integer call() {
        RecordMapper mapper = in.mapper();
        RecordPipeline.Summary summary = output.write(out -> map(output.format, mapper, out));
        System.err.println(SummaryLine.of("map", summary));
        return summary.errors() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private RecordPipeline.Summary map(OutputFormat fmt, RecordMapper mapper, OutputStream out) {
        long total = RecordPipeline.totalSize(in.inputs);
        try (Progress progress = Progress.forInput("map", total)) {
            RecordPipeline pipeline = in.pipeline(mapper, progress).build();
            RecordSink sink = RdfWriters.records(fmt, out, Prefixes.standard());
            sink.start();
            RecordPipeline.Summary summary = pipeline.run(in.inputs, sink);
            sink.finish();
            out.flush();
            if (summary.deletedRecords() > 0) {
                LOG.warn("{} deletions listed (DeleteCitation); map does not apply them", summary.deletedRecords());
            }
            return summary;
        } catch (IOException e) {
            throw new PubldException("cannot write output: " + e.getMessage(), e);
        }
    }
}
