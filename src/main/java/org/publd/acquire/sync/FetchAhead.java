package org.publd.acquire.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import org.publd.PubldException;

/**
 * The files of a plan fetched ahead of their turn, on a thread of its own: one at a time and in plan
 * order (one connection to the source, as NCBI asks), each checked against its {@code .md5} (a
 * download that fails it is fetched once more, then refused), at most {@code ahead} files fetched and
 * not yet applied (so a baseline of 1,334 files never fills the disk). The first failure ends the
 * fetching; the files after it are never fetched.
 *
 * <pre>
 * try (FetchAhead fetch = FetchAhead.start(source, files, downloads, 2, listener)) {
 *     Fetched f = fetch.await(0);   // ... apply f.local() ...
 *     fetch.applied();
 * }
 * </pre>
 */
final class FetchAhead implements AutoCloseable {
    private final SourceTree source;
    private final List<NlmFile> files;
    private final Downloads downloads;
    private final Sync.Listener listener;
    /** Room for files fetched and not yet applied. */
    private final Semaphore room;
    private final List<CompletableFuture<Fetched>> fetched = new ArrayList<>();
    private final Thread thread;

    /** A file of the plan, fetched and matching its checksum. */
    record Fetched(Path local, String md5) {
    }

    private FetchAhead(SourceTree source, List<NlmFile> files, Downloads downloads, int ahead, Sync.Listener listener) {
        this.source = source;
        this.files = files;
        this.downloads = downloads;
        this.listener = listener;
        this.room = new Semaphore(Math.max(1, ahead));
        files.forEach(f -> fetched.add(new CompletableFuture<>()));
        this.thread = new Thread(this::fetchAll, "publd-fetch");
        thread.setDaemon(true);
    }

    /** Starts fetching {@code files}, at most {@code ahead} of them before they are applied. */
    static FetchAhead start(SourceTree source, List<NlmFile> files, Downloads downloads, int ahead, Sync.Listener listener) {
        FetchAhead f = new FetchAhead(source, files, downloads, ahead, listener);
        f.thread.start();
        return f;
    }

    /** File {@code index} (from 0) of the plan, once fetched and checked; throws what its fetch threw. */
    Fetched await(int index) {
        try {
            return fetched.get(index).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new PubldException(String.valueOf(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PubldException("interrupted while waiting for " + files.get(index).name(), e);
        }
    }

    /** A fetched file was applied: room for the next. */
    void applied() {
        room.release();
    }

    /** Stops fetching, and waits until the fetching thread has ended. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void fetchAll() {
        int i = 0;
        try {
            for (; i < files.size(); i++) {
                room.acquire();
                NlmFile file = files.get(i);
                listener.fetching(i + 1, new Sync.PlannedFile(file.name(), file.size()));
                String md5 = source.md5(file);
                fetched.get(i).complete(new Fetched(fetchChecked(file, md5), md5));
            }
        } catch (InterruptedException e) {
            fetched.get(i).completeExceptionally(new PubldException("interrupted while fetching " + files.get(i).name(), e));
        } catch (RuntimeException | Error e) {
            fetched.get(i).completeExceptionally(e);
        }
        for (int later = i + 1; later < files.size(); later++) {
            fetched.get(later).completeExceptionally(new PubldException(files.get(later).name() + ": not fetched, "
                    + files.get(i).name() + " failed first"));
        }
    }

    /** The file, fetched and matching its checksum: a download that does not is fetched once more. */
    private Path fetchChecked(NlmFile file, String expected) {
        Path local = source.fetch(file, downloads, listener::downloaded);
        String actual = Md5.of(local);
        if (!actual.equals(expected) && source.remote()) {
            downloads.discard(file);
            local = source.fetch(file, downloads, listener::downloaded);
            actual = Md5.of(local);
        }
        if (!actual.equals(expected)) {
            if (source.remote()) {
                downloads.discard(file);
            }
            throw new PubldException(file.name() + ": its MD5 is " + actual + ", its .md5 file says " + expected
                    + (source.remote() ? " (downloaded twice)" : "") + "; nothing of it was applied: the file"
                    + " is damaged, or " + source.describe() + " is being updated (try again later)");
        }
        return local;
    }
}
