package org.publd.acquire.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.system.Txn;
import org.publd.PubldException;
import org.publd.mapping.AppliedFile;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.SyncLog;
import org.publd.net.PoliteClient;
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
     */
    public record Options(String until, boolean onlyKnown, Path keep) {
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

    /** Hears how the run goes. */
    public interface Listener {
        /** The plan is made: the files to apply, in order. */
        default void planned(List<PlannedFile> files) {
        }

        /** File {@code index} (from 1) of the plan starts: fetching, checking, applying. */
        default void starting(int index, PlannedFile file) {
        }

        /** {@code bytes} more of the current file were downloaded. */
        default void downloaded(long bytes) {
        }

        /** {@code bytes} more of the current file were read, and {@code records} records of it applied so far. */
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
        List<AppliedFile> done = new ArrayList<>();
        long errors = 0;
        // Listed first: a source that cannot be read leaves the database, or its absence, as it was.
        List<NlmFile> baseline = source.list(false);
        List<NlmFile> updates = source.list(true);
        try (StoreLoader loader = StoreLoader.openInUnits(db)) {
            SyncPlan plan = SyncPlan.make(baseline, updates,
                    Txn.calculateRead(loader.dataset(), () -> SyncLog.read(loader.dataset())), options.until());
            Downloads downloads = Downloads.of(db, options.keep());
            downloads.tidy(plan.files().stream().map(NlmFile::name).collect(Collectors.toSet()));
            List<PlannedFile> planned = planned(plan);
            listener.planned(planned);
            for (int i = 0; i < plan.files().size(); i++) {
                NlmFile file = plan.files().get(i);
                listener.starting(i + 1, planned.get(i));
                String md5 = source.md5(file);
                Path local = fetchChecked(file, md5, downloads, listener);
                Applied a = apply(file, local, md5, loader, listener);
                errors += a.errors;
                done.add(a.file);
                listener.applied(a.file);
                if (source.remote()) {
                    downloads.applied(file);
                }
            }
            loader.commit();
            downloads.tidy(Set.of());
        }
        return new Result(List.copyOf(done), errors, Duration.between(started, Instant.now()));
    }

    private static List<PlannedFile> planned(SyncPlan plan) {
        return plan.files().stream().map(f -> new PlannedFile(f.name(), f.size())).toList();
    }

    /** The file, fetched and matching its checksum: a download that does not is fetched once more. */
    private Path fetchChecked(NlmFile file, String expected, Downloads downloads, Listener listener) {
        Path local = source.fetch(file, downloads, listener::downloaded);
        String actual = Md5.of(local);
        if (!actual.equals(expected) && source.remote()) {
            downloads.discard(file);
            local = source.fetch(file, downloads, listener::downloaded);
            actual = Md5.of(local);
        }
        if (!actual.equals(expected)) {
            if (source.remote()) {
                downloads.discard(file);
            }
            throw new PubldException(file.name() + ": its MD5 is " + actual + ", its .md5 file says " + expected
                    + (source.remote() ? " (downloaded twice)" : "") + "; nothing of it was applied: the file"
                    + " is damaged, or " + source.describe() + " is being updated (try again later)");
        }
        return local;
    }

    private record Applied(AppliedFile file, long errors) {
    }

    /** Reads the file into the loader and commits it with its entry in the sync graph, in one transaction. */
    private Applied apply(NlmFile file, Path local, String md5, StoreLoader loader, Listener listener) {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ApplyingSink sink = new ApplyingSink(loader, loader.dataset(), options.onlyKnown());
        long[] read = {0};
        RecordPipeline.Summary s = RecordPipeline.builder(mapper).sourceName(file.name())
                .onProgress((bytes, total) -> {
                    listener.read(bytes - read[0], sink.added + sink.replaced);
                    read[0] = bytes;
                })
                .build().run(List.of(local.toString()), sink);
        AppliedFile applied = new AppliedFile(file.name(), md5, sink.added, sink.replaced, sink.deleted,
                started, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        loader.commitUnit(SyncLog.entry(mapper.iris(), applied));
        return new Applied(applied, s.errors());
    }

}
