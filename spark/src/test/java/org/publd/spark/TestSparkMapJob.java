package org.publd.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.pipeline.FileMapper;

/** The job's command line and its report, without Spark. */
class TestSparkMapJob {
    @Test
    void aCommandLineWithoutOutputIsAUsageError() {
        assertEquals(2, SparkMapJob.run("--input", "in"));
    }

    @Test
    void theReportListsTheFilesWithErrorsAndSumsUp() {
        FileMapper.Entry good = new FileMapper.Entry("a.xml.gz", 10, "00", 3, 300, 1, 0);
        FileMapper.Entry bad = new FileMapper.Entry("b.xml.gz", 20, "11", 2, 200, 0, 1);
        MapJob.Result result = new MapJob.Result(List.of(
                new FileReport(good.manifestLine(), FileReport.Outcome.SKIPPED, List.of()),
                new FileReport(bad.manifestLine(), FileReport.Outcome.FAILED, List.of("b.xml.gz: disk full"))),
                Duration.ofMillis(1500));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SparkMapJob.report(result, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals("""
                b.xml.gz: 1 error, 2 records written (failed)
                  b.xml.gz: disk full
                publd-spark map: 2 files (0 mapped, 1 skipped, 1 failed), 5 records, 500 quads, 1 deletion, 1 error, 1.5 s
                """, bytes.toString(StandardCharsets.UTF_8));
    }
}
