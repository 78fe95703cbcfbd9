package org.publd.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.Provenance;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.record.Article;
import org.publd.record.DeletedCitations;
import org.publd.record.Item;
import org.publd.record.XmlText;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceFormat;
import org.publd.source.SourceInput;
import org.publd.source.SourceParseException;
import org.publd.source.SourceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs inputs through their parsers and the mapper into one {@link RecordSink}, a whole record at a
 * time; map, load and count differ only in that sink. Deletions ({@code DeleteCitation}) reach the
 * sink too, one per record and in input order with the records.
 *
 * <p>Lenient by default: a bad record is reported and skipped, an unreadable input is reported and
 * the next one read. Strict: the first error stops the run. Either way, records reach the sink whole.
 * A PMID read more than once reaches the sink once, the highest version or else the later record
 * ({@link DuplicatePmids}: records wait in a bounded window for that).
 *
 * <pre>
 * Summary s = RecordPipeline.builder(mapper).strict(false).build().run(List.of("a.xml.gz"), sink);
 * </pre>
 */
public final class RecordPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(RecordPipeline.class);
    /** The name provenance gives standard input. */
    static final String STDIN_SOURCE = "stdin";

    private final RecordMapper mapper;
    private final SourceRegistry registry;
    private final SourceFormat forcedFormat;
    private final boolean strict;
    private final ProgressListener progress;
    private final UnaryOperator<Article> transform;
    private final UnaryOperator<String> sourceIris;
    private final Instant generatedAt;
    /** Bytes read by all runs so far, for {@link #progress}. */
    private long progressed;

    private RecordPipeline(Builder b) {
        this.generatedAt = b.generatedAt;
        this.mapper = b.mapper;
        this.registry = b.registry;
        this.forcedFormat = b.forcedFormat;
        this.strict = b.strict;
        this.progress = b.progress;
        this.transform = b.transform;
        this.sourceIris = b.sourceIris != null ? b.sourceIris
                : name -> mapper.iris().source(b.sourceName != null ? b.sourceName : sourceName(name)).getURI();
    }

    public static Builder builder(RecordMapper mapper) {
        return new Builder(mapper);
    }

    /** Hears how far the run has got, in bytes of input read. */
    @FunctionalInterface
    public interface ProgressListener {
        /** {@code done} bytes of all inputs read so far; {@code total} is -1 when unknown. */
        void progress(long done, long total);
    }

    /** What a run did. */
    public record Summary(int inputs, long records, long quads, long deletedRecords, long errors, Duration elapsed) {
        /** The same figures over {@code whole}: a command's time, which goes on after the run. */
        public Summary withElapsed(Duration whole) {
            return new Summary(inputs, records, quads, deletedRecords, errors, whole);
        }
    }

    /**
     * Reads every input and hands the mapped records to {@code sink}; the caller starts and finishes the sink.
     *
     * @throws SourceParseException in strict mode, at the first bad record or input
     */
    public Summary run(List<String> inputs, RecordSink sink) {
        return run(inputs, SourceInput::open, sink);
    }

    /**
     * As {@link #run(List, RecordSink)}, reading and mapping up to {@code jobs} inputs at once
     * ({@link InputsInParallel}): records still reach {@code sink} whole, in input order, on the
     * caller's thread; a PMID read more than once is judged within each input.
     */
    public Summary run(List<String> inputs, RecordSink sink, int jobs) {
        if (jobs <= 1 || inputs.size() <= 1) {
            return run(inputs, sink);
        }
        return InputsInParallel.run(this, inputs, Math.min(jobs, inputs.size()), sink);
    }

    /**
     * Reads one input already open, such as a stream from a Hadoop file system, and closes it; a run
     * of its own, as {@link #run(List, RecordSink)} is.
     */
    public Summary run(SourceInput input, RecordSink sink) {
        return run(List.of(input.name()), name -> input, sink);
    }

    private Summary run(List<String> inputs, Function<String, SourceInput> open, RecordSink sink) {
        Instant started = Instant.now();
        Instant generated = generatedAt != null ? generatedAt : started;
        long total = inputs.stream().mapToLong(RecordPipeline::sizeOf).reduce(0, (a, b) -> a < 0 || b < 0 ? -1 : a + b);
        Counter c = new Counter();
        DuplicatePmids window = new DuplicatePmids(new DuplicatePmids.Downstream() {
            @Override
            public void record(Article article, Provenance provenance) {
                MappedRecord mapped = mapper.map(article, provenance);
                sink.accept(mapped);
                c.quads += mapped.size();
                c.records++;
            }

            @Override
            public void delete(String pmid) {
                sink.delete(mapper.deleted(pmid));
                c.deleted++;
            }
        });
        long doneBefore = 0;
        long[] reported = {0};
        ProgressListener runProgress = (done, all) -> step(reported, done, all);
        try {
            for (String name : inputs) {
                try (SourceInput input = open.apply(name)) {
                    readInput(input, window, generated, c, runProgress, doneBefore, total);
                    doneBefore += Math.max(0, input.size());
                } catch (SourceParseException e) {
                    if (strict) {
                        throw e;
                    }
                    c.errors++;
                    LOG.warn("{}", e.getMessage());
                    doneBefore += Math.max(0, sizeOf(name));
                }
            }
        } finally {
            window.flush();
        }
        return new Summary(inputs.size(), c.records, c.quads, c.deleted, c.errors, Duration.between(started, Instant.now()));
    }

    /**
     * Reports the progress of all runs together: runs of one pipeline on several threads (a file
     * each) make one bar. {@code reported} is what this run has reported so far.
     */
    private synchronized void step(long[] reported, long done, long total) {
        progressed += done - reported[0];
        reported[0] = done;
        progress.progress(progressed, total);
    }

    private void readInput(SourceInput input, DuplicatePmids window, Instant generated, Counter c,
                           ProgressListener runProgress, long doneBefore, long total) {
        SourceFormat format = forcedFormat != null ? forcedFormat : registry.detect(input);
        Provenance provenance = new Provenance(sourceIris.apply(input.name()), generated.truncatedTo(ChronoUnit.MILLIS));
        ErrorHandler errors = strict ? ErrorHandler.strict() : e -> {
            c.errors++;
            LOG.warn("{}", e.getMessage());
        };
        try (RecordReader reader = format.open(input, errors)) {
            for (Item item; (item = reader.next()) != null; ) {
                if (item instanceof Article article) {
                    Article safe = reader.xmlCharactersChecked() ? article : xmlSafe(article, input.name());
                    window.record(transform.apply(safe), provenance, input.name());
                } else if (item instanceof DeletedCitations deleted) {
                    deleted.pmids().forEach(window::delete);
                }
                runProgress.progress(doneBefore + input.bytesRead(), total);
            }
        }
    }

    /*
     * The one place a record's text is made fit for every output format; the record is named so its
     * source can be mended. Text an XML 1.0 parser read is fit already: going over every string of
     * every record again cost a tenth of the mapping's time.
     */
    private static Article xmlSafe(Article article, String inputName) {
        XmlText.Cleaned<Article> cleaned = XmlText.clean(article);
        if (cleaned.removed() > 0) {
            LOG.warn("{}: PMID {}: {} character(s) that XML cannot hold removed (the first: U+{})", inputName,
                    article.pmid(), cleaned.removed(), String.format("%04X", cleaned.firstRemoved()));
        }
        return cleaned.value();
    }

    /**
     * The name an input is published under in provenance: its file name, without the directories of
     * the machine that read it; {@value #STDIN_SOURCE} for standard input.
     */
    static String sourceName(String input) {
        if (SourceInput.STDIN_NAME.equals(input) || "-".equals(input)) {
            return STDIN_SOURCE;
        }
        Path file = Path.of(input).getFileName();
        return file == null ? input : file.toString();
    }

    /** The bytes on disk of the inputs that are files: what a progress bar counts towards. */
    public static long totalSize(List<String> inputs) {
        return inputs.stream().mapToLong(RecordPipeline::sizeOf).filter(n -> n > 0).sum();
    }

    private static long sizeOf(String name) {
        if ("-".equals(name)) {
            return -1;
        }
        try {
            return java.nio.file.Files.size(Path.of(name));
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return 0;
        }
    }

    private static final class Counter {
        long records;
        long quads;
        long deleted;
        long errors;
    }

    /** Configures a pipeline. */
    public static final class Builder {
        private final RecordMapper mapper;
        private SourceRegistry registry = SourceRegistry.standard();
        private SourceFormat forcedFormat;
        private boolean strict;
        private ProgressListener progress = (done, total) -> { };
        private UnaryOperator<Article> transform = UnaryOperator.identity();
        private UnaryOperator<String> sourceIris;
        private String sourceName;
        private Instant generatedAt;

        private Builder(RecordMapper mapper) {
            this.mapper = mapper;
        }

        public Builder registry(SourceRegistry v) { registry = v; return this; }
        /** Reads every input as this format instead of detecting it. */
        public Builder forceFormat(SourceFormat v) { forcedFormat = v; return this; }
        public Builder strict(boolean v) { strict = v; return this; }
        public Builder onProgress(ProgressListener v) { progress = v; return this; }
        /** Rewrites each record between its parser and the mapper (the MeSH linker fills in UIs here). */
        public Builder transform(UnaryOperator<Article> v) { transform = v; return this; }
        /**
         * The IRI provenance gives each input, by its name; by default the IRI of its file name under the
         * base ({@link org.publd.mapping.IriScheme#source}).
         */
        public Builder sourceIris(UnaryOperator<String> v) { sourceIris = v; return this; }
        /** The name provenance gives every input ({@link org.publd.mapping.IriScheme#source}) instead of its file name. */
        public Builder sourceName(String v) { sourceName = v; return this; }

        /**
         * The time provenance gives every record ({@code prov:generatedAtTime}) instead of the start
         * of the run: for runs on several machines that are to write the same bytes.
         */
        public Builder generatedAt(Instant v) { generatedAt = v; return this; }

        public RecordPipeline build() {
            return new RecordPipeline(this);
        }
    }
}
