package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.mapping.vocab.PROV;
import org.publd.pipeline.FileMapper;

/** {@code publd map --out-dir}: one gzipped N-Quads file per input, the deletions beside it, and a manifest. */
class TestMapOutDir {
    private static final Path SAMPLES = Path.of("src/test/resources/samples/pubmed-xml");

    @TempDir
    Path dir;

    private static DatasetGraph withoutTimes(DatasetGraph dsg) {
        // Two runs differ only in when they ran.
        dsg.deleteAny(Node.ANY, Node.ANY, PROV.generatedAtTime, Node.ANY);
        return dsg;
    }

    private static DatasetGraph gzippedNquads(Path file) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        }
        return withoutTimes(dsg);
    }

    private static boolean sameQuads(DatasetGraph a, DatasetGraph b) {
        return a.stream().count() == b.stream().count() && a.stream().allMatch(b::contains);
    }

    @Test
    void eachInputGetsTheQuadsMapWritesForIt() throws IOException {
        Path a = SAMPLES.resolve("tipplerow-pubmed_sample.xml");
        Path b = SAMPLES.resolve("metapub-32051057.xml");
        Path out = dir.resolve("out");
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "--jobs", "2", "--out-dir", out.toString(),
                a.toString(), b.toString());
        assertEquals(0, run.exit(), run.err());
        for (Path input : List.of(a, b)) {
            CliWithLineRecords.Run single = CliWithLineRecords.run("map", "-f", "nquads", input.toString());
            DatasetGraph expected = DatasetGraphFactory.create();
            RDFParser.fromString(single.out(), Lang.NQUADS).parse(expected);
            DatasetGraph got = gzippedNquads(out.resolve(FileMapper.quadsFile(input.toString())));
            assertTrue(sameQuads(withoutTimes(expected), got), input.toString());
        }
    }

    @Test
    void oneFileAtATimeWritesWhatSeveralAtOnceWrite() throws IOException {
        // One at a time, a file is serialized on a writer thread of its own; several at once, each on its mapping thread.
        Path a = SAMPLES.resolve("tipplerow-pubmed_sample.xml");
        Path b = SAMPLES.resolve("metapub-32051057.xml");
        for (String jobs : List.of("1", "2")) {
            CliWithLineRecords.Run run = CliWithLineRecords.run("map", "--jobs", jobs, "--out-dir", dir.resolve(jobs).toString(),
                    a.toString(), b.toString());
            assertEquals(0, run.exit(), run.err());
        }
        for (Path input : List.of(a, b)) {
            String file = FileMapper.quadsFile(input.toString());
            assertTrue(sameQuads(gzippedNquads(dir.resolve("1").resolve(file)), gzippedNquads(dir.resolve("2").resolve(file))), file);
        }
    }

    @Test
    void manifestHasALinePerInputAndDeletionsStandBeside() throws IOException {
        Path a = SAMPLES.resolve("tipplerow-pubmed_sample.xml");
        Path b = SAMPLES.resolve("biopython-pubmed1.xml");
        Path out = dir.resolve("out");
        CliWithLineRecords.run("map", "--out-dir", out.toString(), b.toString(), a.toString());
        List<FileMapper.Entry> entries;
        try (InputStream in = Files.newInputStream(out.resolve(FileMapper.MANIFEST))) {
            entries = FileMapper.readManifest(in);
        }
        assertEquals(List.of("biopython-pubmed1.xml", "tipplerow-pubmed_sample.xml"),
                entries.stream().map(FileMapper.Entry::input).toList());
        FileMapper.Entry sample = entries.get(1);
        assertTrue(sample.deletions() > 0, sample.toString());
        assertEquals(sample.deletions(), Files.readAllLines(out.resolve(sample.deletionsFile())).size());
        assertEquals(Files.size(a), sample.inputBytes());
    }

    @Test
    void outDirWithOutputIsAUsageError() {
        CliWithLineRecords.Run run = CliWithLineRecords.run("map", "--out-dir", dir.toString(), "-o",
                dir.resolve("x.nq").toString(), SAMPLES.resolve("biopython-pubmed1.xml").toString());
        assertEquals(ExitCodes.USAGE, run.exit(), run.err());
        assertFalse(Files.exists(dir.resolve(FileMapper.MANIFEST)));
    }
}
