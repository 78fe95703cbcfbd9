package org.publd.spark;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.Function;
import org.publd.mapping.MappingOptions;

/**
 * One task of the job: maps one input file into the output directory, or leaves it when its outputs
 * are there for the same input. Runs on an executor; whatever goes wrong with the file is its
 * {@link FileReport}, never a failed task, so that one bad file does not fail the job.
 */
final class MapTask implements Function<InputFile, FileReport> {
    private static final long serialVersionUID = 1L;

    private final HadoopConf conf;
    private final String output;
    private final boolean force;
    private final String base;
    private final boolean reify;

    MapTask(HadoopConf conf, String output, boolean force, MappingOptions options) {
        this.conf = conf;
        this.output = output;
        this.force = force;
        this.base = options.base();
        this.reify = options.reify();
    }

    @Override
    public FileReport call(InputFile in) {
        String stem = OutputDir.stem(in.name());
        try {
            OutputDir out = OutputDir.open(output, conf.get());
            if (!force) {
                Optional<ManifestEntry> done = previous(out, stem, in);
                if (done.isPresent()) {
                    return new FileReport(done.get(), FileReport.Outcome.SKIPPED, List.of());
                }
            }
            return map(out, stem, in);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new FileReport(new ManifestEntry(in.name(), in.size(), "", 0, 0, 0, 1), FileReport.Outcome.FAILED,
                    List.of(in.path() + ": " + why));
        }
    }

    /** The entry of the last complete mapping of this very input (same size, same MD5), its outputs still there. */
    private Optional<ManifestEntry> previous(OutputDir out, String stem, InputFile in) throws IOException {
        Optional<ManifestEntry> entry = out.readEntry(stem);
        if (entry.isEmpty() || entry.get().size() != in.size()
                || !out.exists(out.nquads(stem)) || !out.exists(out.deleted(stem))) {
            return Optional.empty();
        }
        MessageDigest md5 = md5();
        try (InputStream raw = new DigestInputStream(open(in), md5)) {
            raw.transferTo(OutputStream.nullOutputStream());
        }
        return entry.get().sameInput(in.size(), HexFormat.of().formatHex(md5.digest())) ? entry : Optional.empty();
    }

    private FileReport map(OutputDir out, String stem, InputFile in) throws IOException {
        Path nquads = out.partFor(out.nquads(stem));
        Path deleted = out.partFor(out.deleted(stem));
        try {
            MessageDigest md5 = md5();
            ManifestEntry counts;
            try (DigestInputStream raw = new DigestInputStream(open(in), md5);
                 OutputStream nq = out.create(nquads);
                 OutputStream del = out.create(deleted)) {
                counts = InterimFileMapping.map(in.name(), in.size(), "", new KeptOpen(raw), nq, del,
                        new MappingOptions(base, reify));
                // The MD5 of the whole file, also when reading it stopped early (a truncated file).
                raw.transferTo(OutputStream.nullOutputStream());
            }
            ManifestEntry entry = new ManifestEntry(in.name(), in.size(), HexFormat.of().formatHex(md5.digest()),
                    counts.records(), counts.quads(), counts.deletions(), counts.errors());
            // Until the new entry is written, no run takes the outputs for complete.
            out.delete(out.entry(stem));
            out.replace(nquads, out.nquads(stem));
            out.replace(deleted, out.deleted(stem));
            out.writeText(out.entry(stem), List.of(ManifestEntry.HEADER, entry.line()));
            return new FileReport(entry, FileReport.Outcome.MAPPED, List.of());
        } finally {
            out.deleteQuietly(nquads);
            out.deleteQuietly(deleted);
        }
    }

    private InputStream open(InputFile in) throws IOException {
        Path p = new Path(in.path());
        return p.getFileSystem(conf.get()).open(p);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    /** The input as the mapping sees it: closing it leaves the file open, for the rest of its MD5. */
    private static final class KeptOpen extends FilterInputStream {
        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The task closes the file.
        }
    }
}
