package org.publd.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.publd.mapping.DatasetFigures;
import org.publd.server.read.DataVersion;
import org.publd.server.read.Statistics;

/** The landing page's and VoID's figures: counted once per data version, never per request. */
class TestDatasetStatistics {
    private final AtomicInteger counts = new AtomicInteger();
    private final AtomicLong version = new AtomicLong(1);

    private final Supplier<Statistics> count = () -> {
        int n = counts.incrementAndGet();
        return new Statistics(new DatasetFigures(n, n, Collections.emptySortedMap(), Map.of(), List.of()), n, Set.of());
    };

    // Counts run in the caller's thread here, so each call has finished counting when it returns.
    private DatasetStatistics statistics(DataVersion v, Duration maxAge) {
        return new DatasetStatistics(count, v, maxAge, Runnable::run);
    }

    @Test
    void requestsOfOneDataVersionShareOneCount() {
        DatasetStatistics s = statistics(version::get, Duration.ZERO);
        Statistics first = s.current();
        assertSame(first, s.current());
        assertSame(first, s.current());
        assertEquals(1, counts.get());
    }

    @Test
    void aNewDataVersionIsCountedOnce() {
        DatasetStatistics s = statistics(version::get, Duration.ZERO);
        s.current();
        version.incrementAndGet();
        assertEquals(2, s.current().figures().records());
        s.current();
        assertEquals(2, counts.get());
    }

    @Test
    void aStoreWithoutAVersionIsCountedAgainOnlyAfterTheMaximumAge() {
        DatasetStatistics s = statistics(() -> DataVersion.UNKNOWN, Duration.ofDays(1));
        s.current();
        s.current();
        assertEquals(1, counts.get());
    }

    @Test
    void aFailedCountIsReportedAndTriedAgainByTheNextRequest() {
        AtomicInteger calls = new AtomicInteger();
        DatasetStatistics s = new DatasetStatistics(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("store unavailable");
            }
            return count.get();
        }, version::get, Duration.ZERO, Runnable::run);
        assertThrows(IllegalStateException.class, s::current);
        assertEquals(1, s.current().figures().records());
        assertEquals(2, calls.get());
    }
}
