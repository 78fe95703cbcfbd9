package org.publd.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.output.OutputFormat;
import org.publd.mapping.output.RdfWriters;
import org.publd.mapping.vocab.Prefixes;
import org.publd.source.SourceParseException;

/** One input file to its N-Quads, its deletions and its manifest entry, as map --out-dir and the Spark job write them. */
class TestFileMapper {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final String RECORD = """
            <PubmedArticle><MedlineCitation><PMID Version="1">%s</PMID><Article>
              <ArticleTitle>Record %s.</ArticleTitle></Article></MedlineCitation></PubmedArticle>
            """;
    private static final String NO_PMID = """
            <PubmedArticle><MedlineCitation><Article><ArticleTitle>No PMID.</ArticleTitle></Article></MedlineCitation>
            </PubmedArticle>
            """;
    private static final String DELETE = """
            <DeleteCitation><PMID Version="1">7</PMID><PMID Version="1">8</PMID></DeleteCitation>
            """;

    @TempDir
    Path dir;

    private static byte[] xml(String... records) {
        return ("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + String.join("", records) + "</PubmedArticleSet>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String record(String pmid) {
        return RECORD.formatted(pmid, pmid);
    }

    private static RecordPipeline pipeline(boolean strict) {
        return RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).strict(strict).generatedAt(AT).build();
    }

    private static FileMapper files() {
        return new FileMapper(pipeline(false));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    /** What map -f nquads writes for the same input, with the same provenance time. */
    private static byte[] mapNquads(String name, byte[] input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordSink sink = RdfWriters.records(OutputFormat.NQUADS, out, Prefixes.standard());
        sink.start();
        pipeline(false).run(org.publd.source.SourceInput.of(name, new ByteArrayInputStream(input)), sink);
        sink.finish();
        return out.toByteArray();
    }

    @Test
    void quadsAreTheBytesMapWritesAsNquads() throws IOException {
        byte[] input = xml(record("1"), record("2"));
        ByteArrayOutputStream quads = new ByteArrayOutputStream();
        files().map("pubmed26n0001.xml", new ByteArrayInputStream(input), quads, new ByteArrayOutputStream());
        assertArrayEquals(mapNquads("pubmed26n0001.xml", input), gunzip(quads.toByteArray()));
    }

    @Test
    void deletedPmidsAreListedOneALine() {
        ByteArrayOutputStream deletions = new ByteArrayOutputStream();
        FileMapper.Entry e = files().map("u.xml", new ByteArrayInputStream(xml(record("1"), DELETE)),
                new ByteArrayOutputStream(), deletions);
        assertEquals("7\n8\n", deletions.toString(StandardCharsets.UTF_8));
        assertEquals(2, e.deletions());
    }

    @Test
    void entryCountsRecordsQuadsErrorsAndTheInputsBytes() throws Exception {
        byte[] input = gzip(xml(record("1"), NO_PMID, record("3")));
        FileMapper.Entry e = files().map("dir/pubmed26n0002.xml.gz", new ByteArrayInputStream(input),
                new ByteArrayOutputStream(), new ByteArrayOutputStream());
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(input));
        long quads = new String(mapNquads("x.xml", gunzip(input)), StandardCharsets.UTF_8).lines().count();
        assertEquals(new FileMapper.Entry("pubmed26n0002.xml.gz", input.length, md5, 2, quads, 0, 1), e);
    }

    @Test
    void aTruncatedFileKeepsTheRecordsBeforeTheDamageAndCountsAnError() throws IOException {
        String[] records = java.util.stream.IntStream.rangeClosed(1, 2000).mapToObj(i -> record(Integer.toString(i)))
                .toArray(String[]::new);
        byte[] whole = gzip(xml(records));
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
        FileMapper.Entry e = files().map("t.xml.gz", new ByteArrayInputStream(truncated), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        assertEquals(1, e.errors());
        assertTrue(e.records() > 100 && e.records() < 2000, e.toString());
        assertEquals(truncated.length, e.inputBytes());
    }

    @Test
    void outputNamesReplaceTheInputsExtensions() {
        assertEquals("pubmed26n0001.nq.gz", FileMapper.quadsFile("/data/baseline/pubmed26n0001.xml.gz"));
        assertEquals("pubmed26n0001.deletions.txt", FileMapper.deletionsFile("pubmed26n0001.xml.gz"));
        assertEquals("export.nq.gz", FileMapper.quadsFile("export.nbib"));
    }

    @Test
    void manifestReadsBackWhatItWrote() throws IOException {
        FileMapper.Entry b = new FileMapper.Entry("b.xml.gz", 10, "0".repeat(32), 2, 30, 1, 0);
        FileMapper.Entry a = new FileMapper.Entry("a.xml", 5, "f".repeat(32), 1, 15, 0, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FileMapper.writeManifest(List.of(b, a), out);
        assertEquals(List.of(a, b), FileMapper.readManifest(new ByteArrayInputStream(out.toByteArray())));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(FileMapper.MANIFEST_HEADER + "\na.xml\t5\t"));
    }

    @Test
    void filesAppearUnderTheirNamesAndNoPartIsLeft() throws IOException {
        Path input = Files.write(dir.resolve("pubmed26n0003.xml"), xml(record("1"), DELETE));
        Path out = Files.createDirectories(dir.resolve("out"));
        files().map(input, out);
        try (var listing = Files.list(out)) {
            assertEquals(List.of("pubmed26n0003.deletions.txt", "pubmed26n0003.nq.gz"),
                    listing.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aFailedFileLeavesNoOutput() throws IOException {
        Path input = Files.write(dir.resolve("bad.xml"), xml(record("1"), NO_PMID));
        Path out = Files.createDirectories(dir.resolve("out"));
        assertThrows(SourceParseException.class, () -> new FileMapper(pipeline(true)).map(input, out));
        try (var listing = Files.list(out)) {
            assertEquals(0, listing.count());
        }
    }
}
