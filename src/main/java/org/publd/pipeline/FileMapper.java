package org.publd.pipeline;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.publd.CountingInputStream;
import org.publd.PubldException;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.RecordSink;
import org.publd.mapping.output.OutputFormat;
import org.publd.mapping.output.RdfWriters;
import org.publd.mapping.vocab.Prefixes;
import org.publd.source.SourceInput;

/**
 * Maps one input file to its own outputs, the unit of work of {@code publd map --out-dir} and of the
 * Spark job alike: {@code pubmed26n0001.xml.gz} becomes
 * <ul>
 *   <li>{@code pubmed26n0001.nq.gz}: gzipped N-Quads, the file's records one named graph each, in input order;</li>
 *   <li>{@code pubmed26n0001.deletions.txt}: the PMIDs its {@code DeleteCitation} lists, one a line (empty when none);</li>
 *   <li>an {@link Entry}, one line of {@value #MANIFEST} ({@link #MANIFEST_HEADER}): input size and MD5,
 *       records, quads, deletions and errors.</li>
 * </ul>
 * Bad records are counted in the entry and skipped (a lenient pipeline); a truncated file keeps the
 * records before the damage and counts one error.
 *
 * <pre>
 * FileMapper files = new FileMapper(RecordPipeline.builder(mapper).build());
 * FileMapper.Entry e = files.map(Path.of("pubmed26n0001.xml.gz"), Path.of("out"));   // local files, written atomically
 * FileMapper.Entry e = files.map("pubmed26n0001.xml.gz", in, quadsOut, deletionsOut); // any streams (Hadoop's)
 * </pre>
 */
public final class FileMapper {
    /** The extension of the N-Quads output that replaces the input's. */
    public static final String QUADS_EXTENSION = ".nq.gz";
    /** The extension of the list of deleted PMIDs. */
    public static final String DELETIONS_EXTENSION = ".deletions.txt";
    /** The manifest's file name in the output directory. */
    public static final String MANIFEST = "manifest.tsv";
    /** The manifest's first line: its columns, tab-separated; one line an input follows, sorted by input. */
    public static final String MANIFEST_HEADER =
            "input\tinput_bytes\tinput_md5\toutput\tdeletions_file\trecords\tquads\tdeletions\terrors";
    /** Fast compression: deflate at its default level took twice the time of the mapping itself. */
    static final int GZIP_LEVEL = Deflater.BEST_SPEED;
    private static final int BUFFER = 1 << 16;

    private final RecordPipeline pipeline;

    /** Maps with {@code pipeline}: its mapper, input formats and provenance settings. */
    public FileMapper(RecordPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * What mapping one input file did: a line of the manifest.
     *
     * @param input      the input's file name, without directories
     * @param inputBytes the input's size in bytes, as stored (compressed)
     * @param inputMd5   the MD5 of those bytes, 32 lower-case hex digits
     */
    public record Entry(String input, long inputBytes, String inputMd5, long records, long quads, long deletions,
                        long errors) {
        /** The N-Quads output's file name. */
        public String output() {
            return quadsFile(input);
        }

        /** The deletions list's file name. */
        public String deletionsFile() {
            return FileMapper.deletionsFile(input);
        }

        /** The entry as a manifest line, without line end. */
        public String manifestLine() {
            return String.join("\t", input, Long.toString(inputBytes), inputMd5, output(), deletionsFile(),
                    Long.toString(records), Long.toString(quads), Long.toString(deletions), Long.toString(errors));
        }

        /** Reads a line {@link #manifestLine()} wrote. */
        public static Entry parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != MANIFEST_HEADER.split("\t").length) {
                throw new PubldException("not a manifest line: " + line);
            }
            return new Entry(f[0], Long.parseLong(f[1]), f[2], Long.parseLong(f[5]), Long.parseLong(f[6]),
                    Long.parseLong(f[7]), Long.parseLong(f[8]));
        }
    }

    /** The name an input's outputs start with: its file name without {@code .gz} and one more extension. */
    public static String stem(String input) {
        String name = fileName(input);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** {@code pubmed26n0001.xml.gz} to {@code pubmed26n0001.nq.gz}. */
    public static String quadsFile(String input) {
        return stem(input) + QUADS_EXTENSION;
    }

    /** {@code pubmed26n0001.xml.gz} to {@code pubmed26n0001.deletions.txt}. */
    public static String deletionsFile(String input) {
        return stem(input) + DELETIONS_EXTENSION;
    }

    /**
     * Maps {@code input} into {@code outDir}: the N-Quads and the deletions list each appear whole,
     * under their final names, only once the file is mapped (hidden {@code .NAME.part} files until then).
     */
    public Entry map(Path input, Path outDir) {
        return map(input, outDir, false);
    }

    private Entry map(Path input, Path outDir, boolean writerThread) {
        String name = fileName(input.toString());
        Path quads = outDir.resolve(quadsFile(name));
        Path deletions = outDir.resolve(deletionsFile(name));
        Path quadsPart = part(quads);
        Path deletionsPart = part(deletions);
        try {
            Entry entry;
            try (InputStream in = Files.newInputStream(input);
                 OutputStream q = Files.newOutputStream(quadsPart);
                 OutputStream d = Files.newOutputStream(deletionsPart)) {
                entry = map(name, in, q, d, writerThread);
            }
            Files.move(deletionsPart, deletions, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(quadsPart, quads, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return entry;
        } catch (IOException e) {
            throw new PubldException(input + ": cannot map into " + outDir + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(quadsPart);
            deleteQuietly(deletionsPart);
        }
    }

    /**
     * Maps each of {@code inputs} into {@code outDir} as {@link #map(Path, Path)} does, {@code jobs} at
     * once, in input order. One file at a time is serialized on a thread of its own beside its mapping,
     * so two cores work on it; several at once each keep to one thread, so that {@code jobs} files keep
     * {@code jobs} cores busy rather than twice as many threads competing for them (on two cores, two
     * files with a writer thread each were slower than one).
     */
    public List<Entry> mapAll(List<Path> inputs, Path outDir, int jobs) {
        int atOnce = Math.max(1, Math.min(jobs, inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(atOnce);
        try {
            List<Future<Entry>> files = new ArrayList<>();
            for (Path input : inputs) {
                files.add(pool.submit(() -> map(input, outDir, atOnce == 1)));
            }
            List<Entry> entries = new ArrayList<>();
            for (Future<Entry> f : files) {
                entries.add(InputsInParallel.result(f));
            }
            return entries;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Maps the bytes of the file {@code name} (gzipped or not) from {@code in} to gzipped N-Quads on
     * {@code quads} and deleted PMIDs on {@code deletions}, all on the calling thread: the unit of work
     * of a task given one core (a Spark task). Reads {@code in} to its end (for its MD5) and closes it;
     * the outputs are flushed, not closed.
     */
    public Entry map(String name, InputStream in, OutputStream quads, OutputStream deletions) {
        return map(name, in, quads, deletions, false);
    }

    /** As {@link #map(String, InputStream, OutputStream, OutputStream)}, serializing on a thread of its own when {@code writerThread}. */
    private Entry map(String name, InputStream in, OutputStream quads, OutputStream deletions, boolean writerThread) {
        MessageDigest md5 = md5();
        CountingInputStream counted = new CountingInputStream(new DigestInputStream(in, md5));
        try {
            GZIPOutputStream gz = new GZIPOutputStream(quads, BUFFER) {
                {
                    def.setLevel(GZIP_LEVEL);
                }
            };
            OutputStream nq = new BufferedOutputStream(gz, BUFFER);
            Writer deleted = new BufferedWriter(new OutputStreamWriter(deletions, StandardCharsets.UTF_8));
            RecordPipeline.Summary summary;
            RecordSink outputs = new Outputs(RdfWriters.records(OutputFormat.NQUADS, nq, Prefixes.standard()), deleted);
            try (WriterHandOff handOff = writerThread ? new WriterHandOff(outputs) : null) {
                RecordSink sink = writerThread ? handOff : outputs;
                sink.start();
                summary = pipeline.run(SourceInput.of(name, new ReadToEnd(counted)), sink);
                sink.finish();
            }
            nq.flush();
            gz.finish();
            quads.flush();
            deleted.flush();
            return new Entry(fileName(name), counted.count(), HexFormat.of().formatHex(md5.digest()), summary.records(),
                    summary.quads(), summary.deletedRecords(), summary.errors());
        } catch (IOException e) {
            throw new PubldException(name + ": cannot write its outputs: " + e.getMessage(), e);
        }
    }

    /** Writes the manifest: {@link #MANIFEST_HEADER}, then a line an entry, sorted by input. */
    public static void writeManifest(Collection<Entry> entries, OutputStream out) throws IOException {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::input));
        StringBuilder sb = new StringBuilder(MANIFEST_HEADER).append('\n');
        for (Entry e : sorted) {
            sb.append(e.manifestLine()).append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a manifest {@link #writeManifest} wrote. */
    public static List<Entry> readManifest(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = r.readLine();
        if (!MANIFEST_HEADER.equals(header)) {
            throw new PubldException("not a PubLD manifest: its first line is '" + header + "'");
        }
        List<Entry> entries = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (!line.isEmpty()) {
                entries.add(Entry.parse(line));
            }
        }
        return entries;
    }

    /** The N-Quads to their writer, the deleted PMIDs a line each to theirs. */
    private record Outputs(RecordSink quads, Writer deletions) implements RecordSink {
        @Override
        public void start() {
            quads.start();
        }

        @Override
        public void accept(MappedRecord record) {
            quads.accept(record);
        }

        @Override
        public void delete(DeletedRecord deleted) {
            try {
                deletions.write(deleted.pmid());
                deletions.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() {
            quads.finish();
        }
    }

    /** Reads the rest of the input when closed early, so that the digest and the count cover all of it. */
    private static final class ReadToEnd extends FilterInputStream {
        ReadToEnd(InputStream in) {
            super(in);
        }

        @Override
        public void close() throws IOException {
            try {
                in.transferTo(OutputStream.nullOutputStream());
            } finally {
                super.close();
            }
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    private static String fileName(String input) {
        int slash = Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\'));
        return input.substring(slash + 1);
    }

    private static Path part(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".part");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A part file left behind is hidden and replaced by the next run.
        }
    }
}
