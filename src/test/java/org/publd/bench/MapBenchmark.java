package org.publd.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.StreamRecordSink;
import org.publd.mapping.output.OutputFormat;
import org.publd.mapping.output.RdfWriters;
import org.publd.mapping.vocab.Prefixes;
import org.publd.pipeline.RecordPipeline;
import org.publd.pipeline.WriterHandOff;

/**
 * {@code publd map} to N-Triples against a baseline measured in the same run: the same file read by a
 * bare StAX loop, plus the same number of triples written by Jena's streaming N-Triples writer.
 *
 * <pre>
 * java -Xmx256m -cp target/publd.jar:target/test-classes org.publd.bench.MapBenchmark SAMPLES_DIR WORK_DIR RECORDS [ROUNDS [refs|mix]]
 * </pre>
 * Inputs: {@code refs} cycles through every sample record (reference-heavy, about 540 triples a
 * record); {@code mix} looks like the baseline, three old records without a reference list to each
 * recent one with its references ({@link BenchInput#mix}).
 * Each round runs the three phases in turn; each phase reports its median over the rounds, so that a
 * burst of load from elsewhere on the machine moves one round, not the result.
 */
public final class MapBenchmark {
    /**
     * {@code -Dbench.inline=true} maps and writes on one thread, as {@code publd map} did before issue
     * 10: with the jar of such a build first on the class path, the same harness measures the "before".
     */
    private static final boolean INLINE = Boolean.getBoolean("bench.inline");

    /** Issue 10: no longer than the sum of the two baselines. */
    private static final double TARGET_RATIO = 1.0;

    private MapBenchmark() {
    }

    /** One measured phase. */
    private record Phase(String name, double seconds, long records, long triples, long peakHeapBytes, double cpuSeconds) {
        String row() {
            return String.format(Locale.ROOT, "%-52s %9.2f s %12s %14s %10.1f MiB %8.2f s CPU", name, seconds,
                    records > 0 ? String.format(Locale.ROOT, "%,.0f rec/s", records / seconds) : "",
                    triples > 0 ? String.format(Locale.ROOT, "%,.0f tri/s", triples / seconds) : "",
                    peakHeapBytes / 1048576.0, cpuSeconds);
        }
    }

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int records = Integer.parseInt(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        boolean mix = args.length > 4 && args[4].equals("mix");
        Files.createDirectories(work);
        Path input = work.resolve((mix ? "bench-mix-" : "bench-") + records + ".xml");
        if (!Files.exists(input)) {
            System.out.printf(Locale.ROOT, "generating %,d records from the samples in %s ...%n", records, samples);
            List<String> templates = BenchInput.templates(samples);
            BenchInput.write(mix ? BenchInput.mix(templates) : templates, records, input);
        }
        System.out.printf(Locale.ROOT, "input %s: %,d records, %,.1f MiB; max heap %,d MiB%n", input, records,
                Files.size(input) / 1048576.0, Runtime.getRuntime().maxMemory() >> 20);

        // Warm-up on a small file so that the measured runs see compiled code.
        Path warm = work.resolve("bench-warmup.xml");
        if (!Files.exists(warm)) {
            BenchInput.write(BenchInput.templates(samples), 5_000, warm);
        }
        List<Triple> pool = triplePool(warm);
        stax(warm);
        long warmTriples = mapToNTriples(warm);
        writeTriples(pool, warmTriples);

        List<Phase> staxRounds = new ArrayList<>();
        List<Phase> mapRounds = new ArrayList<>();
        List<Phase> writeRounds = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            staxRounds.add(measure("baseline: StAX read", () -> new long[] {stax(input), 0}));
            Phase m = measure(INLINE ? "publd map, one thread (-Dbench.inline)" : "publd map -f ntriples", () -> new long[] {records, mapToNTriples(input)});
            mapRounds.add(m);
            writeRounds.add(measure("baseline: N-Triples write", () -> new long[] {0, writeTriples(pool, m.triples())}));
            System.out.printf(Locale.ROOT, "round %d: StAX %.2f s, map %.2f s, writer %.2f s%n", r,
                    staxRounds.get(r - 1).seconds(), m.seconds(), writeRounds.get(r - 1).seconds());
        }
        Phase stax = median(staxRounds);
        Phase map = median(mapRounds);
        Phase write = median(writeRounds);

        System.out.println();
        System.out.println(stax.row());
        System.out.println(write.row());
        System.out.println(map.row());
        double baseline = stax.seconds() + write.seconds();
        double ratio = map.seconds() / baseline;
        System.out.printf(Locale.ROOT, "%nratio map / (StAX + writer) = %.2f (target <= %.2f): %s%n", ratio, TARGET_RATIO,
                ratio <= TARGET_RATIO ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "input=%s triples_per_record=%.0f%n", mix ? "mix" : "refs",
                (double) map.triples() / records);
        System.out.printf(Locale.ROOT, "records=%d triples=%d map_s=%.2f baseline_s=%.2f ratio=%.3f map_peak_heap_mib=%.1f%n",
                records, map.triples(), map.seconds(), baseline, ratio, map.peakHeapBytes() / 1048576.0);
    }

    /** The round with the median time; peak heap is the largest of all rounds. */
    private static Phase median(List<Phase> rounds) {
        List<Phase> sorted = new ArrayList<>(rounds);
        sorted.sort(java.util.Comparator.comparingDouble(Phase::seconds));
        Phase mid = sorted.get(sorted.size() / 2);
        long peak = rounds.stream().mapToLong(Phase::peakHeapBytes).max().orElse(0);
        return new Phase(mid.name() + " (median of " + rounds.size() + ")", mid.seconds(), mid.records(), mid.triples(), peak,
                mid.cpuSeconds());
    }

    @FunctionalInterface
    private interface Work {
        long[] run() throws Exception;
    }

    private static Phase measure(String name, Work work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        // The whole process's CPU time (all threads, the collector's too): how many cores a phase kept busy.
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        long[] counts = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Phase(name, seconds, counts[0], counts[1], peak, cpuSeconds);
    }

    /** Reads every event and touches all text, as any parser must; returns the number of records. */
    private static long stax(Path file) throws IOException, XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        long records = 0;
        long chars = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    if (r.getLocalName().equals("PubmedArticle")) {
                        records++;
                    }
                } else if (e == XMLStreamConstants.CHARACTERS) {
                    chars += r.getText().length();
                }
            }
            r.close();
        }
        return chars >= 0 ? records : -1;
    }

    private static long mapToNTriples(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(OutputStream.nullOutputStream(), 1 << 16)) {
            RecordSink writer = RdfWriters.records(OutputFormat.NTRIPLES, out, Prefixes.standard());
            if (INLINE) {
                return mapInto(file, writer);
            }
            // As MapCommand does: serialization on a thread of its own.
            try (WriterHandOff sink = new WriterHandOff(writer)) {
                return mapInto(file, sink);
            }
        }
    }

    private static long mapInto(Path file, RecordSink sink) {
        sink.start();
        RecordPipeline.Summary s = RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).strict(true)
                .build().run(List.of(file.toString()), sink);
        sink.finish();
        return s.quads();
    }

    private static long writeTriples(List<Triple> pool, long count) throws IOException {
        try (OutputStream out = new BufferedOutputStream(OutputStream.nullOutputStream(), 1 << 16)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
            w.start();
            int n = pool.size();
            for (long i = 0; i < count; i++) {
                w.triple(pool.get((int) (i % n)));
            }
            w.finish();
        }
        return count;
    }

    /** Real triples, from mapping the warm-up file, for the writer baseline to write. */
    private static List<Triple> triplePool(Path file) {
        List<Triple> pool = new ArrayList<>();
        StreamRDF collect = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (pool.size() < 20_000) {
                    pool.add(quad.asTriple());
                }
            }
        };
        RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).strict(true).build()
                .run(List.of(file.toString()), new StreamRecordSink(collect));
        System.out.printf(Locale.ROOT, "writer baseline pool: %,d real triples (mapped %s)%n", pool.size(), Instant.now());
        return pool;
    }
}
