package org.publd.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Consumer;
import org.publd.PubldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads of TDB2's parallel bulk loader, watched. The loader reports none of its threads'
 * failures: one that dies (an {@code InternalError} when a memory-mapped index cannot grow on a full
 * disk) or logs an exception and ends (an {@code IOException} writing the node table) leaves the
 * others, and the thread that feeds or finishes the load, waiting forever (issue 15). Here a thread
 * that dies, ends before the load is finishing, or is left waiting for input once another has ended,
 * is a failure of the load, reported to {@link #onFailure} and saying when the disk is full.
 *
 * <p>Threads belong to this group when a thread of it starts them: {@link WriterThread} runs the
 * loader on one.
 */
final class LoaderThreads extends ThreadGroup {
    private static final Logger LOG = LoggerFactory.getLogger(LoaderThreads.class);
    /** Below this much free space the disk counts as full: TDB2 grows its files by megabytes. */
    private static final long FULL_BELOW_BYTES = 16L << 20;
    /** How long a loader thread may wait for input that can no longer come: its feeder hands it over in microseconds. */
    private static final Duration STALLED = Duration.ofSeconds(5);

    private final Path dir;
    private final Set<Thread> loaders = new HashSet<>();
    private volatile Consumer<RuntimeException> onFailure = e -> { };
    private volatile boolean finishing;

    /** @param dir the directory the loader writes, whose disk is checked when it fails */
    LoaderThreads(Path dir) {
        super("publd-bulk-load");
        this.dir = dir;
    }

    /** Who hears of a failure that no call of the loader throws. */
    void onFailure(Consumer<RuntimeException> listener) {
        onFailure = listener;
    }

    /** Runs {@code start} (on a thread of this group) and watches the threads it starts until the load finishes. */
    void watchStarted(Runnable start) {
        Set<Thread> before = threads();
        start.run();
        for (Thread t : threads()) {
            if (!before.contains(t)) {
                loaders.add(t);
                Thread watch = new Thread(this, () -> awaitEnd(t), "publd-bulk-load-watch");
                watch.setDaemon(true);
                watch.start();
            }
        }
    }

    /** The data has all been given: from now the loader's threads end as they finish. Throws if one ended before. */
    void finishing() {
        finishing = true;
        if (loaders.stream().anyMatch(t -> !t.isAlive())) {
            throw failure(null);
        }
        Thread watch = new Thread(this, this::watchFinish, "publd-bulk-load-finish-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * While the loader finishes: the thread that feeds the indexers hands each its end marker before it
     * ends, so once one loader thread has ended, none should stay waiting on its input queue. One that
     * does for {@link #STALLED} was left without its end marker by a feeder that failed.
     */
    private void watchFinish() {
        long since = -1;
        try {
            while (loaders.stream().anyMatch(Thread::isAlive)) {
                boolean stalled = loaders.stream().anyMatch(t -> !t.isAlive())
                        && loaders.stream().anyMatch(LoaderThreads::waitingForInput);
                long now = System.nanoTime();
                since = stalled ? (since < 0 ? now : since) : -1;
                if (since >= 0 && now - since >= STALLED.toNanos()) {
                    onFailure.accept(failure(null));
                    return;
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitingForInput(Thread t) {
        return t.getState() == Thread.State.WAITING && Arrays.stream(t.getStackTrace()).anyMatch(
                f -> f.getClassName().equals(ArrayBlockingQueue.class.getName()) && f.getMethodName().equals("take"));
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        LOG.debug("{} died", t.getName(), e);
        onFailure.accept(failure(e));
    }

    private void awaitEnd(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!finishing) {
            onFailure.accept(failure(null));
        }
    }

    private Set<Thread> threads() {
        Thread[] all = new Thread[activeCount() + 16];
        int n = enumerate(all);
        return new HashSet<>(Arrays.asList(all).subList(0, n));
    }

    /** The load's failure: the disk is full, or a thread of the loader stopped (with its cause, when one is known). */
    PubldException failure(Throwable cause) {
        String why = cause == null ? "a thread of TDB2's bulk loader stopped (see the error above)"
                : "TDB2's bulk loader failed: " + rootMessage(cause);
        if (diskFull(cause)) {
            why = "the disk is full (" + freeSpace() + " free); " + why + ". Free some space and load again";
        }
        return new PubldException(dir + ": bulk load failed, nothing was loaded: " + why, cause);
    }

    private boolean diskFull(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            // ENOSPC, or the JDK's error for a memory-mapped write the file system could not back.
            if (m.contains("no space left") || t instanceof InternalError && m.contains("unsafe memory access")) {
                return true;
            }
        }
        return usableSpace() < FULL_BELOW_BYTES;
    }

    private long usableSpace() {
        try {
            return Files.getFileStore(Files.exists(dir) ? dir : dir.getParent()).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private String freeSpace() {
        long bytes = usableSpace();
        return bytes == Long.MAX_VALUE ? "unknown space" : String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
