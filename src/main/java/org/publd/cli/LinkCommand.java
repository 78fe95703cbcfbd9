package org.publd.cli;

import picocli.CommandLine.Command;

/** {@code publd link}: adds links that need a lookup in another knowledge graph. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Links the records of a database to other knowledge graphs.",
        subcommands = {LinkMeshCommand.class})
final class LinkCommand {
}
