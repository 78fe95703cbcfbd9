package org.publd.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.pipeline.FileMapper;

/**
 * {@code target/publd-spark.jar} submitted as a cluster runs it: by {@code spark-submit}'s main class
 * ({@code org.apache.spark.deploy.SparkSubmit}, what the {@code spark-submit} script runs), with only
 * Spark and its dependencies on the class path, in local mode. Run by failsafe after {@code package}.
 */
class TestSparkSubmit {
    @TempDir
    Path dir;

    @Test
    void theShadedJarRunsUnderSparkSubmitWithSparkProvided() throws IOException, InterruptedException {
        Path in = TestMapJob.copySamples(dir.resolve("in"));
        Path out = dir.resolve("out");
        Path log = dir.resolve("spark-submit.log");

        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(System.getProperty("publd.spark.javaOptions").trim().split("\\s+")));
        cmd.addAll(List.of("-cp", Files.readString(Path.of(System.getProperty("publd.spark.classpath"))).trim(),
                "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                "--class", "org.publd.spark.SparkMapJob", System.getProperty("publd.spark.jar"),
                "--input", in.toString(), "--output", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "spark-submit did not end within 5 minutes");

        String output = Files.readString(log);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("publd-spark map: 4 files (4 mapped, 0 skipped, 0 failed)"), output);
        try (InputStream manifest = Files.newInputStream(out.resolve(FileMapper.MANIFEST))) {
            assertEquals(TestMapJob.SAMPLES.size(), FileMapper.readManifest(manifest).size());
        }
    }
}
