package org.publd.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.publd.PubldException;
import org.publd.mapping.output.OutputFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole dataset as gzipped files, N-Quads ({@value #FILE_NAME}, with the record graphs), N-Triples
 * and Turtle (the union of the graphs, each triple once), written by {@link StoreExport}
 * when the data changes ({@code publd load}, {@code publd link}), so that the server sends a file
 * instead of exporting the database on every request. A database keeps it in {@code DIR/dumps/}.
 *
 * <p>Each write is a new version with files of its own, {@code dump-N.nq.gz}, {@code dump-N.nt.gz},
 * {@code dump-N.ttl.gz} (N one more than the last), never changed once written, and then the file
 * {@value #CURRENT} is replaced to name N and the {@link Tdb2Store#stamp()} of the data it was written
 * from: a dump whose stamp differs (the data changed since) is out of date. Why not one file replaced
 * in place: a server sending the dump while a new one is written must send one version whole, and a
 * file that keeps its name can change between the moment its length is read and the moment it is
 * opened (a download then mixes two versions). A version's files stay until a newer one is current
 * and nothing {@linkplain #keeping keeps} them (a download under way), so old versions do not pile up.
 *
 * <pre>
 * DatasetDump.refresh(Path.of("DB"));      // after a load
 * DatasetDump.ofDatabase(dir).file();      // the current N-Quads file
 * </pre>
 */
public final class DatasetDump {
    /** The N-Quads dump's name, the path the server offers it under. */
    public static final String FILE_NAME = "dump.nq.gz";
    /** The formats a dump is written in, N-Quads first: each is offered as {@link #fileName} of its format. */
    public static final List<OutputFormat> FORMATS = List.of(OutputFormat.NQUADS, OutputFormat.NTRIPLES, OutputFormat.TURTLE);
    /** The folder inside a database directory that holds its dump. */
    static final String FOLDER = "dumps";
    /** The file naming the current version: its number, then the stamp of the data it was written from. */
    public static final String CURRENT = "current";
    /** No version: none has been written (the first is 1). */
    public static final long NONE = 0;
    private static final String PREFIX = "dump";
    private static final Pattern VERSION_FILE = Pattern.compile(PREFIX + "-([0-9]{1,18})\\..*");
    private static final int BUFFER = 1 << 16;
    private static final Logger LOG = LoggerFactory.getLogger(DatasetDump.class);

    private final Path folder;
    private final LongPredicate kept;

    private DatasetDump(Path folder, LongPredicate kept) {
        this.folder = folder;
        this.kept = kept;
    }

    /** The dump of the database in {@code dbDir}, in its {@code dumps/} folder. */
    public static DatasetDump ofDatabase(Path dbDir) {
        return new DatasetDump(dbDir.resolve(FOLDER), v -> false);
    }

    /** A dump kept in {@code folder} (for an in-memory database, a temporary one). */
    public static DatasetDump in(Path folder) {
        return new DatasetDump(folder, v -> false);
    }

    /** This dump, whose older versions are removed only when {@code kept} says no (it is being read). */
    public DatasetDump keeping(LongPredicate kept) {
        return new DatasetDump(folder, kept);
    }

    /** Brings the dump of the database in {@code dbDir} up to date, opening it: what a load does once it is done. */
    public static void refresh(Path dbDir) {
        refresh(dbDir, LoadPhase.Listener.NONE);
    }

    /** {@link #refresh(Path)}, telling {@code phases} when it writes ({@link LoadPhase#DUMP}). */
    public static void refresh(Path dbDir, LoadPhase.Listener phases) {
        try (Tdb2Store store = Tdb2Store.open(dbDir)) {
            ofDatabase(dbDir).update(store, phases);
        }
    }

    /** Writes the dump of {@code store} unless the one there is {@linkplain #isCurrent current}. */
    public void update(Tdb2Store store) {
        update(store, LoadPhase.Listener.NONE);
    }

    private void update(Tdb2Store store, LoadPhase.Listener phases) {
        if (!isCurrent(store)) {
            phases.started(LoadPhase.DUMP);
            write(store);
        }
    }

    /** The folder the dump files are in. */
    public Path folder() {
        return folder;
    }

    /** The current version's N-Quads file (one that does not exist when no dump was written). */
    public Path file() {
        return folder.resolve(fileName(current(), OutputFormat.NQUADS));
    }

    /** The name the dump in {@code format} is offered under: {@code dump.nq.gz}, {@code dump.nt.gz}, {@code dump.ttl.gz}. */
    public static String fileName(OutputFormat format) {
        return PREFIX + "." + format.extension() + ".gz";
    }

    /** The name of the file of {@code version} in {@code format}: {@code dump-7.nq.gz}. */
    public static String fileName(long version, OutputFormat format) {
        return PREFIX + "-" + version + "." + format.extension() + ".gz";
    }

    /** The current version: the newest written whole; {@link #NONE} when there is none. */
    public long current() {
        return currentLine(0).map(Long::parseLong).orElse(NONE);
    }

    // A line of the CURRENT file; empty when there is none or it cannot be read.
    private Optional<String> currentLine(int line) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve(CURRENT), StandardCharsets.UTF_8);
            return lines.size() == 2 && lines.get(0).matches("[0-9]{1,18}") ? Optional.of(lines.get(line)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the dump exists and was written from {@code store}'s data as it is now. */
    public boolean isCurrent(Tdb2Store store) {
        long version = current();
        return version != NONE && FORMATS.stream().allMatch(f -> Files.isRegularFile(folder.resolve(fileName(version, f))))
                && currentLine(1).orElse("").equals(store.stamp());
    }

    /** Writes the dump of {@code store}'s dataset as a new version, current once it is whole. */
    public void write(Tdb2Store store) {
        // Taken first: should the data change during the export, the stamp says the dump is older than it is.
        String stamp = store.stamp();
        write(store.dataset(), stamp);
    }

    /** Writes the dump files of {@code dsg} with no stamp (data in memory, whose dump lives as long as the server). */
    public void write(DatasetGraph dsg) {
        write(dsg, "");
    }

    private void write(DatasetGraph dsg, String stamp) {
        long version = Math.max(current(), newestOnDisk()) + 1;
        boolean done = false;
        try {
            for (OutputFormat format : FORMATS) {
                writeFile(dsg, format, fileName(version, format));
            }
            replace(CURRENT, out -> out.write((version + "\n" + stamp + "\n").getBytes(StandardCharsets.UTF_8)));
            done = true;
        } catch (IOException e) {
            throw new PubldException(folder.resolve(CURRENT) + ": cannot write: " + e.getMessage(), e);
        } finally {
            // A version that never became current is of no use to anyone.
            if (!done) {
                remove(version);
            }
        }
        removeOld();
    }

    private void writeFile(DatasetGraph dsg, OutputFormat format, String name) {
        Path file = folder.resolve(name);
        long started = System.nanoTime();
        try {
            Files.createDirectories(folder);
            replace(name, out -> {
                GZIPOutputStream gzip = new GZIPOutputStream(out, BUFFER);
                StoreExport.write(dsg, format, gzip);
                gzip.finish();
            });
            LOG.info("Wrote the dump {} ({} bytes) in {} ms", file, Files.size(file),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new PubldException(file + ": cannot write the dump: " + e.getMessage(), e);
        }
    }

    /**
     * Removes the files of the versions older than the current one that nothing keeps, and the dump
     * files of an older PubLD ({@code dump.nq.gz} replaced in place). Newer versions are left alone:
     * one may be being written.
     */
    public void removeOld() {
        long current = current();
        if (current == NONE) {
            return;
        }
        for (Path file : dumpFiles()) {
            long version = versionOf(file);
            if (version < current && !kept.test(version)) {
                delete(file);
            }
        }
    }

    private void remove(long version) {
        for (Path file : dumpFiles()) {
            if (versionOf(file) == version) {
                delete(file);
            }
        }
    }

    // Every file of every version, an older PubLD's files too (named dump.*: version NONE).
    private List<Path> dumpFiles() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long versionOf(Path file) {
        Matcher m = VERSION_FILE.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : NONE;
    }

    private long newestOnDisk() {
        return dumpFiles().stream().mapToLong(DatasetDump::versionOf).max().orElse(NONE);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Tried again after the next write; meanwhile it only takes room.
            LOG.warn("Cannot remove the old dump {}: {}", file, e.getMessage());
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private void replace(String name, Content content) throws IOException {
        // Not Files.createTempFile, whose file only its owner may read: the dump is public.
        Path part = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), BUFFER)) {
                content.writeTo(out);
            }
            Files.move(part, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
