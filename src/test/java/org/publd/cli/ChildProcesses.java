package org.publd.cli;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping a server a test started as a child process. */
final class ChildProcesses {
    private ChildProcesses() {
    }

    /** Asks {@code process} to stop (SIGTERM), kills it after {@code grace}, and waits until it has gone. */
    static void stop(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
