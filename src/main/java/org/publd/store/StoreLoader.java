package org.publd.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.publd.PubldException;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.RecordSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads mapped records into a PubLD database: a record sink where each record replaces its graph,
 * each deletion drops one, and only whole records are committed.
 *
 * <p>Two paths ({@link LoadPath}), same outcome. A database that does not exist yet (absent or empty
 * directory) may be bulk-loaded by TDB2's parallel loader into a staging directory beside it,
 * {@code .NAME.loading}, which is moved into place on {@link #commit()}: a load killed half-way
 * leaves the database absent or empty, and the staging directory is cleared by the next load.
 * An existing database is loaded in transactions of whole records ({@link TransactionalTarget}).
 * One load at a time: each holds a {@link LoadClaim} on the directory from its start, so a second is
 * refused at once.
 *
 * <pre>
 * try (StoreLoader loader = StoreLoader.open(Path.of("DB"), LoadPath.AUTO)) {
 *     pipeline.run(inputs, loader);
 *     loader.commit();
 * }   // closed without commit: what was not committed is given up
 * </pre>
 */
public final class StoreLoader implements RecordSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreLoader.class);

    private final LoadClaim claim;
    private final Path dir;
    private final Path staging;
    private final Tdb2Store store;
    private final RecordTarget target;
    private boolean done;

    private StoreLoader(LoadClaim claim, Path dir, Path staging, Tdb2Store store, RecordTarget target) {
        this.claim = claim;
        this.dir = dir;
        this.staging = staging;
        this.store = store;
        this.target = target;
    }

    /**
     * Opens {@code dir} for loading.
     *
     * @param path whether a new database may be bulk-loaded
     */
    public static StoreLoader open(Path dir, LoadPath path) {
        return open(dir, path, LoadPhase.Listener.NONE);
    }

    /**
     * Opens {@code dir} for loading; {@code phases} hears of the steps of {@link #commit()} that take
     * time of their own (a bulk load's indexing).
     */
    public static StoreLoader open(Path dir, LoadPath path, LoadPhase.Listener phases) {
        return open(dir, path, TransactionalTarget.DEFAULT_BATCH_QUADS, phases);
    }

    /**
     * Opens {@code dir} (created when absent or empty) for loading in units, each in one write
     * transaction that {@link #commitUnit} ends: nothing is committed in between, so a unit (a file
     * of {@code publd sync}) is in the database whole, together with what the log says of it, or not at all.
     */
    public static StoreLoader openInUnits(Path dir) {
        return open(dir, LoadPath.TRANSACTIONAL, Long.MAX_VALUE);
    }

    static StoreLoader open(Path dir, LoadPath path, long batchQuads) {
        return open(dir, path, batchQuads, LoadPhase.Listener.NONE);
    }

    static StoreLoader open(Path dir, LoadPath path, long batchQuads, LoadPhase.Listener phases) {
        Path abs = dir.toAbsolutePath().normalize();
        // Claimed first: what follows clears a staging directory that only a killed load can have left.
        LoadClaim claim = LoadClaim.take(abs);
        try {
            return open(claim, abs, path, batchQuads, phases);
        } catch (RuntimeException e) {
            claim.close();
            throw e;
        }
    }

    private static StoreLoader open(LoadClaim claim, Path abs, LoadPath path, long batchQuads, LoadPhase.Listener phases) {
        boolean fresh = Tdb2Store.isNew(abs);
        Path staging = abs.resolveSibling("." + abs.getFileName() + ".loading");
        if (fresh) {
            deleteTree(staging); // left by a bulk load that was killed
        }
        if (path.bulkWhenNew() && fresh) {
            Tdb2Store store = Tdb2Store.openOrCreate(staging);
            LOG.info("{}: new database, bulk loading through {}", abs, staging);
            LoaderThreads threads = new LoaderThreads(abs);
            WriterThread writer = new WriterThread(threads,
                    () -> new BulkTarget(store, (fmt, args) -> LOG.info(String.format(fmt, args)), threads, phases));
            threads.onFailure(writer::abandon);
            return new StoreLoader(claim, abs, staging, store, writer);
        }
        Tdb2Store store = Tdb2Store.openOrCreate(abs);
        return new StoreLoader(claim, abs, null, store,
                new WriterThread(new TransactionalTarget(store.dataset(), batchQuads)));
    }

    /** Replaces the record's graph, in input order with the other records and deletions. */
    @Override
    public void accept(MappedRecord record) {
        target.replace(record);
    }

    /** Drops the deleted record's graph, in input order with the records. */
    @Override
    public void delete(DeletedRecord deleted) {
        target.drop(deleted.graph());
    }

    /**
     * Adds {@code log} (statements about the unit, in a graph that holds no record) and commits it with
     * everything received since the last commit, in one transaction; the load goes on with the next unit.
     */
    public void commitUnit(List<Quad> log) {
        target.add(log);
        target.commit();
    }

    /**
     * The database being loaded, for reads in the caller's own read transactions: they see what was
     * committed, not the unit being written.
     */
    public DatasetGraph dataset() {
        return store.dataset();
    }

    /** Whether this load goes through the bulk loader. */
    public boolean bulk() {
        return staging != null;
    }

    /** Commits every record received so far; ends the load. */
    public void commit() {
        target.commit();
        done = true;
        if (target instanceof WriterThread w) {
            w.shutdown();
        }
        if (staging != null) {
            store.close();
            moveIntoPlace();
        }
    }

    /** Gives up whatever was not committed, unless {@link #commit()} was called; releases the database. */
    @Override
    public void close() {
        try {
            if (!done) {
                target.abort();
            }
        } finally {
            try {
                // An abandoned loader's threads are stuck holding the dataset: releasing it would wait for them.
                if (!(target instanceof WriterThread w && w.abandoned())) {
                    store.close();
                }
                if (staging != null && !done) {
                    deleteTree(staging);
                }
            } finally {
                claim.close();
            }
        }
    }

    private void moveIntoPlace() {
        try {
            Files.deleteIfExists(dir);
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PubldException(dir + ": cannot move the loaded database from " + staging + " into place: "
                    + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new PubldException(root + ": cannot remove the staging directory: " + e.getMessage(), e);
        }
    }
}
