package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TestLoginFailures {
    private Instant now = Instant.parse("2025-01-01T00:00:00Z");
    private final LoginFailures failures = new LoginFailures(() -> now, 3, Duration.ofSeconds(60));

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            failures.failed(address);
            now = now.plusSeconds(1);
        }
    }

    @Test
    void fewFailuresNeedNoWait() {
        fail("10.0.0.1", 2);
        assertEquals(Duration.ZERO, failures.waitFor("10.0.0.1"));
    }

    @Test
    void tooManyFailuresWaitUntilTheOldestAges() {
        fail("10.0.0.1", 3);
        assertEquals(Duration.ofSeconds(57), failures.waitFor("10.0.0.1"));
        now = now.plusSeconds(57);
        assertEquals(Duration.ZERO, failures.waitFor("10.0.0.1"));
    }

    @Test
    void otherAddressesAreNotHeldUp() {
        fail("10.0.0.1", 3);
        assertEquals(Duration.ZERO, failures.waitFor("10.0.0.2"));
    }
}
