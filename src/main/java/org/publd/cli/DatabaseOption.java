package org.publd.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that work on a database. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "DIR", required = true, description = "The TDB2 database directory.")
    Path dir;
}
