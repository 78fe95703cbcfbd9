package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.publd.store.LoadPath;
import org.publd.store.Tdb2Store;
import org.publd.store.UnfinishedLoad;

/** A load killed with SIGKILL in a child JVM leaves a database that opens, holds only whole records, and {@code publd load} run again completes it. */
class TestKilledLoad {
    /** Prime, so that the batches of whole records (278 of 90 quads today) do not end with the last record. */
    private static final int RECORDS = 997;
    private static final long BATCH_QUADS = 25_000;

    @TempDir
    Path tmp;

    @Test
    void aKilledTransactionalLoadKeepsWholeRecordsAndARerunCompletes() throws Exception {
        Path in = input();
        Path db = tmp.resolve("db");
        killAfter("committed", db, in, LoadPath.TRANSACTIONAL);

        Map<Node, Set<Quad>> expected = byGraph(expected(in));
        Map<Node, Set<Quad>> stored = byGraph(stored(db));
        assertFalse(stored.isEmpty(), "a transaction was committed before the kill");
        assertTrue(stored.size() < RECORDS, "the last batch was not: " + stored.size());
        stored.forEach((g, quads) -> assertEquals(expected.get(g), quads, "graph " + g + " is whole"));

        rerun(db, in);
        assertEquals(expected, byGraph(stored(db)));
    }

    @Test
    void aKilledBulkLoadLeavesNoDatabaseAndARerunCompletes() throws Exception {
        Path in = input();
        Path db = tmp.resolve("db");
        killAfter("read", db, in, LoadPath.BULK);
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

    /**
     * Loads {@code in} in a child JVM that never finishes ({@link UnfinishedLoad}) and kills it with SIGKILL once it
     * says {@code marker}.
     */
    private void killAfter(String marker, Path db, Path in, LoadPath path) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), UnfinishedLoad.class.getName(),
                db.toString(), path.name(), Long.toString(BATCH_QUADS), in.toString())
                .redirectError(tmp.resolve("child.log").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> said = new ArrayList<>();
            for (String line; !said.contains(marker) && (line = out.readLine()) != null; ) {
                said.add(line);
            }
            assertTrue(said.contains(marker), "the load said " + said + ", not " + marker + ": "
                    + Files.readString(tmp.resolve("child.log")));
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
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
