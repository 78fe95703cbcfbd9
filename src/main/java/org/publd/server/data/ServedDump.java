package org.publd.server.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.publd.mapping.output.OutputFormat;
import org.publd.server.read.DataVersion;
import org.publd.store.DatasetDump;
import org.publd.store.Tdb2Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dump files the server sends at {@code /dump.nq.gz}, {@code /dump.nt.gz}, {@code /dump.ttl.gz}. A
 * database's own dump ({@link DatasetDump}), written by load and link, is sent as it is; one missing or
 * out of date (a database loaded by an older PubLD) is written in the background while requests get
 * 503. Data loaded into memory gets a dump in a temporary folder, written at start and removed at
 * {@link #close()}. When the data changes while the server runs (an admin's update), the dump is
 * written again in the background, as a new version, and the previous one is sent until the new one
 * is current.
 *
 * <p>A download {@linkplain #open() opens} the current version and holds it until its response has
 * ended: its files are not removed meanwhile, however many versions are written, so it gets one version
 * whole. A version that is neither current nor held by a download is removed.
 */
public final class ServedDump implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServedDump.class);

    private final DatasetDump dump;
    private final Consumer<DatasetDump> writer;
    private final DataVersion version;
    private final boolean temporary;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "publd-dump");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean writing = new AtomicBoolean();
    private volatile long writtenVersion = DataVersion.UNKNOWN;
    /** The version downloads open; {@link DatasetDump#NONE} until there is one. Guarded by {@link #downloads}. */
    private long served = DatasetDump.NONE;
    /** The downloads under way, by the version they read. */
    private final Map<Long, Integer> downloads = new HashMap<>();

    private ServedDump(DatasetDump dump, Consumer<DatasetDump> writer, DatasetGraph dsg, boolean temporary) {
        this.dump = dump.keeping(this::held);
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
        ServedDump served = new ServedDump(DatasetDump.ofDatabase(store.dir()), d -> d.update(store),
                store.dataset(), false);
        if (served.dump.isCurrent(store)) {
            served.writtenVersion = served.version.current();
            served.serveCurrent();
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
        // Also when the process is stopped (Ctrl-C) rather than closed: the folder first, so its files go before it.
        folder.toFile().deleteOnExit();
        ServedDump served = new ServedDump(DatasetDump.in(folder), d -> {
            d.write(dsg);
            deleteOnExit(d);
        }, dsg, true);
        served.writtenVersion = served.version.current();
        served.writer.accept(served.dump);
        served.serveCurrent();
        return served;
    }

    private static void deleteOnExit(DatasetDump d) {
        d.folder().resolve(DatasetDump.CURRENT).toFile().deleteOnExit();
        for (OutputFormat format : DatasetDump.FORMATS) {
            d.folder().resolve(DatasetDump.fileName(d.current(), format)).toFile().deleteOnExit();
        }
    }

    /** The folder holding the dump files. */
    Path folder() {
        return dump.folder();
    }

    /**
     * Opens the current version for a download, to be {@linkplain Download#close() closed} when its
     * response has ended; null when there is no dump yet. When the data changed since the dump was
     * written, starts writing a new one (the one there is sent until then).
     */
    Download open() {
        long now = version.current();
        synchronized (downloads) {
            if (served == DatasetDump.NONE) {
                return null;
            }
            if (now != DataVersion.UNKNOWN && now != writtenVersion) {
                refresh();
            }
            downloads.merge(served, 1, Integer::sum);
            return new Download(served);
        }
    }

    /** A download of one version: its files stay until it is closed. */
    final class Download implements AutoCloseable {
        private final long of;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Download(long of) {
            this.of = of;
        }

        /** The name of the file in {@code format} of the version downloaded, in {@link #folder()}. */
        String fileName(OutputFormat format) {
            return DatasetDump.fileName(of, format);
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            synchronized (downloads) {
                if (downloads.merge(of, -1, Integer::sum) == 0) {
                    downloads.remove(of);
                    if (of != served) {
                        dump.removeOld();
                    }
                }
            }
        }
    }

    // Whether the files of a version must stay: it is the one sent, or a download reads it.
    private boolean held(long v) {
        synchronized (downloads) {
            return v == served || downloads.containsKey(v);
        }
    }

    // Downloads open the version just written from now on; the one before goes unless a download holds it.
    private void serveCurrent() {
        synchronized (downloads) {
            served = dump.current();
            dump.removeOld();
        }
    }

    // One writer at a time: requests during a write find it busy and start none.
    private void refresh() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        long from = version.current();
        background.execute(() -> {
            try {
                writer.accept(dump);
                writtenVersion = from;
                serveCurrent();
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
                try (Stream<Path> files = Files.list(dump.folder())) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(dump.folder());
            } catch (IOException e) {
                LOG.warn("Cannot remove the temporary dump {}: {}", dump.folder(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
