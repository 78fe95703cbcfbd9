package org.publd.acquire.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;
import org.apache.jena.system.Txn;
import org.publd.mapping.AppliedFile;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.SyncLog;
import org.publd.net.PoliteClient;
import org.publd.pipeline.InputsInParallel;
import org.publd.pipeline.RecordPipeline;
import org.publd.store.StoreLoader;
import org.publd.store.Tdb2Store;

/**
 * Brings a database up to date with NLM's PubMed distribution: lists the source, plans the files the
 * database has not applied ({@link SyncPlan}), and applies them one by one. Each file is fetched
 * (downloaded, resumed where a killed run stopped), checked against its {@code .md5} (a download
 * that fails it is fetched once more, then the run stops, having applied nothing of it), read through
 * the pipeline into the store, and committed in one transaction together with its entry in the sync
 * graph ({@link SyncLog}). Killed at any moment, the database holds whole files only, and says which:
 * the next run goes on with the next one.
 *
 * <p>With {@code jobs} above 1 the work overlaps: one thread fetches the next files, one at a time
 * and in order, at most {@code jobs} ahead of the one applied ({@link FetchAhead}); up to
 * {@code jobs} fetched files are read and mapped at once; this thread alone writes, file by file in
 * plan order ({@link InputsInParallel}), so each file is judged against the database as the files
 * before it left it.
 *
 * <pre>
 * Sync sync = new Sync("https://ftp.ncbi.nlm.nih.gov/pubmed/", politeClient, Path.of("DB"), mapper, options);
 * Sync.Result r = sync.run(listener);
 * </pre>
 */
public final class Sync {
    private final SourceTree source;
    private final Path db;
    private final RecordMapper mapper;
    private final Options options;

    /**
     * How a run goes.
     *
     * @param until     the last file to apply ({@code pubmed26n1340} or with {@code .xml.gz}); null for all
     * @param onlyKnown apply records only to records the database holds
     * @param keep      the folder to download into and keep the files in; null to download beside the database
     *                  and remove each file once applied
     * @param jobs      files read and mapped at once, and fetched ahead of the one applied (at least 1)
     */
    public record Options(String until, boolean onlyKnown, Path keep, int jobs) {
    }

    /** One file of the plan: its name and size (-1 when the source did not say). */
    public record PlannedFile(String name, long size) {
    }

    /** What a run did: the files applied, in order, and the records skipped as unreadable. */
    public record Result(List<AppliedFile> applied, long errors, Duration elapsed) {
        public long added() {
            return applied.stream().mapToLong(AppliedFile::added).sum();
        }

        public long replaced() {
            return applied.stream().mapToLong(AppliedFile::replaced).sum();
        }

        public long deleted() {
            return applied.stream().mapToLong(AppliedFile::deleted).sum();
        }
    }

    /**
     * Hears how the run goes: fetching on a thread of its own, the rest on the thread that runs the sync,
     * so the fetching of a file overlaps the applying of the files before it.
     */
    public interface Listener {
        /** The plan is made: the files to apply, in order. */
        default void planned(List<PlannedFile> files) {
        }

        /** File {@code index} (from 1) of the plan is being fetched and checked; on the fetching thread. */
        default void fetching(int index, PlannedFile file) {
        }

        /** {@code bytes} more of the file being fetched were downloaded; on the fetching thread. */
        default void downloaded(long bytes) {
        }

        /** File {@code index} (from 1) of the plan, fetched and checked, is being applied. */
        default void starting(int index, PlannedFile file) {
        }

        /** {@code bytes} more of the file being applied were read, and {@code records} records of it applied so far. */
        default void read(long bytes, long records) {
        }

        /** The file was applied and committed. */
        default void applied(AppliedFile file) {
        }
    }

    /**
     * Syncs the database in {@code db} (created when absent or empty) from {@code source}, an http(s) or
     * file: URL or a directory; {@code http} reads an http(s) source, one request at a time.
     */
    public Sync(String source, PoliteClient http, Path db, RecordMapper mapper, Options options) {
        this(SourceTree.at(source, http), db, mapper, options);
    }

    Sync(SourceTree source, Path db, RecordMapper mapper, Options options) {
        this.source = source;
        this.db = db;
        this.mapper = mapper;
        this.options = options;
    }

    /** The files a run would apply now, in order; nothing is written, not even a new database. */
    public List<PlannedFile> plan() {
        List<AppliedFile> applied = List.of();
        if (!Tdb2Store.isNew(db)) {
            try (Tdb2Store store = Tdb2Store.open(db)) {
                applied = Txn.calculateRead(store.dataset(), () -> SyncLog.read(store.dataset()));
            }
        }
        return planned(SyncPlan.make(source.list(false), source.list(true), applied, options.until()));
    }

    /** Applies what the database has not applied yet, file by file. */
    public Result run(Listener listener) {
        Instant started = Instant.now();
        // Listed first: a source that cannot be read leaves the database, or its absence, as it was.
        List<NlmFile> baseline = source.list(false);
        List<NlmFile> updates = source.list(true);
        try (StoreLoader loader = StoreLoader.openInUnits(db)) {
            SyncPlan plan = SyncPlan.make(baseline, updates,
                    Txn.calculateRead(loader.dataset(), () -> SyncLog.read(loader.dataset())), options.until());
            Downloads downloads = Downloads.of(db, options.keep());
            downloads.tidy(plan.files().stream().map(NlmFile::name).collect(Collectors.toSet()));
            listener.planned(planned(plan));
            PlannedInputs files;
            RecordPipeline.Summary read;
            try (FetchAhead fetch = FetchAhead.start(source, plan.files(), downloads, options.jobs(), listener)) {
                files = new PlannedInputs(plan.files(), fetch, downloads, loader, listener);
                read = InputsInParallel.run(options.jobs(), files);
            }
            loader.commit();
            downloads.tidy(Set.of());
            return new Result(List.copyOf(files.done), read.errors(), Duration.between(started, Instant.now()));
        }
    }

    private static List<PlannedFile> planned(SyncPlan plan) {
        return plan.files().stream().map(f -> new PlannedFile(f.name(), f.size())).toList();
    }

    /**
     * The plan's files as inputs of the pipeline: each read once fetched, on a mapping thread; written
     * through an {@link ApplyingSink} and committed with its entry in the sync graph, on this thread.
     */
    private final class PlannedInputs implements InputsInParallel.Inputs {
        private final List<NlmFile> plan;
        private final FetchAhead fetch;
        private final Downloads downloads;
        private final StoreLoader loader;
        private final Listener listener;
        /** Bytes of each file read so far by its mapping thread. */
        private final AtomicLongArray read;
        final List<AppliedFile> done = new ArrayList<>();
        // The file being written.
        private ApplyingSink sink;
        private Instant started;
        private long reported;

        PlannedInputs(List<NlmFile> plan, FetchAhead fetch, Downloads downloads, StoreLoader loader, Listener listener) {
            this.plan = plan;
            this.fetch = fetch;
            this.downloads = downloads;
            this.loader = loader;
            this.listener = listener;
            this.read = new AtomicLongArray(plan.size());
        }

        @Override
        public int size() {
            return plan.size();
        }

        @Override
        public RecordPipeline.Summary read(int index, RecordSink records) {
            Path local = fetch.await(index).local();
            return RecordPipeline.builder(mapper).sourceName(plan.get(index).name())
                    .onProgress((bytes, total) -> read.set(index, bytes))
                    .build().run(List.of(local.toString()), records);
        }

        @Override
        public RecordSink writer(int index) {
            NlmFile file = plan.get(index);
            listener.starting(index + 1, new PlannedFile(file.name(), file.size()));
            started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            reported = 0;
            sink = new ApplyingSink(loader, loader.dataset(), options.onlyKnown());
            return new RecordSink() {
                @Override
                public void accept(MappedRecord record) {
                    sink.accept(record);
                    report(index);
                }

                @Override
                public void delete(DeletedRecord deleted) {
                    sink.delete(deleted);
                    report(index);
                }
            };
        }

        private void report(int index) {
            long bytes = read.get(index);
            listener.read(bytes - reported, sink.added + sink.replaced);
            reported = bytes;
        }

        /** Commits the file with its entry in the sync graph, in one transaction. */
        @Override
        public void ended(int index, RecordPipeline.Summary summary) {
            report(index);
            NlmFile file = plan.get(index);
            AppliedFile applied = new AppliedFile(file.name(), fetch.await(index).md5(), sink.added, sink.replaced,
                    sink.deleted, started, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            loader.commitUnit(SyncLog.entry(mapper.iris(), applied));
            done.add(applied);
            listener.applied(applied);
            if (source.remote()) {
                downloads.applied(file);
            }
            fetch.applied();
        }
    }
}
