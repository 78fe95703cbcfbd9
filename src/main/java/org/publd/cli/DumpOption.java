package org.publd.cli;

import java.nio.file.Path;
import org.publd.store.DatasetDump;
import org.publd.store.LoadPhase;
import picocli.CommandLine.Option;

/**
 * The {@code --no-dump} option of the commands that change a database: by default each writes the
 * database's dumps anew once it is done; on a large database that takes as long as the load itself,
 * so a daily sync or a load in several steps may leave it to later.
 */
final class DumpOption {
    @Option(names = "--no-dump",
            description = "Do not write the database's dumps (N-Quads, N-Triples, Turtle) now: on a large database"
                    + " that takes as long as loading. publd serve writes them in the background when it finds them"
                    + " older than the data, as does the next load, sync or fetch without this option.")
    boolean skip;

    /** Brings the dumps of the database in {@code db} up to date, unless {@code --no-dump}. */
    void refresh(Path db, LoadPhase.Listener phases) {
        if (!skip) {
            DatasetDump.refresh(db, phases);
        }
    }
}
