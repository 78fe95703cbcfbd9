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
import java.util.concurrent.ThreadLocalRandom;
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
 * instead of exporting the database on every request. A database keeps it in {@code DIR/dumps/},
 * beside a stamp file holding the {@link Tdb2Store#stamp()} it was written from: a dump whose stamp
 * differs (the data changed since, or an older PubLD loaded it) is out of date.
 *
 * <p>Written beside and renamed into place: a reader gets the old dump or the new one, never half of one.
 *
 * <pre>
 * DatasetDump.refresh(Path.of("DB"));      // after a load
 * DatasetDump.ofDatabase(dir).file();      // what the server sends
 * </pre>
 */
public final class DatasetDump {
    /** The N-Quads dump's file name, also the path the server offers it under. */
    public static final String FILE_NAME = "dump.nq.gz";
    /** The formats a dump is written in, N-Quads first: each file is {@link #fileName} of its format. */
    public static final List<OutputFormat> FORMATS = List.of(OutputFormat.NQUADS, OutputFormat.NTRIPLES, OutputFormat.TURTLE);
    /** The folder inside a database directory that holds its dump. */
    static final String FOLDER = "dumps";
    private static final String STAMP_FILE = FILE_NAME + ".stamp";
    private static final int BUFFER = 1 << 16;
    private static final Logger LOG = LoggerFactory.getLogger(DatasetDump.class);

    private final Path folder;

    private DatasetDump(Path folder) {
        this.folder = folder;
    }

    /** The dump of the database in {@code dbDir}, in its {@code dumps/} folder. */
    public static DatasetDump ofDatabase(Path dbDir) {
        return new DatasetDump(dbDir.resolve(FOLDER));
    }

    /** A dump kept in {@code folder} (for an in-memory database, a temporary one). */
    public static DatasetDump in(Path folder) {
        return new DatasetDump(folder);
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

    /** The folder the dump file is in. */
    public Path folder() {
        return folder;
    }

    /** The N-Quads dump file. */
    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** The name of the dump file in {@code format}: {@code dump.nq.gz}, {@code dump.nt.gz}, {@code dump.ttl.gz}. */
    public static String fileName(OutputFormat format) {
        return "dump." + format.extension() + ".gz";
    }

    /** Every dump file, one for each of {@link #FORMATS}. */
    public List<Path> files() {
        return FORMATS.stream().map(f -> folder.resolve(fileName(f))).toList();
    }

    /** Whether the dump exists and was written from {@code store}'s data as it is now. */
    public boolean isCurrent(Tdb2Store store) {
        Path stampFile = folder.resolve(STAMP_FILE);
        try {
            return files().stream().allMatch(Files::isRegularFile) && Files.isRegularFile(stampFile)
                    && Files.readString(stampFile, StandardCharsets.UTF_8).equals(store.stamp());
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the dump of {@code store}'s dataset, replacing the one there once it is whole. */
    public void write(Tdb2Store store) {
        // Taken first: should the data change during the export, the stamp says the dump is older than it is.
        String stamp = store.stamp();
        write(store.dataset());
        try {
            replace(STAMP_FILE, out -> out.write(stamp.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new PubldException(folder.resolve(STAMP_FILE) + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Writes the dump files of {@code dsg} with no stamp (data in memory, whose dump lives as long as the server). */
    public void write(DatasetGraph dsg) {
        for (OutputFormat format : FORMATS) {
            Path file = folder.resolve(fileName(format));
            long started = System.nanoTime();
            try {
                Files.createDirectories(folder);
                replace(fileName(format), out -> {
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
