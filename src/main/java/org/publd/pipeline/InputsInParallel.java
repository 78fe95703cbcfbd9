package org.publd.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.publd.PubldException;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.RecordSink;

/**
 * Inputs read and mapped on several threads, an input each, their records handed to one writer on the
 * caller's thread in input order: all of the first input's, then all of the second's, so the output
 * (or the database) is the one a single thread makes. Each input waits in a bounded queue of
 * {@value #QUEUED} records while the inputs before it are written, so memory stays bounded; the
 * speed-up comes from mapping the next inputs while the current one is written.
 *
 * <p>Each input is a run of its own: a PMID read more than once is judged within an input
 * ({@link DuplicatePmids}); across inputs the later record is written after the earlier, so a store
 * keeps the later. An input may become ready later (a download): its mapping thread waits for it.
 * The first failure, of an input or of the writer, ends the run: the inputs before it were written
 * whole, nothing after it is, and no mapping thread is left running.
 *
 * <pre>
 * Summary s = InputsInParallel.run(jobs, new InputsInParallel.Inputs() { ... });
 * </pre>
 */
public final class InputsInParallel {
    static final int QUEUED = 64;
    private static final Object END = new Object();

    private InputsInParallel() {
    }

    /** The inputs of a run, in the order they are written. */
    public interface Inputs {
        /** How many there are. */
        int size();

        /**
         * Reads and maps input {@code index} (from 0) into {@code records}, on a mapping thread; may first
         * wait until the input is ready. What it throws stops the run before the input is written.
         */
        RecordPipeline.Summary read(int index, RecordSink records);

        /** Where the records of input {@code index} are written, asked on the caller's thread when their turn comes. */
        RecordSink writer(int index);

        /** Every record of input {@code index} was written, on the caller's thread, before the next input's first. */
        default void ended(int index, RecordPipeline.Summary summary) {
        }
    }

    static RecordPipeline.Summary run(RecordPipeline pipeline, List<String> inputs, int jobs, RecordSink sink) {
        return run(jobs, new Inputs() {
            @Override
            public int size() {
                return inputs.size();
            }

            @Override
            public RecordPipeline.Summary read(int index, RecordSink records) {
                return pipeline.run(List.of(inputs.get(index)), records);
            }

            @Override
            public RecordSink writer(int index) {
                return sink;
            }
        });
    }

    /** Reads and maps up to {@code jobs} of {@code inputs} at once and writes them in order on this thread. */
    public static RecordPipeline.Summary run(int jobs, Inputs inputs) {
        Instant started = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(r, "publd-map");
            t.setDaemon(true);
            return t;
        });
        List<BlockingQueue<Object>> queues = new ArrayList<>();
        List<Future<RecordPipeline.Summary>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < inputs.size(); i++) {
                int index = i;
                BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
                queues.add(queue);
                runs.add(pool.submit(() -> {
                    try {
                        return inputs.read(index, new Queued(queue));
                    } finally {
                        queue.put(END);
                    }
                }));
            }
            long records = 0;
            long quads = 0;
            long deleted = 0;
            long errors = 0;
            for (int i = 0; i < inputs.size(); i++) {
                drain(queues.get(i), inputs.writer(i));
                RecordPipeline.Summary s = result(runs.get(i));
                inputs.ended(i, s);
                records += s.records();
                quads += s.quads();
                deleted += s.deletedRecords();
                errors += s.errors();
            }
            return new RecordPipeline.Summary(inputs.size(), records, quads, deleted, errors,
                    Duration.between(started, Instant.now()));
        } finally {
            stop(pool);
        }
    }

    // Interrupted where they wait (a full queue, an input not ready), the mapping threads end at once.
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(BlockingQueue<Object> queue, RecordSink sink) {
        try {
            for (Object item; (item = queue.take()) != END; ) {
                if (item instanceof MappedRecord r) {
                    sink.accept(r);
                } else {
                    sink.delete((DeletedRecord) item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PubldException("interrupted while mapping", e);
        }
    }

    /** What a task returned, or what it threw, thrown on the caller's thread. */
    static <T> T result(Future<T> run) {
        try {
            return run.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new PubldException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PubldException("interrupted while mapping", e);
        }
    }

    /** One input's records into its queue, waiting while the queue is full. */
    private record Queued(BlockingQueue<Object> queue) implements RecordSink {
        @Override
        public void accept(MappedRecord record) {
            put(record);
        }

        @Override
        public void delete(DeletedRecord deleted) {
            put(deleted);
        }

        private void put(Object item) {
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PubldException("interrupted while mapping", e);
            }
        }
    }
}
