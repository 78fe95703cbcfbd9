package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o}'s file (issue 15, points 9 and 10): only a regular file is replaced, a link's target
 * rather than the link, devices and FIFOs are written in place; parts of runs that are gone are
 * cleaned, those of live runs kept, and SIGTERM removes a run's own.
 */
class TestAtomicFile {
    private static final String CONTENT = "<urn:s> <urn:p> <urn:o> .\n";

    @TempDir
    Path tmp;

    private static void write(Path target) {
        AtomicFile.write(target, out -> {
            out.write(CONTENT.getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aNullDeviceStaysADevice() throws Exception {
        Path dev = tmp.resolve("null");
        assumeTrue(run("mknod", dev.toString(), "c", "1", "3"), "mknod needs root");
        write(dev);
        assertFalse(Files.isRegularFile(dev, LinkOption.NOFOLLOW_LINKS), "still the null device");
        assertTrue(Files.exists(dev));
        assertEquals(0, Files.size(dev));
    }

    @Test
    void aFifoIsWrittenToNotReplaced() throws Exception {
        Path fifo = tmp.resolve("fifo");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo");
        // Opening a FIFO for reading waits for its writer: a thread reads it as a consumer would.
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        write(fifo);
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a FIFO");
        assertEquals(CONTENT, read.get(30, TimeUnit.SECONDS));
    }

    @Test
    void aLinkStaysALinkAndItsTargetGetsTheContent() throws Exception {
        Path target = Files.writeString(tmp.resolve("target.nt"), "old\n");
        Path link = Files.createSymbolicLink(tmp.resolve("link.nt"), Path.of("target.nt"));
        write(link);
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(Path.of("target.nt"), Files.readSymbolicLink(link));
        assertEquals(CONTENT, Files.readString(target));
    }

    @Test
    void aDanglingLinkGetsItsTargetCreated() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("link.nt"), Path.of("new.nt"));
        write(link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(CONTENT, Files.readString(tmp.resolve("new.nt")));
    }

    @Test
    void aPartOfAProcessThatIsGoneIsRemovedByTheNextRun() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path out = tmp.resolve("out.nt");
        Path stale = Files.writeString(AtomicFile.partOf(out, gone.pid()), "half");
        write(out);
        assertFalse(Files.exists(stale));
        assertEquals(CONTENT, Files.readString(out));
    }

    @Test
    void aPartOfALiveProcessIsKept() throws Exception {
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        Path out = tmp.resolve("out.nt");
        Path theirs = Files.writeString(AtomicFile.partOf(out, live), "half");
        Path otherFile = Files.writeString(tmp.resolve(".other.nt.publd-1.part"), "not ours");
        write(out);
        assertTrue(Files.exists(theirs), "a live run's part");
        assertTrue(Files.exists(otherFile), "the part of another file");
    }

    @Test
    void sigtermRemovesTheRunsPart() throws Exception {
        Path out = tmp.resolve("out.ttl");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "map", "-o", out.toString(), "-");
        // Standard input stays open and empty: the run waits for records with its part created.
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            Path part = AtomicFile.partOf(out, child.pid());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(part) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.exists(part), "the run writes through " + part + ": " + Files.readString(tmp.resolve("child.log")));
            child.destroy();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertFalse(Files.exists(part), "removed at SIGTERM");
            assertFalse(Files.exists(out));
        } finally {
            child.destroyForcibly();
        }
    }
}
