package org.publd.acquire.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.publd.PubldException;

/** A copy of NCBI's tree on this machine (a mirror, or files downloaded before): read in place, never copied. */
final class LocalTree implements SourceTree {
    private final Path root;

    LocalTree(Path root) {
        this.root = root;
    }

    @Override
    public List<NlmFile> list(boolean updates) {
        Path folder = root.resolve(updates ? UPDATES : BASELINE);
        if (!Files.isDirectory(folder)) {
            if (updates) {
                return List.of();
            }
            throw new PubldException(describe() + ": no " + BASELINE + "/ folder: not a tree laid out as NCBI publishes PubMed");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> NlmFile.parse(f.getFileName().toString(), updates, size(f)))
                    .flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new PubldException(folder + ": cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public String md5(NlmFile file) {
        Path md5 = root.resolve(file.folder()).resolve(file.md5Name());
        try {
            return Md5.parse(Files.readString(md5, StandardCharsets.US_ASCII), file.name());
        } catch (NoSuchFileException e) {
            throw new PubldException(md5 + ": missing: every file of NCBI's tree has its .md5 beside it");
        } catch (IOException e) {
            throw new PubldException(md5 + ": cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public Path fetch(NlmFile file, Downloads downloads, LongConsumer bytes) {
        return root.resolve(file.folder()).resolve(file.name());
    }

    @Override
    public boolean remote() {
        return false;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }
}
