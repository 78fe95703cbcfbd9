package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code --help} tells: the values an option takes, and the exit codes of every command. */
class TestHelp {
    private static String help(String... command) {
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--help";
        CliWithLineRecords.Run run = CliWithLineRecords.run(args);
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        return run.out();
    }

    /** The help as one line: picocli wraps descriptions at the terminal's width. */
    private static String helpText(String command) {
        return help(command.split(" ")).replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "map", "load", "serve", "export", "stats", "fuseki-config", "link", "link wikidata", "link mesh"})
    void everyCommandListsTheExitCodes(String command) {
        String help = help(command.isEmpty() ? new String[0] : command.split(" "));
        assertTrue(help.contains("Exit codes:"), help);
        assertTrue(help.matches("(?s).*\\n  0 +everything was read and written\\n.*"), help);
        assertTrue(help.matches("(?s).*\\n  1 +some records or inputs could not be read.*"), help);
        assertTrue(help.matches("(?s).*\\n  2 +the command line is wrong.*"), help);
    }

    @Test
    void mapListsItsFormatsAndInputFormats() {
        String help = helpText("map");
        assertTrue(help.contains("Output format: turtle, trig, ntriples, nquads, jsonld, rdfxml (default: turtle)"), help);
        assertTrue(help.contains("(pubmed-xml, medline, pubmed-page"), help);
    }

    @Test
    void exportHasItsOwnDefaultFormat() {
        assertTrue(helpText("export").contains("Output format: turtle, trig, ntriples, nquads, jsonld, rdfxml (default: nquads)"));
    }

    /** The options of the commands that go over the network are described once: the same words in each command. */
    @ParameterizedTest
    @ValueSource(strings = {"--contact=EMAIL|URL", "--timeout=S", "--retries=N"})
    void syncAndLinkWikidataDescribeTheirNetworkOptionsAlike(String option) {
        assertEquals(description(helpText("sync"), option), description(helpText("link wikidata"), option));
    }

    // The words after the option, up to the next option.
    private static String description(String help, String option) {
        int at = help.indexOf(option + " ");
        assertTrue(at >= 0, option + " in: " + help);
        String rest = help.substring(at + option.length());
        return rest.replaceFirst(" (-[a-zA-Z],? |--[a-z]|Exit codes:).*", "");
    }

    @Test
    void theLoaderIsAModeWithItsChoices() {
        String help = helpText("load");
        assertTrue(help.contains("--loader=MODE"), help);
        assertTrue(help.contains("One of auto, bulk, transactional."), help);
    }
}
