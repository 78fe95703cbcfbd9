package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestServePasswordFile {
    @TempDir
    Path dir;

    /** Before: the server started and took a blank password as a login. Now: exit 1 naming the file and line. */
    @Test
    void malformedPasswordFileStopsServe() throws Exception {
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, "admin: s3cret\nreader\n");
        CliWithLineRecords.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliWithLineRecords.run(
                "serve", "--port", "0", "--admin-password-file", passwords.toString()));
        assertEquals(ExitCodes.FAILED, run.exit(), run.err());
        assertTrue(run.err().contains(passwords + " line 2: expected 'user: password'"), run.err());
    }
}
