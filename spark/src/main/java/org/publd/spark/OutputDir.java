package org.publd.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.publd.PubldException;
import org.publd.pipeline.FileMapper;

/**
 * A job's output directory on any Hadoop file system, and the names of the outputs of an input file
 * in it. Every file is written beside its final name ({@code .NAME.UUID.part}) and renamed into
 * place, replacing what was there, so that a reader or a killed task never leaves half a file under
 * a final name.
 *
 * <pre>
 * OutputDir out = OutputDir.open("hdfs://nn/publd/out", conf);
 * out.writeManifest(out.manifest(), entries);
 * </pre>
 */
final class OutputDir {
    static final String ENTRIES = "_manifest";
    private static final String PART = ".part";

    private final Configuration conf;
    private final FileSystem fs;
    private final Path dir;

    private OutputDir(Configuration conf, FileSystem fs, Path dir) {
        this.conf = conf;
        this.fs = fs;
        this.dir = dir;
    }

    /** The directory {@code uri} (created when absent). */
    static OutputDir open(String uri, Configuration conf) {
        try {
            Path dir = new Path(uri);
            FileSystem fs = dir.getFileSystem(conf);
            // The raw local file system: no .crc file beside every output, and rename(2) replaces atomically.
            if (fs instanceof LocalFileSystem local) {
                fs = local.getRawFileSystem();
            }
            Path qualified = fs.makeQualified(dir);
            fs.mkdirs(new Path(qualified, ENTRIES));
            return new OutputDir(conf, fs, qualified);
        } catch (IOException e) {
            throw new PubldException("cannot open the output directory " + uri + ": " + e.getMessage(), e);
        }
    }

    /** The N-Quads of the input file {@code input}. */
    Path quads(String input) {
        return new Path(dir, FileMapper.quadsFile(input));
    }

    /** The deleted PMIDs of the input file {@code input}. */
    Path deletions(String input) {
        return new Path(dir, FileMapper.deletionsFile(input));
    }

    /** The manifest of {@code input} alone, written once its outputs are in place. */
    Path entry(String input) {
        return new Path(new Path(dir, ENTRIES), FileMapper.stem(input) + ".tsv");
    }

    Path manifest() {
        return new Path(dir, FileMapper.MANIFEST);
    }

    Path path() {
        return dir;
    }

    /** The entry the last complete mapping of {@code input} left, if any. */
    Optional<FileMapper.Entry> readEntry(String input) throws IOException {
        try (FSDataInputStream in = fs.open(entry(input))) {
            return FileMapper.readManifest(in).stream().findFirst();
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }

    boolean exists(Path p) throws IOException {
        return fs.exists(p);
    }

    void delete(Path p) throws IOException {
        fs.delete(p, false);
    }

    /** A new file beside {@code target}, to be {@link #replace replaced} into place or deleted. */
    Path partFor(Path target) {
        return new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + PART);
    }

    OutputStream create(Path part) throws IOException {
        return fs.create(part, false);
    }

    /** Renames {@code part} to {@code target}, replacing it in one step where the file system can. */
    void replace(Path part, Path target) throws IOException {
        if (fs.getUri().getScheme().equals("file")) {
            if (!fs.rename(part, target)) {
                throw new IOException("cannot rename " + part + " to " + target);
            }
            return;
        }
        // HDFS replaces atomically with OVERWRITE; object stores copy, as they do for any rename.
        FileContext.getFileContext(fs.getUri(), conf).rename(part, target, Options.Rename.OVERWRITE);
    }

    /** Writes a manifest of {@code entries} to {@code target} through a part file. */
    void writeManifest(Path target, Collection<FileMapper.Entry> entries) {
        Path part = partFor(target);
        try {
            try (OutputStream out = create(part)) {
                FileMapper.writeManifest(entries, out);
            }
            replace(part, target);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes the part files a killed run left (the job's only writer is the run now starting). */
    int removeParts() throws IOException {
        int n = 0;
        for (Path d : List.of(dir, new Path(dir, ENTRIES))) {
            for (FileStatus st : fs.listStatus(d, p -> p.getName().startsWith(".") && p.getName().endsWith(PART))) {
                n += fs.delete(st.getPath(), false) ? 1 : 0;
            }
        }
        return n;
    }

    void deleteQuietly(Path p) {
        try {
            fs.delete(p, false);
        } catch (IOException e) {
            // Left for the next run's removeParts().
        }
    }
}
