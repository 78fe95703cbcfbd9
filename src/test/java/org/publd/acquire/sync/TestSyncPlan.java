package org.publd.acquire.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.publd.PubldException;
import org.publd.mapping.AppliedFile;

/** NLM's rules, as the plan of a run applies them. */
class TestSyncPlan {
    private static final List<NlmFile> BASELINE = files(26, 1, 3, false);
    private static final List<NlmFile> UPDATES = files(26, 4, 6, true);

    @Test
    void anEmptyDatabaseGetsTheBaselineThenTheUpdatesInNumericalOrder() {
        List<NlmFile> shuffled = List.of(UPDATES.get(2), UPDATES.get(0), UPDATES.get(1));
        assertEquals(List.of("pubmed26n0001.xml.gz", "pubmed26n0002.xml.gz", "pubmed26n0003.xml.gz",
                        "pubmed26n0004.xml.gz", "pubmed26n0005.xml.gz", "pubmed26n0006.xml.gz"),
                names(SyncPlan.make(List.of(BASELINE.get(2), BASELINE.get(0), BASELINE.get(1)), shuffled, List.of(), null)));
    }

    @Test
    void filesAppliedAreLeftOut() {
        assertEquals(List.of("pubmed26n0005.xml.gz", "pubmed26n0006.xml.gz"),
                names(SyncPlan.make(BASELINE, UPDATES, applied(1, 2, 3, 4), null)));
    }

    @Test
    void untilCutsThePlanAfterTheFileNamedWithOrWithoutItsExtension() {
        assertEquals(List.of("pubmed26n0001.xml.gz", "pubmed26n0002.xml.gz"),
                names(SyncPlan.make(BASELINE, UPDATES, List.of(), "pubmed26n0002")));
        assertEquals(List.of("pubmed26n0004.xml.gz"),
                names(SyncPlan.make(BASELINE, UPDATES, applied(1, 2, 3), "pubmed26n0004.xml.gz")));
    }

    @Test
    void untilAFileTheSourceDoesNotHaveIsRefused() {
        PubldException e = assertThrows(PubldException.class,
                () -> SyncPlan.make(BASELINE, UPDATES, List.of(), "pubmed26n0099"));
        assertEquals("--until pubmed26n0099: the source has no such file", e.getMessage());
    }

    @Test
    void anUpdateOlderThanOneAppliedIsRefusedNamingBoth() {
        PubldException e = assertThrows(PubldException.class,
                () -> SyncPlan.make(BASELINE, UPDATES, applied(1, 2, 3, 5), null));
        assertTrue(e.getMessage().startsWith("the update file pubmed26n0004.xml.gz is older than pubmed26n0005.xml.gz,"
                + " which the database already applied"), e.getMessage());
    }

    @Test
    void updatesAppliedBeforeTheBaselineIsCompleteAreRefused() {
        PubldException e = assertThrows(PubldException.class,
                () -> SyncPlan.make(BASELINE, UPDATES, applied(1, 2, 4), null));
        assertTrue(e.getMessage().startsWith("the baseline is not complete (pubmed26n0003.xml.gz not applied), but the"
                + " update file pubmed26n0004.xml.gz is"), e.getMessage());
    }

    @Test
    void anotherYearsBaselineIsRefused() {
        PubldException e = assertThrows(PubldException.class,
                () -> SyncPlan.make(files(27, 1, 3, false), List.of(), applied(1, 2, 3), null));
        assertTrue(e.getMessage().startsWith("the database holds the 2026 baseline (pubmed26n0001.xml.gz), the source"
                + " offers the 2027 one"), e.getMessage());
    }

    @Test
    void aSourceWithoutBaselineIsRefused() {
        assertThrows(PubldException.class, () -> SyncPlan.make(List.of(), UPDATES, List.of(), null));
    }

    @Test
    void theSizeOfThePlanIsUnknownWhenTheSizeOfOneFileIs() {
        assertEquals(3 * 100, SyncPlan.make(BASELINE, List.of(), List.of(), null).bytes());
        assertEquals(-1, SyncPlan.make(BASELINE, List.of(NlmFile.parse("pubmed26n0004.xml.gz", true, -1).orElseThrow()),
                List.of(), null).bytes());
    }

    private static List<NlmFile> files(int year, int from, int to, boolean update) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(n -> NlmFile.parse(String.format("pubmed%02dn%04d.xml.gz", year, n), update, 100).orElseThrow())
                .toList();
    }

    private static List<AppliedFile> applied(int... numbers) {
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        return IntStream.of(numbers).mapToObj(n -> new AppliedFile(String.format("pubmed26n%04d.xml.gz", n),
                "0".repeat(32), 1, 0, 0, t, t.plusSeconds(n))).toList();
    }

    private static List<String> names(SyncPlan plan) {
        return plan.files().stream().map(NlmFile::name).toList();
    }
}
