package org.publd.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.PubldException;
import org.publd.cli.Main;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.vocab.PROV;
import org.publd.pipeline.FileMapper;

/** The job in local mode on two cores, on real PubMed files (samples/ATTRIBUTION.md). */
class TestMapJob {
    static final List<String> SAMPLES = List.of("tipplerow-pubmed_sample.xml", "tipplerow-pubmed20n0001.xml.gz",
            "biopython-pubmed1.xml", "metapub-37909814.xml");
    // The sample holds PMID 31383287 twice (versions 1 and 2): 7 articles, 6 records.
    private static final Map<String, Long> RECORDS = Map.of("tipplerow-pubmed_sample.xml", 6L,
            "tipplerow-pubmed20n0001.xml.gz", 10L, "biopython-pubmed1.xml", 2L, "metapub-37909814.xml", 0L);

    private static JavaSparkContext sc;

    @TempDir
    Path dir;
    Path in;
    Path out;

    @BeforeAll
    static void startSpark() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("TestMapJob")
                .set("spark.ui.enabled", "false"));
    }

    @AfterAll
    static void stopSpark() {
        sc.stop();
    }

    @BeforeEach
    void copySamples() throws IOException {
        in = copySamples(dir.resolve("in"));
        out = dir.resolve("out");
    }

    /** The samples as files in {@code into}, which is created. */
    static Path copySamples(Path into) throws IOException {
        Files.createDirectories(into);
        for (String name : SAMPLES) {
            try (InputStream s = TestMapJob.class.getResourceAsStream("/samples/" + name)) {
                Files.copy(s, into.resolve(name));
            }
        }
        return into;
    }

    private MapJob.Result run(boolean force) {
        return MapJob.run(sc, new MapJob.Settings(List.of(in.toString()), out.toString(), force, MappingOptions.defaults()));
    }

    @Test
    void everyOutputGraphIsIsomorphicToPubldMap() {
        run(false);
        for (String name : SAMPLES) {
            Path expected = dir.resolve(name + ".expected.nq");
            assertEquals(0, Main.run("map", "--format", "nquads", "-o", expected.toString(), in.resolve(name).toString()));
            DatasetGraph mine = withoutGenerationTimes(read(out.resolve(FileMapper.quadsFile(name))));
            DatasetGraph cli = withoutGenerationTimes(read(expected));
            assertTrue(IsoMatcher.isomorphic(cli, mine), name + ": the job's graphs differ from publd map's");
        }
    }

    @Test
    void deletionsAreListedBesideTheirFile() throws IOException {
        run(false);
        assertEquals(List.of("30830050", "30830053", "30830055"), Files.readAllLines(out.resolve("tipplerow-pubmed_sample.deletions.txt")));
        assertEquals(List.of(), Files.readAllLines(out.resolve("biopython-pubmed1.deletions.txt")));
    }

    @Test
    void manifestCountsEveryFile() throws IOException {
        run(false);
        List<FileMapper.Entry> entries;
        try (InputStream manifest = Files.newInputStream(out.resolve(FileMapper.MANIFEST))) {
            entries = FileMapper.readManifest(manifest);
        }
        assertEquals(SAMPLES.stream().sorted().toList(), entries.stream().map(FileMapper.Entry::input).toList());
        for (FileMapper.Entry e : entries) {
            String name = e.input();
            Path nq = out.resolve(FileMapper.quadsFile(name));
            assertEquals(new FileMapper.Entry(name, Files.size(in.resolve(name)), md5(in.resolve(name)), RECORDS.get(name),
                    read(nq).stream().count(), name.equals("tipplerow-pubmed_sample.xml") ? 3 : 0, 0), e);
        }
    }

    @Test
    void truncatedFileIsReportedAndTheOthersComplete() throws IOException {
        byte[] whole = Files.readAllBytes(in.resolve("tipplerow-pubmed20n0001.xml.gz"));
        Files.write(in.resolve("pubmed20n0002.xml.gz"), Arrays.copyOf(whole, whole.length * 2 / 3));

        MapJob.Result r = run(false);

        Map<String, FileReport> byName = r.files().stream().collect(Collectors.toMap(f -> f.entry().input(), Function.identity()));
        FileMapper.Entry truncated = byName.get("pubmed20n0002.xml.gz").entry();
        assertTrue(truncated.errors() > 0, "the truncated file must be reported: " + truncated);
        assertTrue(truncated.records() < 10, "a truncated file cannot give all its records: " + truncated);
        for (String name : SAMPLES) {
            assertEquals(0, byName.get(name).entry().errors(), name);
            DatasetGraph complete = read(out.resolve(FileMapper.quadsFile(name)));
            assertEquals(RECORDS.get(name), complete.stream().map(q -> q.getGraph()).distinct().count(), name);
        }
        assertTrue(Files.readString(out.resolve(FileMapper.MANIFEST)).contains(truncated.manifestLine()));
    }

    @Test
    void secondRunSkipsEveryFile() {
        run(false);
        MapJob.Result second = run(false);
        assertEquals(SAMPLES.size(), second.count(FileReport.Outcome.SKIPPED));
    }

    @Test
    void skippedFilesKeepTheirManifestLines() throws IOException {
        run(false);
        String first = Files.readString(out.resolve(FileMapper.MANIFEST));
        run(false);
        assertEquals(first, Files.readString(out.resolve(FileMapper.MANIFEST)));
    }

    @Test
    void forceMapsEveryFileAgain() {
        run(false);
        MapJob.Result forced = run(true);
        assertEquals(SAMPLES.size(), forced.count(FileReport.Outcome.MAPPED));
    }

    @Test
    void aChangedInputIsMappedAgain() throws IOException {
        run(false);
        Path changed = in.resolve("biopython-pubmed1.xml");
        Files.writeString(changed, Files.readString(changed).replace("<PMID Version=\"1\">9997<", "<PMID Version=\"1\">9998<"));
        MapJob.Result second = run(false);
        Map<String, FileReport.Outcome> outcomes = second.files().stream()
                .collect(Collectors.toMap(f -> f.entry().input(), FileReport::outcome));
        assertEquals(FileReport.Outcome.MAPPED, outcomes.get("biopython-pubmed1.xml"));
        assertEquals(SAMPLES.size() - 1, second.count(FileReport.Outcome.SKIPPED));
    }

    @Test
    void outputsWithoutTheirManifestLineAreMappedAgain() throws IOException {
        run(false);
        Files.delete(out.resolve(OutputDir.ENTRIES).resolve("biopython-pubmed1.tsv"));
        MapJob.Result second = run(false);
        assertEquals(SAMPLES.size() - 1, second.count(FileReport.Outcome.SKIPPED));
    }

    @Test
    void noPartFilesAreLeft() throws IOException {
        run(false);
        try (var files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
    }

    @Test
    void aGlobSelectsTheInputs() {
        MapJob.Result r = MapJob.run(sc, new MapJob.Settings(List.of(in.resolve("*.xml").toString()), out.toString(), false,
                MappingOptions.defaults()));
        assertEquals(List.of("biopython-pubmed1.xml", "metapub-37909814.xml", "tipplerow-pubmed_sample.xml"),
                r.files().stream().map(f -> f.entry().input()).toList());
    }

    @Test
    void twoInputsWritingTheSameOutputsAreRefusedBeforeAnythingRuns() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.copy(in.resolve("biopython-pubmed1.xml"), other.resolve("biopython-pubmed1.xml.gz"));
        PubldException e = assertThrows(PubldException.class, () -> MapJob.run(sc, new MapJob.Settings(
                List.of(in.toString(), other.toString()), out.toString(), false, MappingOptions.defaults())));
        assertTrue(e.getMessage().startsWith("two inputs would write the same outputs"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    private static DatasetGraph read(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    // The one statement that differs between two mappings of the same record: when each ran.
    private static DatasetGraph withoutGenerationTimes(DatasetGraph dsg) {
        dsg.deleteAny(Node.ANY, Node.ANY, PROV.generatedAtTime, Node.ANY);
        return dsg;
    }

    private static String md5(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
