package org.publd.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TestResponseCache {
    private static ResponseCache.Rendered body(int size) {
        return new ResponseCache.Rendered(new byte[size], "\"t" + size + "\"");
    }

    @Test
    void keptUntilTheVersionChanges() {
        AtomicLong version = new AtomicLong(1);
        ResponseCache cache = new ResponseCache(version::get, 1000, iri -> true);
        cache.put("a", Representation.TURTLE, body(10), cache.version());
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
        cache.put("a", Representation.TURTLE, body(10), before);
        assertNull(cache.get("a", Representation.TURTLE));
    }

    @Test
    void leastRecentlyUsedGoFirstOverTheBudget() {
        ResponseCache cache = new ResponseCache(() -> 7, 1000, iri -> true);
        cache.put("a", Representation.TURTLE, body(100), 7);
        cache.put("b", Representation.TURTLE, body(100), 7);
        cache.get("a", Representation.TURTLE);
        for (int i = 0; i < 9; i++) {
            cache.put("c" + i, Representation.TURTLE, body(100), 7);
        }
        assertNotNull(cache.get("a", Representation.TURTLE));
        assertNull(cache.get("b", Representation.TURTLE));
        assertEquals(10, cache.size());
    }

    @Test
    void unknownVersionsAndExcludedIrisAreNotKept() {
        ResponseCache unknown = new ResponseCache(() -> DataVersion.UNKNOWN, 1000, iri -> true);
        unknown.put("a", Representation.TURTLE, body(10), DataVersion.UNKNOWN);
        assertEquals(0, unknown.size());
        ResponseCache excluding = new ResponseCache(() -> 1, 1000, iri -> !iri.equals("void"));
        excluding.put("void", Representation.TURTLE, body(10), 1);
        assertEquals(0, excluding.size());
    }
}
