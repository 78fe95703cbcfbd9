package org.publd.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.publd.PubldException;
import org.publd.mapping.MappedRecord;

/**
 * Runs a target's writes on one thread of their own, in order, so that mapping the next records
 * overlaps with storing the last ones. Every call of the target, its making and commits included,
 * happens on that thread, as TDB2 transactions (and the bulk loader's exclusive mode) belong to a
 * thread. A failed write fails the next call.
 *
 * <p>A target whose own threads can die without a word (TDB2's bulk loader) has its failure
 * reported through {@link #abandon}: the caller's next call fails at once, even while this thread is
 * stuck waiting for the dead ones, and nothing waits for this thread any more.
 */
final class WriterThread implements RecordTarget {
    /** Records mapped but not yet stored, at most: bounds the memory the queue takes. */
    private static final int QUEUED_RECORDS = 256;

    private final ExecutorService writer;
    private final RecordTarget target;
    private final Semaphore room = new Semaphore(QUEUED_RECORDS);
    private final CompletableFuture<Void> abandoned = new CompletableFuture<>();
    private volatile RuntimeException failure;

    WriterThread(RecordTarget target) {
        this(Thread.currentThread().getThreadGroup(), () -> target);
    }

    /**
     * Makes the target on the writer thread, which belongs to {@code group}: so do the threads the
     * target starts. The thread is a daemon, and so are they: a load abandoned with them stuck ends with its process.
     */
    WriterThread(ThreadGroup group, Supplier<RecordTarget> make) {
        writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(group, r, "publd-store-writer");
            t.setDaemon(true);
            return t;
        });
        target = await(CompletableFuture.supplyAsync(make, writer));
    }

    @Override
    public void replace(MappedRecord record) {
        queue(() -> target.replace(record));
    }

    @Override
    public void drop(Node graph) {
        queue(() -> target.drop(graph));
    }

    @Override
    public void add(List<Quad> quads) {
        queue(() -> target.add(quads));
    }

    @Override
    public void commit() {
        await(CompletableFuture.runAsync(() -> {
            rethrow();
            target.commit();
        }, writer));
    }

    /** Gives up the open batch, even after a failed write; after {@link #abandon}, nothing is left to give up. */
    @Override
    public void abort() {
        try {
            if (!abandoned()) {
                await(CompletableFuture.runAsync(target::abort, writer));
            }
        } finally {
            writer.shutdown();
        }
    }

    /** Stops the thread once the queued writes are done. */
    void shutdown() {
        writer.shutdown();
    }

    /**
     * The target failed where its calls cannot say so: the caller's next call throws {@code cause},
     * and nothing waits for the writer thread, which may never return.
     */
    void abandon(RuntimeException cause) {
        if (failure == null) {
            failure = cause;
        }
        abandoned.completeExceptionally(failure);
        room.release(QUEUED_RECORDS);
    }

    /** Whether the writer thread was given up ({@link #abandon}): the database must not be touched. */
    boolean abandoned() {
        return abandoned.isDone();
    }

    private void queue(Runnable write) {
        rethrow();
        room.acquireUninterruptibly();
        rethrow();
        writer.execute(() -> {
            try {
                if (failure == null) {
                    write.run();
                }
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            } finally {
                room.release();
            }
        });
    }

    private <T> T await(CompletableFuture<T> call) {
        try {
            CompletableFuture.anyOf(call, abandoned).join();
            return call.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new PubldException(e.getCause().toString(), e.getCause());
        }
    }

    private void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }
}
