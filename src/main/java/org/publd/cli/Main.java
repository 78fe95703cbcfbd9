package org.publd.cli;

import java.util.Arrays;
import org.publd.mapping.Software;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code publd}: PubMed records as Linked Data.
 *
 * <pre>
 * java -jar target/publd.jar map --format ntriples pubmed25n0001.xml.gz -o out.nt
 * </pre>
 */
// scope INHERIT: every subcommand's --help ends with the exit codes.
@Command(name = "publd", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, scope = ScopeType.INHERIT,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILED_LINE, ExitCodes.USAGE_LINE},
        description = "Publishes PubMed records (PubMed XML, MEDLINE text, saved abstract pages) as Linked Data: Dublin Core, CiTO, FaBiO.",
        subcommands = {MapCommand.class, LoadCommand.class, ServeCommand.class, ExportCommand.class, StatsCommand.class,
            LinkCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    static final String VERBOSE = "--verbose";

    @Option(names = {"-v", VERBOSE}, scope = ScopeType.INHERIT,
            description = "Log progress details, and print stack traces with errors.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals(VERBOSE) || a.equals("-v"));
        // Before any logger exists: slf4j-simple reads its level once.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        CommandLine cli = new CommandLine(new Main());
        // Names as the help lists them (turtle, auto); upper case is accepted too.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorReporter reporter = new ErrorReporter(verbose);
        cli.setExecutionExceptionHandler(reporter);
        cli.setParameterExceptionHandler(reporter);
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"PubLD " + Software.VERSION};
        }
    }
}
