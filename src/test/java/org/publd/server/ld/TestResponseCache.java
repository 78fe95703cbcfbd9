package org.publd.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.publd.server.read.DataVersion;

class TestResponseCache {
    private static ResponseCache.Rendered body(int size) {
        return new ResponseCache.Rendered(new byte[size], "\"t" + size + "\"");
    }

    /** Renders an answer twice, which keeps it. */
    private static void keep(ResponseCache cache, String iri, ResponseCache.Rendered body, long version) {
        cache.put(iri, Representation.TURTLE, body, version);
        cache.put(iri, Representation.TURTLE, body, version);
    }

    @Test
    void keptTheSecondTimeItIsRendered() {
        ResponseCache cache = new ResponseCache(() -> 1, 1000, iri -> true);
        cache.put("a", Representation.TURTLE, body(10), 1);
        cache.put("a", Representation.HTML, body(10), 1);
        cache.put("b", Representation.TURTLE, body(10), 1);
        assertEquals(0, cache.size(), "rendered once each");
        cache.put("a", Representation.TURTLE, body(10), 1);
        assertNotNull(cache.get("a", Representation.TURTLE));
        assertNull(cache.get("a", Representation.HTML));
        assertNull(cache.get("b", Representation.TURTLE));
    }

    @Test
    void keptUntilTheVersionChanges() {
        AtomicLong version = new AtomicLong(1);
        ResponseCache cache = new ResponseCache(version::get, 1000, iri -> true);
        keep(cache, "a", body(10), cache.version());
        assertNotNull(cache.get("a", Representation.TURTLE));
        assertNull(cache.get("a", Representation.HTML));
        version.incrementAndGet();
        assertNull(cache.get("a", Representation.TURTLE));
    }

    @Test
    void renderedFromAnOldVersionIsNotKept() {
        AtomicLong version = new AtomicLong(1);
        ResponseCache cache = new ResponseCache(version::get, 1000, iri -> true);
        long before = cache.version();
        version.incrementAndGet();
        keep(cache, "a", body(10), before);
        assertNull(cache.get("a", Representation.TURTLE));
    }

    @Test
    void leastRecentlyUsedGoFirstOverTheBudget() {
        ResponseCache cache = new ResponseCache(() -> 7, 1000, iri -> true);
        keep(cache, "a", body(100), 7);
        keep(cache, "b", body(100), 7);
        cache.get("a", Representation.TURTLE);
        for (int i = 0; i < 9; i++) {
            keep(cache, "c" + i, body(100), 7);
        }
        assertNotNull(cache.get("a", Representation.TURTLE));
        assertNull(cache.get("b", Representation.TURTLE));
        assertEquals(10, cache.size());
    }

    @Test
    void unknownVersionsAndExcludedIrisAreNotKept() {
        ResponseCache unknown = new ResponseCache(() -> DataVersion.UNKNOWN, 1000, iri -> true);
        keep(unknown, "a", body(10), DataVersion.UNKNOWN);
        assertEquals(0, unknown.size());
        ResponseCache excluding = new ResponseCache(() -> 1, 1000, iri -> !iri.equals("void"));
        keep(excluding, "void", body(10), 1);
        assertEquals(0, excluding.size());
    }
}
