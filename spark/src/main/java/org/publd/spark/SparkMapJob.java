package org.publd.spark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.publd.PubldException;
import org.publd.mapping.IriScheme;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.Software;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job's command line, for {@code spark-submit}; Spark's own settings (master, executors, memory)
 * are {@code spark-submit}'s options.
 *
 * <pre>
 * spark-submit --class org.publd.spark.SparkMapJob spark/target/publd-spark.jar \
 *     --input hdfs://nn/pubmed/baseline --output hdfs://nn/publd/nq
 * </pre>
 */
@Command(name = "publd-spark", mixinStandardHelpOptions = true, versionProvider = SparkMapJob.Version.class,
        description = {"Maps PubMed files on Apache Spark, one task per file, with the mapping of publd map --out-dir:",
            "NAME.nq.gz (gzipped N-Quads) and NAME.deletions.txt (the DeleteCitation PMIDs) per input, and manifest.tsv.",
            "Files whose outputs are there for the same input (same size and MD5) are skipped unless --force."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file mapped (or skipped) without error",
            "1:some records or files could not be read, or the job failed (the messages say which)",
            "2:the command line is wrong"})
public final class SparkMapJob implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Input files, directories or globs, on any Hadoop file system (hdfs://, s3a://, file:...); repeatable.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The output directory (created when absent).")
    String output;

    @Option(names = "--force", description = "Map every file again, even one whose outputs are there for the same input.")
    boolean force;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base IRI of the IRIs PubLD mints (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--no-reify", description = "Do not add a reified cito:Citation for each CiTO link.")
    boolean noReify;

    /** The PubLD version the job maps with. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"publd-spark " + Software.VERSION};
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Parses {@code args}, runs the job in a Spark context made from the submitted configuration, returns the exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SparkMapJob());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("publd-spark: " + (e instanceof PubldException ? e.getMessage() : e));
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        SparkConf conf = new SparkConf().setAppName("publd map");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            MapJob.Result result = MapJob.run(sc, settings());
            report(result, System.out);
            return result.errors() == 0 ? 0 : 1;
        }
    }

    MapJob.Settings settings() {
        return new MapJob.Settings(inputs, output, force, new MappingOptions(base, !noReify));
    }

    /** The files with errors, their first messages, and a summary line. */
    static void report(MapJob.Result r, PrintStream out) {
        for (FileReport f : r.files()) {
            if (f.entry().errors() > 0) {
                out.printf(Locale.ROOT, "%s: %s, %,d records written (%s)%n", f.entry().input(), count(f.entry().errors(), "error"),
                        f.entry().records(), f.outcome().name().toLowerCase(Locale.ROOT));
                f.messages().forEach(m -> out.println("  " + m));
            }
        }
        long records = r.files().stream().mapToLong(f -> f.entry().records()).sum();
        long quads = r.files().stream().mapToLong(f -> f.entry().quads()).sum();
        long deletions = r.files().stream().mapToLong(f -> f.entry().deletions()).sum();
        out.printf(Locale.ROOT, "publd-spark map: %s (%d mapped, %d skipped, %d failed), %s, %s, %s, %s, %.1f s%n",
                count(r.files().size(), "file"), r.count(FileReport.Outcome.MAPPED), r.count(FileReport.Outcome.SKIPPED),
                r.count(FileReport.Outcome.FAILED), count(records, "record"), count(quads, "quad"),
                count(deletions, "deletion"), count(r.errors(), "error"), r.elapsed().toMillis() / 1000.0);
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
