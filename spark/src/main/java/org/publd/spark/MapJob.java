package org.publd.spark;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.publd.PubldException;
import org.publd.mapping.MappingOptions;

/**
 * The job: lists the inputs on the driver, maps each file in a task of its own (PubMed's
 * {@code .xml.gz} files cannot be split), and writes the manifest of all of them.
 *
 * <pre>
 * MapJob.Result r = MapJob.run(sc, new MapJob.Settings(List.of("hdfs://nn/pubmed/baseline"), "hdfs://nn/publd/nq",
 *         false, MappingOptions.defaults()));
 * </pre>
 */
public final class MapJob {
    private MapJob() {
    }

    /**
     * What to map, where to, and how.
     *
     * @param inputs  files, directories or globs, on any Hadoop file system
     * @param output  the output directory
     * @param force   map every file again, even one whose outputs are there for the same input
     * @param mapping the base IRI and reification, as {@code publd map} takes them
     */
    public record Settings(List<String> inputs, String output, boolean force, MappingOptions mapping) {
    }

    /** What a run did, file by file in the order of their names. */
    public record Result(List<FileReport> files, Duration elapsed) {
        public long count(FileReport.Outcome outcome) {
            return files.stream().filter(f -> f.outcome() == outcome).count();
        }

        /** Bad records and unreadable files among the outputs the manifest lists. */
        public long errors() {
            return files.stream().mapToLong(f -> f.entry().errors()).sum();
        }
    }

    /** Runs the job on {@code sc}; the files' problems are in the result, problems of the whole job are thrown. */
    public static Result run(JavaSparkContext sc, Settings settings) {
        Instant started = Instant.now();
        Configuration conf = sc.hadoopConfiguration();
        List<InputFile> files = InputListing.list(settings.inputs(), conf);
        OutputDir out = OutputDir.open(settings.output(), conf);
        try {
            out.removeParts();
        } catch (IOException e) {
            throw new PubldException("cannot list the output directory " + out.path() + ": " + e.getMessage(), e);
        }
        sc.setJobDescription("publd map: " + files.size() + " files to " + out.path());
        MapTask task = new MapTask(new HadoopConf(conf), out.path().toString(), settings.force(), settings.mapping());
        // One partition per file, so one task per file.
        List<FileReport> reports = new ArrayList<>(sc.parallelize(files, Math.max(1, files.size())).map(task).collect());
        reports.sort(Comparator.comparing(r -> r.entry().input()));
        out.writeManifest(out.manifest(), reports.stream().map(FileReport::entry).toList());
        return new Result(reports, Duration.between(started, Instant.now()));
    }
}
