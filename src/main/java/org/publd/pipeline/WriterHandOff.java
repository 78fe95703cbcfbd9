package org.publd.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.publd.PubldException;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.RecordSink;

/**
 * A {@link RecordSink} that passes whole records to another sink on a thread of its own, so that
 * reading and mapping (on the caller's thread) and serialization (on the writer's) run side by side
 * on two cores. Records and deletions reach the wrapped sink in the order given, one thread calling
 * it; the hand-off holds at most {@link #CAPACITY} of them, so a slow writer slows the reader
 * instead of filling the heap.
 *
 * <p>A failure of the wrapped sink is thrown to the caller at its next record or at {@link #finish()};
 * {@link #close()} stops the writer when the caller gives up first.
 *
 * <pre>
 * try (WriterHandOff sink = new WriterHandOff(RdfWriters.records(format, out, prefixes))) {
 *     sink.start(); pipeline.run(inputs, sink); sink.finish();
 * }
 * </pre>
 */
public final class WriterHandOff implements RecordSink, AutoCloseable {
    /** Records waiting at most: enough to smooth out a long record, little enough to keep the heap flat. */
    static final int CAPACITY = 32;
    private static final Object END = new Object();

    private final RecordSink downstream;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread writer;
    private volatile Throwable failure;
    private boolean finished;

    public WriterHandOff(RecordSink downstream) {
        this.downstream = downstream;
        this.writer = new Thread(this::drain, "publd-writer");
        this.writer.setDaemon(true);
    }

    @Override
    public void start() {
        downstream.start();
        writer.start();
    }

    @Override
    public void accept(MappedRecord record) {
        put(record);
    }

    @Override
    public void delete(DeletedRecord deleted) {
        put(deleted);
    }

    /** Waits for the writer to pass on everything given, then finishes the wrapped sink. */
    @Override
    public void finish() {
        put(END);
        join();
        finished = true;
        rethrow();
        downstream.finish();
    }

    /** Stops the writer if {@link #finish()} was not reached; what it had not written is dropped. */
    @Override
    public void close() {
        if (!finished && writer.isAlive()) {
            writer.interrupt();
            join();
        }
    }

    private void put(Object item) {
        rethrow();
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PubldException("interrupted while writing", e);
        }
    }

    private void drain() {
        try {
            for (Object item; (item = queue.take()) != END; ) {
                if (failure != null) {
                    continue; // Taken and dropped, so that the reader never waits on a writer that failed.
                }
                try {
                    if (item instanceof MappedRecord r) {
                        downstream.accept(r);
                    } else {
                        downstream.delete((DeletedRecord) item);
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            // close(): the caller gave up; nothing more is written.
        }
    }

    private void join() {
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        Throwable t = failure;
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
