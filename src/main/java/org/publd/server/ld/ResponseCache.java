package org.publd.server.ld;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Rendered Linked Data responses by resource and representation, kept while the data version they
 * were rendered from is current, least recently used first out once over a byte budget. The data is
 * read far more often than it changes, and rendering a page costs far more than sending it.
 */
public final class ResponseCache {
    /** A rendered body with its entity tag. */
    public record Rendered(byte[] body, String etag) {
    }

    private record Key(String iri, Representation representation) {
    }

    private record Entry(Rendered rendered, long version) {
    }

    private final DataVersion version;
    private final long maxBytes;
    private final Predicate<String> cacheable;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long entriesVersion = DataVersion.UNKNOWN;

    /**
     * @param version   the data version; nothing is kept while it is {@link DataVersion#UNKNOWN}
     * @param maxBytes  the most body bytes kept
     * @param cacheable which IRIs may be kept: not those whose description changes without a new version
     */
    public ResponseCache(DataVersion version, long maxBytes, Predicate<String> cacheable) {
        this.version = version;
        this.maxBytes = maxBytes;
        this.cacheable = cacheable;
    }

    /** A cache that keeps nothing. */
    public static ResponseCache none() {
        return new ResponseCache(() -> DataVersion.UNKNOWN, 0, iri -> false);
    }

    /** The data version now: read it before describing, and store under it. */
    public long version() {
        return version.current();
    }

    /** The response rendered from the current data version, if kept. */
    public synchronized Rendered get(String iri, Representation r) {
        Key key = new Key(iri, r);
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (e.version() != version.current()) {
            remove(key);
            return null;
        }
        return e.rendered();
    }

    /** Keeps a response rendered from data version {@code renderedFrom}, unless that is no longer current. */
    public synchronized void put(String iri, Representation r, Rendered rendered, long renderedFrom) {
        long now = version.current();
        if (now == DataVersion.UNKNOWN || renderedFrom != now || rendered.body().length > maxBytes / 8
                || !cacheable.test(iri)) {
            return;
        }
        if (entriesVersion != now) {
            entries.clear();
            bytes = 0;
            entriesVersion = now;
        }
        Key key = new Key(iri, r);
        remove(key);
        entries.put(key, new Entry(rendered, now));
        bytes += rendered.body().length;
        Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().rendered().body().length;
            eldest.remove();
        }
    }

    /** How many responses are kept. */
    public synchronized int size() {
        return entries.size();
    }

    private void remove(Key key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.rendered().body().length;
        }
    }
}
