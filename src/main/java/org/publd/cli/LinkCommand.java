package org.publd.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code publd link}: links a database to other knowledge graphs, one subcommand per target. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links the records of a database to other knowledge graphs.",
            "Wikidata links go into a named graph of their own, B graph/links/wikidata, part of the union default graph;"
                + " MeSH IRIs resolved from names go into each record's graph."},
        subcommands = {LinkWikidataCommand.class, LinkMeshCommand.class, CommandLine.HelpCommand.class})
final class LinkCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing the target: publd link wikidata|mesh ...");
    }
}
