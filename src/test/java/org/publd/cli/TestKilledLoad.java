package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.StreamRecordSink;
import org.publd.mapping.vocab.PROV;
import org.publd.pipeline.RecordPipeline;
import org.publd.store.LineRecords;
import org.publd.store.Tdb2Store;

/** {@code publd load} killed with SIGKILL in a child JVM leaves a database that opens, holds only whole records, and a rerun completes. */
class TestKilledLoad {
    private static final int RECORDS = 2500;

    @TempDir
    Path tmp;

    @Test
    void aKilledTransactionalLoadKeepsWholeRecordsAndARerunCompletes() throws Exception {
        Path in = input();
        Path db = tmp.resolve("db");
        killMidway(db, in, "--loader=transactional");

        Map<Node, Set<Quad>> expected = byGraph(expected(in));
        Map<Node, Set<Quad>> stored = byGraph(stored(db));
        assertTrue(stored.size() < RECORDS, "killed before the end: " + stored.size());
        stored.forEach((g, quads) -> assertEquals(expected.get(g), quads, "graph " + g + " is whole"));

        rerun(db, in);
        assertEquals(expected, byGraph(stored(db)));
    }

    @Test
    void aKilledBulkLoadLeavesNoDatabaseAndARerunCompletes() throws Exception {
        Path in = input();
        Path db = tmp.resolve("db");
        killMidway(db, in, "--loader=bulk");
        assertFalse(Files.exists(db.resolve("Data-0001")), "the bulk load was staged beside the database");

        rerun(db, in);
        assertFalse(Files.exists(tmp.resolve(".db.loading")));
        assertEquals(byGraph(expected(in)), byGraph(stored(db)));
    }

    private Path input() throws Exception {
        StringBuilder sb = new StringBuilder(LineRecords.HEADER).append('\n');
        for (int i = 1; i <= RECORDS; i++) {
            sb.append("article ").append(i).append(" authors=5 mesh=D001,D002,D003 year=2000 cites=")
                    .append(i + 1).append(',').append(i + 2).append('\n');
        }
        return Files.writeString(tmp.resolve("in.lines"), sb);
    }

    /** Starts {@code publd load} in a child JVM and kills it once it has written for a while. */
    private void killMidway(Path db, Path in, String... options) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CliWithLineRecords.class.getName(),
                "load", "--db", db.toString()));
        cmd.addAll(List.of(options));
        cmd.add(in.toString());
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!startedWriting(db) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(1500);
        assertTrue(child.isAlive(), "the load should still be running; make the input larger: "
                + Files.readString(tmp.resolve("child.log")));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }

    private boolean startedWriting(Path db) {
        return Files.exists(db.resolve("Data-0001")) || Files.exists(db.resolveSibling(".db.loading").resolve("Data-0001"));
    }

    private static void rerun(Path db, Path in) {
        CliWithLineRecords.Run run = CliWithLineRecords.run("load", "--loader=bulk", "--db", db.toString(), in.toString());
        assertEquals(0, run.exit(), run.err());
    }

    private static Set<Quad> stored(Path db) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> store.dataset().stream().collect(Collectors.toSet()));
        }
    }

    private static Set<Quad> expected(Path in) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).registry(CliWithLineRecords.FORMATS).build()
                .run(List.of(in.toString()), new StreamRecordSink(StreamRDFLib.dataset(dsg)));
        return dsg.stream().collect(Collectors.toSet());
    }

    // Without the generation time, which differs from run to run.
    private static Map<Node, Set<Quad>> byGraph(Set<Quad> quads) {
        return quads.stream().filter(q -> !q.getPredicate().equals(PROV.generatedAtTime))
                .collect(Collectors.groupingBy(Quad::getGraph, Collectors.toSet()));
    }
}
