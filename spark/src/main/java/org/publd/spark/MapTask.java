package org.publd.spark;

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
import org.publd.mapping.RecordMapper;
import org.publd.pipeline.FileMapper;
import org.publd.pipeline.RecordPipeline;

/**
 * One task of the job: maps one input file into the output directory with {@link FileMapper}, the
 * per-file mapping of {@code publd map --out-dir}, or leaves it when its outputs are there for the
 * same input. Runs on an executor; whatever goes wrong with the file is its {@link FileReport}, never
 * a failed task, so that one bad file does not fail the job.
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
        try {
            OutputDir out = OutputDir.open(output, conf.get());
            if (!force) {
                Optional<FileMapper.Entry> done = previous(out, in);
                if (done.isPresent()) {
                    return new FileReport(done.get().manifestLine(), FileReport.Outcome.SKIPPED, List.of());
                }
            }
            return new FileReport(map(out, in).manifestLine(), FileReport.Outcome.MAPPED, List.of());
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            FileMapper.Entry failed = new FileMapper.Entry(in.name(), in.size(), "", 0, 0, 0, 1);
            return new FileReport(failed.manifestLine(), FileReport.Outcome.FAILED, List.of(in.path() + ": " + why));
        }
    }

    /** The entry of the last complete mapping of this very input (same size, same MD5), its outputs still there. */
    private Optional<FileMapper.Entry> previous(OutputDir out, InputFile in) throws IOException {
        Optional<FileMapper.Entry> entry = out.readEntry(in.name());
        if (entry.isEmpty() || entry.get().inputBytes() != in.size()
                || !out.exists(out.quads(in.name())) || !out.exists(out.deletions(in.name()))) {
            return Optional.empty();
        }
        MessageDigest md5 = md5();
        try (InputStream raw = new DigestInputStream(open(in), md5)) {
            raw.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md5.digest()).equals(entry.get().inputMd5()) ? entry : Optional.empty();
    }

    private FileMapper.Entry map(OutputDir out, InputFile in) throws IOException {
        Path quads = out.partFor(out.quads(in.name()));
        Path deletions = out.partFor(out.deletions(in.name()));
        try {
            FileMapper files = new FileMapper(RecordPipeline.builder(new RecordMapper(new MappingOptions(base, reify))).build());
            FileMapper.Entry entry;
            try (OutputStream q = out.create(quads); OutputStream d = out.create(deletions)) {
                entry = files.map(in.name(), open(in), q, d);
            }
            // Until the new entry is written, no run takes the outputs for complete.
            out.delete(out.entry(in.name()));
            out.replace(quads, out.quads(in.name()));
            out.replace(deletions, out.deletions(in.name()));
            out.writeManifest(out.entry(in.name()), List.of(entry));
            return entry;
        } finally {
            out.deleteQuietly(quads);
            out.deleteQuietly(deletions);
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
}
