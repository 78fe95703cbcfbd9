package org.publd.server.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.core.DatasetGraph;
import org.publd.server.read.DataVersion;
import org.publd.store.DatasetDump;
import org.publd.store.Tdb2Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dump file the server sends at {@code /dump.nq.gz}. A database's own dump ({@link DatasetDump}),
 * written by load and link, is sent as it is; one missing or out of date (a database loaded by an
 * older PubLD) is written in the background while requests get 503. Data loaded into memory gets a
 * dump in a temporary folder, written at start and removed at {@link #close()}. When the data
 * changes while the server runs (an admin's update), the dump is written again in the background,
 * and the previous one is sent until the new one replaces it.
 */
public final class ServedDump implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServedDump.class);

    private final DatasetDump dump;
    private final Runnable writer;
    private final DataVersion version;
    private final boolean temporary;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "publd-dump");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean writing = new AtomicBoolean();
    private volatile boolean ready;
    private volatile long writtenVersion = DataVersion.UNKNOWN;

    private ServedDump(DatasetDump dump, Runnable writer, DatasetGraph dsg, boolean temporary) {
        this.dump = dump;
        this.writer = writer;
        this.version = DataVersion.of(dsg);
        this.temporary = temporary;
        try {
            Files.createDirectories(dump.folder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dump of the database {@code store}, written in the background unless it is up to date. */
    public static ServedDump ofDatabase(Tdb2Store store) {
        DatasetDump dump = DatasetDump.ofDatabase(store.dir());
        ServedDump served = new ServedDump(dump, () -> dump.update(store), store.dataset(), false);
        if (dump.isCurrent(store)) {
            served.writtenVersion = served.version.current();
            served.ready = true;
        } else {
            served.refresh();
        }
        return served;
    }

    /** A dump of {@code dsg} written now into a new temporary folder, removed at {@link #close()}. */
    public static ServedDump temporary(DatasetGraph dsg) {
        Path folder;
        try {
            folder = Files.createTempDirectory("publd-dump");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Also when the process is stopped (Ctrl-C) rather than closed: the folder first, so its file goes before it.
        folder.toFile().deleteOnExit();
        DatasetDump dump = DatasetDump.in(folder);
        dump.file().toFile().deleteOnExit();
        ServedDump served = new ServedDump(dump, () -> dump.write(dsg), dsg, true);
        served.writtenVersion = served.version.current();
        dump.write(dsg);
        served.ready = true;
        return served;
    }

    /** The folder holding the dump file, {@value DatasetDump#FILE_NAME}. */
    Path folder() {
        return dump.folder();
    }

    /**
     * Whether there is a dump to send; when the data changed since it was written, starts writing a
     * new one (the one there stays until then).
     */
    boolean ready() {
        long now = version.current();
        if (ready && now != DataVersion.UNKNOWN && now != writtenVersion) {
            refresh();
        }
        return ready;
    }

    // One writer at a time: requests during a write find it busy and start none.
    private void refresh() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        long from = version.current();
        background.execute(() -> {
            try {
                writer.run();
                writtenVersion = from;
                ready = true;
            } catch (RuntimeException e) {
                LOG.error(e.getMessage(), e);
            } finally {
                writing.set(false);
            }
        });
    }

    /** Waits until the writes started so far have ended. */
    public void awaitWrites(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        background.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        background.shutdownNow();
        if (temporary) {
            try {
                // A write under way goes on to its end (exports do not stop when interrupted): wait for it.
                background.awaitTermination(1, TimeUnit.MINUTES);
                Files.deleteIfExists(dump.file());
                Files.deleteIfExists(dump.folder());
            } catch (IOException e) {
                LOG.warn("Cannot remove the temporary dump {}: {}", dump.folder(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
