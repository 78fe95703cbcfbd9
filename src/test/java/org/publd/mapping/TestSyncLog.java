package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.publd.ontology.VocabularyCheck;

/** The sync graph: what an entry says, read back under any base, and in the order the files were applied. */
class TestSyncLog {
    private static final Instant T = Instant.parse("2026-12-02T04:00:00.123Z");
    private static final AppliedFile FIRST = new AppliedFile("pubmed26n0001.xml.gz", "0123456789abcdef0123456789abcdef",
            30_000, 0, 0, T, T.plusSeconds(60));
    private static final AppliedFile UPDATE = new AppliedFile("pubmed26n1335.xml.gz", "fedcba9876543210fedcba9876543210",
            1_200, 2_345, 17, T.plusSeconds(120), T.plusSeconds(130));

    @Test
    void entriesReadBackAsTheyWereWrittenInTheOrderApplied() {
        DatasetGraph dsg = withEntries(new IriScheme("https://data.example.org/ld/"), UPDATE, FIRST);
        assertEquals(List.of(FIRST, UPDATE), Txn.calculateRead(dsg, () -> SyncLog.read(dsg)));
    }

    @Test
    void theFiguresNameTheLastFileApplied() {
        DatasetGraph dsg = withEntries(new IriScheme(IriScheme.DEFAULT_BASE), FIRST, UPDATE);
        assertEquals(UPDATE, DatasetFigures.count(dsg).lastApplied().orElseThrow());
    }

    @Test
    void anEntryUsesDefinedTermsOnly() {
        DatasetGraph dsg = withEntries(new IriScheme(IriScheme.DEFAULT_BASE), UPDATE);
        VocabularyCheck.assertAllDefined(dsg.getGraph(new IriScheme(IriScheme.DEFAULT_BASE).syncGraph()));
    }

    private static DatasetGraph withEntries(IriScheme iris, AppliedFile... files) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> List.of(files).forEach(f -> SyncLog.entry(iris, f).forEach(dsg::add)));
        return dsg;
    }
}
