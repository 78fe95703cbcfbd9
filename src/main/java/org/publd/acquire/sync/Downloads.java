package org.publd.acquire.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;
import org.publd.PubldException;

/**
 * Where downloads go: {@code NAME.part} while a file arrives (a later run resumes it), {@code NAME}
 * once whole. Without {@code --keep}, a folder beside the database ({@code .DIR.sync}) from which each
 * file is removed once applied; with it, the folder given, where files stay.
 */
final class Downloads {
    private static final String PART = ".part";

    private final Path folder;
    private final boolean keep;

    private Downloads(Path folder, boolean keep) {
        this.folder = folder;
        this.keep = keep;
    }

    /** Downloads for the database in {@code db}: into {@code keepDir}, kept, or beside the database when null. */
    static Downloads of(Path db, Path keepDir) {
        if (keepDir != null) {
            return new Downloads(keepDir, true);
        }
        Path abs = db.toAbsolutePath().normalize();
        return new Downloads(abs.resolveSibling("." + abs.getFileName() + ".sync"), false);
    }

    Path complete(NlmFile file) {
        return folder.resolve(file.name());
    }

    /** Where {@code file} is downloaded to; the folder is made when missing. */
    Path part(NlmFile file) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new PubldException(folder + ": cannot make the download folder: " + e.getMessage(), e);
        }
        return folder.resolve(file.name() + PART);
    }

    /** Marks the download of {@code file} whole; returns the file. */
    Path finished(NlmFile file) {
        try {
            return Files.move(part(file), complete(file), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new PubldException(complete(file) + ": cannot rename the finished download: " + e.getMessage(), e);
        }
    }

    /** Forgets the download of {@code file}, whole or not: the next fetch starts again. */
    void discard(NlmFile file) {
        delete(complete(file));
        delete(folder.resolve(file.name() + PART));
    }

    /** The file was applied: its download goes, unless kept. */
    void applied(NlmFile file) {
        if (!keep) {
            discard(file);
        }
    }

    /**
     * Removes what a killed run left in a folder of its own that no planned file needs (a file applied
     * but not yet removed); a folder given with {@code --keep} is the user's and left alone.
     */
    void tidy(Set<String> planned) {
        if (keep || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> !planned.contains(f.getFileName().toString().replace(PART, ""))).forEach(Downloads::delete);
        } catch (IOException e) {
            throw new PubldException(folder + ": cannot read: " + e.getMessage(), e);
        }
        try (Stream<Path> left = Files.list(folder)) {
            if (left.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new PubldException(folder + ": cannot remove: " + e.getMessage(), e);
        }
    }

    private static void delete(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new PubldException(f + ": cannot remove: " + e.getMessage(), e);
        }
    }
}
