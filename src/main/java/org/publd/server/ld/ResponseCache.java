package org.publd.server.ld;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.publd.server.read.DataVersion;

/**
 * Rendered Linked Data responses by resource and representation, kept while the data version they
 * were rendered from is current, least recently used first out once over a byte budget. The data is
 * read far more often than it changes, and rendering a page costs far more than sending it.
 *
 * <p>An answer is kept the second time it is rendered, not the first: of a large dataset most pages
 * are asked for once (crawlers, random browsing), and keeping those would push out the pages asked
 * for again, and make the garbage collector copy every one of them before it is dropped.
 */
public final class ResponseCache {
    /** A rendered body with its entity tag. */
    public record Rendered(byte[] body, String etag) {
    }

    /** Slots of the table of answers rendered lately, a power of two: 512 KiB. */
    static final int SEEN_SLOTS = 1 << 16;

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
    // Fingerprints of answers rendered lately, one slot each by hash; a collision only keeps an answer early.
    private final long[] seen = new long[SEEN_SLOTS];

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

    /**
     * Offers a response rendered from data version {@code renderedFrom}: kept if that version is still
     * current and the same answer was rendered before (see above).
     */
    public synchronized void put(String iri, Representation r, Rendered rendered, long renderedFrom) {
        long now = version.current();
        if (now == DataVersion.UNKNOWN || renderedFrom != now || rendered.body().length > maxBytes / 8
                || !cacheable.test(iri) || !renderedBefore(iri, r)) {
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

    private boolean renderedBefore(String iri, Representation r) {
        long fingerprint = mix(((long) iri.hashCode() << 8) ^ iri.length() << 40 ^ r.ordinal()) | 1;
        int slot = (int) (fingerprint >>> 40) & (SEEN_SLOTS - 1);
        if (seen[slot] == fingerprint) {
            return true;
        }
        seen[slot] = fingerprint;
        return false;
    }

    // MurmurHash3's 64-bit finaliser: spreads every input bit over the whole fingerprint.
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53ec2fdL;
        return h ^ (h >>> 33);
    }

    private void remove(Key key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.rendered().body().length;
        }
    }
}
