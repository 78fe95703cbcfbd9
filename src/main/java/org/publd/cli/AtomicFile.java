package org.publd.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.publd.PubldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file written whole or not at all: the bytes go to a hidden file beside the target, moved into
 * place when the writing ends and removed when it fails, so a failed run leaves no half-written file.
 *
 * <pre>
 * long n = AtomicFile.write(Path.of("out.nt"), out -&gt; writeTriples(out));
 * </pre>
 */
final class AtomicFile {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);
    /** Output buffer size: large writes, for throughput. */
    static final int BUFFER = 1 << 16;

    /** What writes the file's content, and what it returns to the caller. */
    @FunctionalInterface
    interface Body<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code target} with {@code body}; it replaces any file there only once {@code body} has returned. */
    static <T> T write(Path target, Body<T> body) {
        Path file = target.toAbsolutePath();
        Path part = null;
        try {
            part = createBeside(file);
            T result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), BUFFER)) {
                result = body.writeTo(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            part = null;
            return result;
        } catch (IOException e) {
            throw new PubldException(target + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    LOG.warn("cannot remove {}: {}", part, e.getMessage());
                }
            }
        }
    }

    // Not Files.createTempFile: its files are private (0600), and the target should get the umask's permissions.
    private static Path createBeside(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path part = file.resolveSibling("." + file.getFileName() + "." + suffix + ".part");
            try {
                Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return part;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }
}
