package org.publd.net;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An answer's body that fails as a timeout ({@link Stalled}) when nothing arrives for the client's
 * timeout: the JDK's request timeout ends with the answer's headers, so a server that stops sending
 * midway would otherwise hold the reader forever. A watcher closes the body stream, which wakes the
 * read that waits.
 */
final class StallGuard extends FilterInputStream {
    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "publd-net-stall-watch");
        t.setDaemon(true);
        return t;
    });

    /** Nothing of the answer's body arrived for the timeout. */
    static final class Stalled extends HttpTimeoutException {
        private static final long serialVersionUID = 1L;

        Stalled(Duration timeout) {
            super("no bytes of the answer for " + timeout.toMillis() + " ms");
        }
    }

    private final Duration timeout;
    private final ScheduledFuture<?> watch;
    private volatile long lastRead = System.nanoTime();
    private volatile boolean stalled;

    StallGuard(InputStream body, Duration timeout) {
        super(body);
        this.timeout = timeout;
        long every = Math.max(1, timeout.toMillis() / 4);
        this.watch = WATCHER.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (!stalled && System.nanoTime() - lastRead >= timeout.toNanos()) {
            stalled = true;
            try {
                in.close();
            } catch (IOException e) {
                // the waiting read fails anyway, and says why
            }
        }
    }

    @Override
    public int read() throws IOException {
        return guarded(in::read);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return guarded(() -> in.read(b, off, len));
    }

    /** A read of the body. */
    private interface Read {
        int run() throws IOException;
    }

    private int guarded(Read read) throws IOException {
        int n;
        try {
            n = read.run();
        } catch (IOException e) {
            throw stalled ? new Stalled(timeout) : e;
        }
        if (stalled) {
            throw new Stalled(timeout);
        }
        lastRead = System.nanoTime();
        return n;
    }

    @Override
    public void close() throws IOException {
        watch.cancel(false);
        super.close();
    }
}
