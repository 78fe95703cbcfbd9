package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.store.DatasetDump;

/** The time in {@code publd load}'s summary is the whole command's, the work after the last record included. */
class TestLoadTime {
    @TempDir
    Path tmp;

    /** Reads 100 s later once the database's dump exists: what a load writes last. */
    private record AfterTheDump(Path db) {
        Instant now() {
            return Instant.EPOCH.plus(Files.exists(DatasetDump.ofDatabase(db).file())
                    ? Duration.ofSeconds(100) : Duration.ZERO);
        }
    }

    private static Clock clock(AfterTheDump time) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return time.now();
            }
        };
    }

    @Test
    void theSummaryTimesTheLoadUntilItsDumpIsWritten() throws Exception {
        Path db = tmp.resolve("db");
        Path in = tmp.resolve("in.nbib");
        try (var sample = getClass().getResourceAsStream("/samples/medline/holub008-single.nbib")) {
            Files.copy(sample, in);
        }
        CliWithLineRecords.Run run = CliWithLineRecords.runCommand(new LoadCommand(clock(new AfterTheDump(db))),
                "--db", db.toString(), in.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().strip().endsWith(", 100.0 s"), run.err());
    }
}
