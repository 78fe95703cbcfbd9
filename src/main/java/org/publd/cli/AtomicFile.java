package org.publd.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publd.PubldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file written whole or not at all: the bytes go to a hidden file beside the target,
 * {@code .NAME.publd-PID.part}, moved into place when the writing ends and removed when it fails
 * (or at SIGTERM), so a failed run leaves no half-written file. A part left by a run that was killed
 * outright is removed by the next run writing the same file, once its process is gone.
 *
 * <p>Only a regular file (or a new one) is replaced. A symbolic link stays a link, and the file it
 * points to is what gets replaced. Anything else, a device ({@code /dev/null}), a FIFO, a process's
 * own descriptors ({@code /dev/stdout}), is written in place as it streams: a rename would put a
 * regular file where it was (issue 15).
 *
 * <pre>
 * long n = AtomicFile.write(Path.of("out.nt"), out -&gt; writeTriples(out));
 * </pre>
 */
final class AtomicFile {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);
    /** Output buffer size: large writes, for throughput. */
    static final int BUFFER = 1 << 16;
    /** Links followed at most, as the kernel's own limit for a path (Linux's MAXSYMLINKS). */
    private static final int MAX_LINKS = 40;
    /** Where a process's open descriptors appear as links: they name files that are already open. */
    private static final Path PROC = Path.of("/proc");
    private static final String PART_INFIX = ".publd-";
    private static final String PART_SUFFIX = ".part";

    /** What writes the file's content, and what it returns to the caller. */
    @FunctionalInterface
    interface Body<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code target} with {@code body}: a regular file is replaced only once {@code body} has
     * returned; a device or FIFO is written as {@code body} writes.
     */
    static <T> T write(Path target, Body<T> body) {
        Path file = target.toAbsolutePath();
        try {
            Path real = followLinks(file);
            if (real == null) {
                return inPlace(file, body);
            }
            return replace(real, body);
        } catch (IOException e) {
            throw new PubldException(target + ": cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * The regular file (or new path) that {@code file} names after its symbolic links, or null when
     * it must be written in place: a device, a FIFO, a directory (whose open fails with its reason),
     * or a path reached through {@code /proc}.
     */
    private static Path followLinks(Path file) throws IOException {
        Path p = file;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (p.startsWith(PROC) || hops == MAX_LINKS) {
                return null;
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        if (p.startsWith(PROC) || Files.exists(p) && !Files.isRegularFile(p)) {
            return null;
        }
        return p;
    }

    private static <T> T inPlace(Path file, Body<T> body) throws IOException {
        // As a shell's '>' opens it: no create, and truncation only means something for a regular file.
        try (OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), BUFFER)) {
            return body.writeTo(out);
        }
    }

    private static <T> T replace(Path file, Body<T> body) throws IOException {
        removeStaleParts(file);
        Path part = partOf(file, ProcessHandle.current().pid());
        // Before the part exists: a SIGTERM from then on removes it.
        Thread onTerm = new Thread(() -> remove(part), "publd-remove-part");
        Runtime.getRuntime().addShutdownHook(onTerm);
        boolean moved = false;
        try {
            // Not Files.createTempFile: its files are private (0600), and the target should get the umask's permissions.
            Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            T result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), BUFFER)) {
                result = body.writeTo(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            return result;
        } finally {
            if (!moved) {
                remove(part);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(onTerm);
            } catch (IllegalStateException e) {
                // The JVM is shutting down, and the hook runs (or ran) anyway.
            }
        }
    }

    /** The hidden file a process writes {@code file} through: {@code .NAME.publd-PID.part}. */
    static Path partOf(Path file, long pid) {
        return file.resolveSibling("." + file.getFileName() + PART_INFIX + pid + PART_SUFFIX);
    }

    /**
     * Removes the parts of {@code file} left by processes that are gone (killed before they could
     * clean up), and one of this process's own id (a dead process's, whose id was reused): this
     * process has not started writing yet. Parts of live processes are theirs.
     */
    private static void removeStaleParts(Path file) throws IOException {
        Pattern part = Pattern.compile(Pattern.quote("." + file.getFileName() + PART_INFIX) + "([0-9]{1,18})"
                + Pattern.quote(PART_SUFFIX));
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent(),
                p -> part.matcher(p.getFileName().toString()).matches())) {
            for (Path p : siblings) {
                Matcher m = part.matcher(p.getFileName().toString());
                long pid = m.matches() ? Long.parseLong(m.group(1)) : -1;
                if (pid == self || pid > 0 && ProcessHandle.of(pid).isEmpty()) {
                    LOG.info("removing {}, left by process {} which is gone", p, pid);
                    remove(p);
                }
            }
        }
    }

    private static void remove(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", part, e.getMessage());
        }
    }
}
