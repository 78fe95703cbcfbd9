package org.publd.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.PubldException;

/** One load at a time per database (issue 15, point 12); a child process's load is refused in TestStoreCommands. */
class TestLoadClaim {
    @TempDir
    Path tmp;

    @Test
    void aSecondLoaderIsRefusedNamingTheProcessAndTheClaimEndsWithTheFirst() {
        Path db = tmp.resolve("db");
        try (StoreLoader first = StoreLoader.open(db, LoadPath.AUTO)) {
            PubldException e = assertThrows(PubldException.class, () -> StoreLoader.open(db, LoadPath.AUTO).close());
            assertTrue(e.getMessage().contains("another publd load is loading this database (process "
                    + ProcessHandle.current().pid() + ")"), e.getMessage());
            assertTrue(first.bulk(), "the first load's staging is left alone");
            first.commit();
        }
        StoreLoader.open(db, LoadPath.AUTO).close();
    }
}
