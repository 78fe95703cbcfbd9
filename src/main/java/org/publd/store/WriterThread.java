package org.publd.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.apache.jena.graph.Node;
import org.publd.PubldException;
import org.publd.mapping.MappedRecord;

/**
 * Runs a target's writes on one thread of their own, in order, so that mapping the next records
 * overlaps with storing the last ones. Every call of the target, commits included, happens on that
 * thread, as TDB2 transactions belong to a thread. A failed write fails the next call.
 */
final class WriterThread implements RecordTarget {
    /** Records mapped but not yet stored, at most: bounds the memory the queue takes. */
    private static final int QUEUED_RECORDS = 256;

    private final RecordTarget target;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "publd-store-writer");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore room = new Semaphore(QUEUED_RECORDS);
    private volatile RuntimeException failure;

    WriterThread(RecordTarget target) {
        this.target = target;
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
    public void commit() {
        await(() -> {
            rethrow();
            target.commit();
        });
    }

    /** Gives up the open batch, even after a failed write. */
    @Override
    public void abort() {
        try {
            await(target::abort);
        } finally {
            writer.shutdown();
        }
    }

    /** Stops the thread once the queued writes are done. */
    void shutdown() {
        writer.shutdown();
    }

    private void queue(Runnable write) {
        rethrow();
        room.acquireUninterruptibly();
        writer.execute(() -> {
            try {
                if (failure == null) {
                    write.run();
                }
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                room.release();
            }
        });
    }

    private void await(Runnable write) {
        try {
            writer.submit(write).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new PubldException(e.getCause().toString(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PubldException("interrupted while storing records", e);
        }
    }

    private void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }
}
