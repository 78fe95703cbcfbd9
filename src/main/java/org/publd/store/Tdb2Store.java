package org.publd.store;

import java.io.IOException;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.publd.PubldException;

/**
 * A PubLD database: a TDB2 dataset whose default graph is the union of the record graphs. The one
 * place a database is opened: {@link #open} for every command that reads one (and for linking,
 * which adds to one), {@link #openOrCreate} for loading. Closing it releases the database (and its
 * lock file) so that another process can open it.
 *
 * <pre>
 * try (Tdb2Store store = Tdb2Store.open(Path.of("DB"))) { ... store.dataset() ... }
 * </pre>
 */
public final class Tdb2Store implements AutoCloseable {
    /**
     * Entries in each of TDB2's node caches when serving (TDB2's defaults: 750,000 id-to-node,
     * 200,000 node-to-id). Pages and lookups read random records, whose nodes are mostly read once:
     * large caches only churn, and on 100,000 records the garbage collector spent 35-60 ms a pause
     * copying what churned. With 20,000 the pauses took 8 ms, and cold p99 went from 83-88 to 46-55 ms
     * for pages, from 243 to 53 ms for SPARQL lookups, at the same or better throughput
     * (bench/README.md). A memory setting of this process only: nothing is written to the database.
     */
    static final int SERVING_NODE_CACHE_ENTRIES = 20_000;

    /** TDB2 keeps its data in {@code Data-0001/} (then {@code Data-0002/}... after compaction). */
    private static final Pattern STORAGE = Pattern.compile(
            Pattern.quote(DatabaseOps.dbNameBase + DatabaseOps.SEP) + DatabaseOps.dbSuffixPattern);

    /** TDB2's lock file, rewritten by every process that opens the database. */
    private static final String LOCK_FILE = "tdb.lock";

    private final Path dir;
    private final DatasetGraph tdb;
    private final DatasetGraphText dsg;
    private boolean closed;

    private Tdb2Store(Path dir, DatasetGraph tdb) {
        this.dir = dir;
        this.tdb = tdb;
        this.dsg = SearchIndex.attach(tdb, dir);
    }

    /**
     * Opens the database in {@code dir}, which must be one: anything else (absent, empty, other files)
     * is refused without a file being created, so that a mistyped directory never reads as an empty database.
     */
    public static Tdb2Store open(Path dir) {
        return connect(requireDatabase(dir), null);
    }

    /** {@link #open}, with node caches sized for serving random records ({@value #SERVING_NODE_CACHE_ENTRIES}). */
    public static Tdb2Store openForServing(Path dir) {
        StoreParams params = StoreParams.builder("publd serve", StoreParams.getDftStoreParams())
                .nodeId2NodeCacheSize(SERVING_NODE_CACHE_ENTRIES).node2NodeIdCacheSize(SERVING_NODE_CACHE_ENTRIES).build();
        return connect(requireDatabase(dir), params);
    }

    /** For loading: creates the database when {@code dir} is absent or empty, else opens it (it must be one). */
    public static Tdb2Store openOrCreate(Path dir) {
        if (!isNew(dir) && !isDatabase(dir)) {
            throw new PubldException(dir + ": neither a PubLD database nor an empty directory");
        }
        return connect(dir, null);
    }

    /** A new, empty in-memory database: the same engine, indexes and transactions as on disk; {@link #dir()} is null. */
    public static Tdb2Store inMemory() {
        return new Tdb2Store(null, unionDefaultGraph(DatabaseMgr.connectDatasetGraph(Location.mem())));
    }

    /** Whether {@code dir} is absent or an empty directory: a new database, to be created. */
    public static boolean isNew(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            throw new PubldException(dir + ": not a directory");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new PubldException(dir + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Path requireDatabase(Path dir) {
        if (!isDatabase(dir)) {
            throw new PubldException(dir + ": not a PubLD database (publd load --db " + dir + " makes one)");
        }
        return dir;
    }

    private static boolean isDatabase(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> STORAGE.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p));
        } catch (IOException e) {
            throw new PubldException(dir + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Tdb2Store connect(Path dir, StoreParams params) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir), params);
        } catch (RuntimeException e) {
            // Most often the lock of another process ("held by process N"): TDB2's message says which.
            throw new PubldException(dir + ": cannot open the database: " + e.getMessage(), e);
        }
        try {
            return new Tdb2Store(dir, unionDefaultGraph(dsg));
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg);
            throw e;
        }
    }

    /** Makes SPARQL's default graph the union of the named graphs, for queries on {@code dsg}. */
    private static DatasetGraph unionDefaultGraph(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /**
     * The dataset, with its {@link SearchIndex}: writes through it keep the index current. Every access
     * must be inside a transaction ({@code Txn.executeRead}...).
     */
    public DatasetGraph dataset() {
        return dsg;
    }

    /** The TDB2 dataset underneath, for TDB2's bulk loader, which writes past the index. */
    DatasetGraph tdb() {
        return tdb;
    }

    /** Makes the search index anew from the data, after writes past it (a bulk load). */
    void reindex() {
        SearchIndex.rebuild(dsg);
    }

    /**
     * A fingerprint of the files holding the data (every file but the lock, {@link DatasetDump}'s
     * folder and the {@link SearchIndex}, which is made from the data: names, sizes, modification times): each committed write changes it, opening and
     * reading do not. It tells whether a dump was written from the data as it is now, across
     * processes and versions of PubLD; empty for an in-memory database.
     */
    public String stamp() {
        if (dir == null) {
            return "";
        }
        MessageDigest digest = sha256();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(LOCK_FILE))
                    .filter(p -> !dir.relativize(p).startsWith(DatasetDump.FOLDER))
                    .filter(p -> !dir.relativize(p).startsWith(SearchIndex.FOLDER))
                    .sorted()
                    .forEach(p -> digest.update(fileStamp(p).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | UncheckedIOException e) {
            throw new PubldException(dir + ": cannot read: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private String fileStamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return dir.relativize(file) + " " + a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The database directory; null for an in-memory database. */
    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            dsg.getTextIndex().close();
        } finally {
            // expel, not just close: TDB2 caches connections per location and keeps the lock otherwise.
            TDBInternal.expel(tdb);
        }
    }
}
