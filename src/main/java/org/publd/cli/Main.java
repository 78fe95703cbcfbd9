package org.publd.cli;

import java.util.Arrays;
import java.util.Objects;
import org.publd.mapping.Software;
import org.publd.mapping.output.OutputFormat;
import org.publd.source.SourceRegistry;
import org.publd.store.LoadPath;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code publd}: PubMed records as Linked Data.
 *
 * <pre>
 * java -jar target/publd.jar map --format ntriples pubmed25n0001.xml.gz -o out.nt
 * Main.run(SourceRegistry.standard().with(new JatsFormat()), "map", "article.xml");  // with one more input format
 * </pre>
 */
// scope INHERIT: every subcommand's --help ends with the exit codes.
@Command(name = "publd", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, scope = ScopeType.INHERIT,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE},
        description = "Publishes PubMed records (PubMed XML, MEDLINE text, saved abstract pages) as Linked Data: Dublin Core, CiTO, FaBiO.",
        subcommands = {MapCommand.class, LoadCommand.class, ServeCommand.class, ExportCommand.class, StatsCommand.class,
            LinkCommand.class, FetchCommand.class, SyncCommand.class, FusekiConfigCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {
    static final String VERBOSE = "--verbose";

    @Option(names = {"-v", VERBOSE}, scope = ScopeType.INHERIT,
            description = "Log progress details, and print stack traces with errors.")
    boolean verbose;

    private final SourceRegistry formats;

    /** The command line with the built-in input formats. */
    public Main() {
        this(SourceRegistry.standard());
    }

    /** The command line reading the input formats of {@code formats}. */
    public Main(SourceRegistry formats) {
        this.formats = Objects.requireNonNull(formats, "formats");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return run(SourceRegistry.standard(), args);
    }

    /** Runs the command line, reading the input formats of {@code formats}, and returns the exit code. */
    public static int run(SourceRegistry formats, String... args) {
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals(VERBOSE) || a.equals("-v"));
        // Before any logger exists: slf4j-simple reads its level once.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        CommandLine cli = new CommandLine(new Main(formats), new Factory(formats));
        // Names as the help lists them (turtle, auto), in any case, and listed so when one is wrong.
        cli.registerConverter(OutputFormat.class, new EnumNames<>(OutputFormat.class));
        cli.registerConverter(LoadPath.class, new EnumNames<>(LoadPath.class));
        ErrorReporter reporter = new ErrorReporter(verbose);
        cli.setExecutionExceptionHandler(reporter);
        cli.setParameterExceptionHandler(reporter);
        return cli.execute(args);
    }

    /** The input formats of the {@code publd} a command runs under; the built-in ones for a command run alone. */
    static SourceRegistry formats(CommandSpec command) {
        return command.root().userObject() instanceof Main main ? main.formats : SourceRegistry.standard();
    }

    /** Makes {@code --input-format}'s converter, which checks and lists the names, over the registry in use. */
    private record Factory(SourceRegistry formats) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            return type == SourceFormatConverter.class
                    ? type.cast(new SourceFormatConverter(formats))
                    : CommandLine.defaultFactory().create(type);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"PubLD " + Software.VERSION};
        }
    }
}
