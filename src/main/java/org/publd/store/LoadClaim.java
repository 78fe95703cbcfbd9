package org.publd.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.publd.PubldException;

/**
 * The claim one load holds on a database directory from its start to its end: the file
 * {@code .NAME.load.lock} beside it, locked by the operating system and holding the loader's process
 * id. A second load is refused at once, naming that process, instead of running to its end and
 * failing there (issue 15); it can no longer clear the staging directory of a load that is running.
 * The lock goes with its process, so a killed load leaves no claim behind. The file stays, as TDB2's
 * own {@code tdb.lock} does: removing it would let a load that opened it just before lock a file no
 * longer there, beside a new one another load locks.
 */
final class LoadClaim implements AutoCloseable {
    /**
     * The claims of this process. A lock is the process's, not the channel's: a second channel here
     * would not be refused, and closing it would drop the first one's lock.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;

    private LoadClaim(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Claims {@code dir} (absolute) for this process's load, or throws naming the process that has it. */
    static LoadClaim take(Path dir) {
        Path file = dir.resolveSibling("." + dir.getFileName() + ".load.lock");
        long self = ProcessHandle.current().pid();
        if (!HELD.add(file)) {
            throw claimed(dir, Long.toString(self));
        }
        try {
            Files.createDirectories(file.getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (ch.tryLock() == null) {
                ch.close();
                // Read only now: closing any descriptor of a file drops the locks the process has on it.
                throw claimed(dir, read(file));
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(Long.toString(self).getBytes(StandardCharsets.US_ASCII)));
            return new LoadClaim(file, ch);
        } catch (IOException e) {
            HELD.remove(file);
            throw new PubldException(file + ": cannot claim the database for loading: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
    }

    private static PubldException claimed(Path dir, String holder) {
        return new PubldException(dir + ": another publd load is loading this database"
                + (holder.isEmpty() ? "" : " (process " + holder + ")") + "; wait for it to end, or load into another directory");
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return "";
        }
    }

    /** Ends the claim: closing the channel releases the lock. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new PubldException(file + ": cannot release the claim on the database: " + e.getMessage(), e);
        } finally {
            HELD.remove(file);
        }
    }
}
