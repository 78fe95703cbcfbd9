package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.publd.pipeline.RecordPipeline.Summary;

/** The summary line reads as English: one record, two records. */
class TestSummaryLine {
    @Test
    void oneOfEachIsSingular() {
        assertEquals("publd map: 1 record, 1 triple, 1 error, 1 input, 1.5 s",
                SummaryLine.of("map", new Summary(1, 1, 1, 0, 1, Duration.ofMillis(1500))));
    }

    @Test
    void otherCountsArePlural() {
        assertEquals("publd load: 0 records, 2 triples, 3 unresolved MeSH names, 2 deletions, 0 errors, 2 inputs, 0.0 s",
                SummaryLine.of("load", new Summary(2, 0, 2, 2, 0, Duration.ZERO), 3));
    }

    @Test
    void largeCountsAreGrouped() {
        assertEquals("1,234,567 records", SummaryLine.count(1_234_567, "record"));
    }
}
