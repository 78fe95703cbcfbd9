package org.publd.server.read;

import org.publd.PubldException;

/**
 * The store did not answer: it cannot be reached (the server answers 502) or took longer than the
 * server waits (504). The message is short and says which, for the page a reader sees.
 */
public final class StoreUnavailable extends PubldException {
    private static final long serialVersionUID = 1L;

    /** Whether the store was too slow rather than unreachable. */
    private final boolean timedOut;

    public StoreUnavailable(String message, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    /** The HTTP status for a page that needed the store: 504 when it was too slow, else 502. */
    public int status() {
        return timedOut ? 504 : 502;
    }
}
