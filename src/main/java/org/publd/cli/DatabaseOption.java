package org.publd.cli;

import java.nio.file.Path;
import java.util.Set;
import org.publd.PubldException;
import org.publd.link.wikidata.CandidateFinder;
import org.publd.mapping.IriScheme;
import org.publd.store.Tdb2Store;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that work on a database. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "DIR", required = true, description = "The TDB2 database directory.")
    Path dir;

    /**
     * The base the records of the database in {@code db} were minted under: the default {@code --base} of
     * the commands that add records to one; {@link IriScheme#DEFAULT_BASE} for a new or empty database.
     */
    static String recordBase(Path db) {
        if (Tdb2Store.isNew(db)) {
            return IriScheme.DEFAULT_BASE;
        }
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Set<String> bases = CandidateFinder.recordBases(store.dataset());
            if (bases.size() > 1) {
                throw new PubldException(db + ": records under several base IRIs " + bases + "; choose one with --base");
            }
            return bases.isEmpty() ? IriScheme.DEFAULT_BASE : bases.iterator().next();
        }
    }
}
