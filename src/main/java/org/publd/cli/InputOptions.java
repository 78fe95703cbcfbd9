package org.publd.cli;

import java.util.List;
import org.publd.mapping.IriScheme;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.pipeline.RecordPipeline;
import org.publd.source.SourceFormat;
import org.publd.source.SourceRegistry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options of every command that reads records: inputs, base IRI, reification, strictness, format. */
final class InputOptions {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Input files: PubMed XML (.xml, .xml.gz), MEDLINE text (.nbib), saved PubMed pages (.txt); the format is detected from the content. '-' reads standard input.")
    List<String> inputs;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE, converter = BaseIriConverter.class,
            description = "Base IRI of the IRIs PubLD mints (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--no-reify", description = "Do not add a reified cito:Citation for each CiTO link.")
    boolean noReify;

    @Option(names = "--strict", description = "Stop at the first record that cannot be read (default: report it and go on).")
    boolean strict;

    @Option(names = "--input-format", paramLabel = "NAME",
            converter = SourceFormatConverter.class, completionCandidates = SourceFormatConverter.class,
            description = "Read every input as this format (${COMPLETION-CANDIDATES}) instead of detecting it from its content.")
    SourceFormat inputFormat;

    @Option(names = "--source-name", paramLabel = "NAME",
            description = "The name, under the base IRI, that each record's provenance (prov:wasDerivedFrom) gives"
                    + " its input (default: the file's name, 'stdin' for standard input; never its path).")
    String sourceName;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The input formats of the command these options belong to. */
    SourceRegistry formats() {
        return Main.formats(command);
    }

    RecordMapper mapper() {
        return new RecordMapper(new MappingOptions(base, !noReify));
    }

    /** A pipeline for these options, reporting progress to {@code progress}. */
    RecordPipeline.Builder pipeline(RecordMapper mapper, RecordPipeline.ProgressListener progress) {
        RecordPipeline.Builder b = RecordPipeline.builder(mapper).registry(formats()).strict(strict).onProgress(progress);
        if (inputFormat != null) {
            b.forceFormat(inputFormat);
        }
        if (sourceName != null) {
            OptionCheck.require(command, !sourceName.isBlank(), "--source-name must not be empty");
            b.sourceName(sourceName);
        }
        return b;
    }
}
