package org.publd.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.publd.acquire.sync.Sync;
import org.publd.mapping.AppliedFile;
import org.publd.mapping.IriScheme;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.net.PoliteClient;
import org.publd.store.LoadPhase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publd sync}: a database kept current with NLM's baseline and daily update files. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Brings a database up to date with PubMed: applies the annual baseline, then the daily update"
                + " files, as NLM publishes them, in NLM's order, each after its MD5 matched.",
            "What was applied is noted in the database (graph B graph/sync), so a rerun applies only what is new:"
                + " run it from cron. Killed at any moment, the next run finishes the job."})
final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Mixin
    JobsOption jobs;

    @Mixin
    NetworkOptions network;

    @Mixin
    DumpOption dump;

    @Option(names = "--source", paramLabel = "URL", defaultValue = "https://ftp.ncbi.nlm.nih.gov/pubmed/",
            description = "Where to read NLM's files: a tree with baseline/ and updatefiles/ as NCBI publishes it, over"
                    + " http(s), as a file: URL or a directory (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--until", paramLabel = "FILE",
            description = "Apply files up to this one, included (pubmed26n1340 or pubmed26n1340.xml.gz), and stop there.")
    String until;

    @Option(names = "--only-known",
            description = "Apply records only to records the database holds: keeps a subset (a collection, what"
                    + " fetch brought in) current without taking in all of PubMed.")
    boolean onlyKnown;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Download into DIR and keep the files there (also reused by later runs); by default"
                    + " downloads go beside the database and each is removed once applied.")
    Path keep;

    @Option(names = "--dry-run", description = "Print the files a run would apply, with their sizes, and exit.")
    boolean dryRun;

    @Option(names = "--base", paramLabel = "IRI", converter = BaseIriConverter.class,
            description = "Base IRI of the IRIs PubLD mints (default: the database's, else " + IriScheme.DEFAULT_BASE + ").")
    String base;

    @Override
    public Integer call() {
        // No rate beyond one request at a time: files are large and few.
        PoliteClient http = network.client();
        String iris = base != null ? base : DatabaseOption.recordBase(db.dir);
        Sync sync = new Sync(source, http, db.dir, new RecordMapper(new MappingOptions(iris, true)),
                new Sync.Options(until, onlyKnown, keep, jobs.count()));
        if (dryRun) {
            printPlan(sync.plan(), System.out);
            return ExitCodes.OK;
        }
        Sync.Result r;
        try (Reporter reporter = new Reporter()) {
            r = sync.run(reporter);
        }
        if (!r.applied().isEmpty()) {
            dump.refresh(db.dir, LoadPhase.Listener.NONE);
        }
        System.err.println(String.format(Locale.ROOT, "publd sync: %s applied, %,d records added, %,d replaced, %,d deleted, %s, %s",
                SummaryLine.count(r.applied().size(), "file"), r.added(), r.replaced(), r.deleted(),
                SummaryLine.count(r.errors(), "error"), SummaryLine.seconds(r.elapsed())));
        return r.errors() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private void printPlan(List<Sync.PlannedFile> plan, PrintStream out) {
        if (plan.isEmpty()) {
            out.println("publd sync: nothing to apply: the database is up to date with " + source);
            return;
        }
        boolean known = plan.stream().allMatch(f -> f.size() >= 0);
        long total = plan.stream().mapToLong(Sync.PlannedFile::size).sum();
        out.println("publd sync: " + SummaryLine.count(plan.size(), "file") + " to apply from " + source
                + (known ? ", " + size(total) : ""));
        int width = plan.stream().mapToInt(f -> f.name().length()).max().orElse(0);
        for (Sync.PlannedFile f : plan) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %12s%n", f.name(), f.size() < 0 ? "?" : size(f.size()));
        }
        out.flush();
    }

    static String size(long bytes) {
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%,d bytes", bytes)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
    }

    /**
     * A line per file applied, and on a terminal a bar over the plan: the file applied (i of n), records/s, the
     * ETA, and the file being downloaded meanwhile. Synchronized: downloads are heard on a thread of their own.
     */
    private static final class Reporter implements Sync.Listener, AutoCloseable {
        private Progress bar;
        private int files;
        /** The file being applied, or null between files. */
        private String current;
        private String downloading;
        private long records;
        private Instant readStarted;

        @Override
        public synchronized void planned(List<Sync.PlannedFile> plan) {
            files = plan.size();
            boolean known = plan.stream().allMatch(f -> f.size() >= 0);
            bar = Progress.forPlan("sync", known ? plan.stream().mapToLong(Sync.PlannedFile::size).sum() : -1);
        }

        @Override
        public synchronized void fetching(int index, Sync.PlannedFile file) {
            downloading = "file " + index + " of " + files + ": " + file.name();
            show();
        }

        @Override
        public synchronized void starting(int index, Sync.PlannedFile file) {
            current = "file " + index + " of " + files + ": " + file.name();
            if (current.equals(downloading)) {
                downloading = null;
            }
            records = 0;
            readStarted = null;
            show();
        }

        @Override
        public synchronized void read(long bytes, long applied) {
            bar.stepBy(bytes);
            if (readStarted == null) {
                readStarted = Instant.now();
            }
            records = applied;
            show();
        }

        @Override
        public synchronized void applied(AppliedFile f) {
            bar.say(current + " applied");
            current = null;
            System.err.println(String.format(Locale.ROOT, "publd sync: applied %s: %,d added, %,d replaced, %,d deleted",
                    f.name(), f.added(), f.replaced(), f.deleted()));
        }

        private void show() {
            StringBuilder line = new StringBuilder();
            if (current != null) {
                line.append(current);
                if (readStarted != null) {
                    double seconds = Math.max(0.001, Duration.between(readStarted, Instant.now()).toMillis() / 1000.0);
                    line.append(String.format(Locale.ROOT, ", %,.0f records/s", records / seconds));
                }
            }
            if (downloading != null) {
                line.append(line.length() > 0 ? "; downloading " : "").append(downloading)
                        .append(current == null ? " (downloading)" : "");
            }
            bar.say(line.toString());
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
