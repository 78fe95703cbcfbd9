package org.publd.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.publd.store.StoreStats;
import org.publd.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code publd stats}: what a database holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Prints what a database holds: records, triples, citations by CiTO property,"
            + " external links by target.", "Citations and links count distinct statements of the union graph."})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption db;

    @Override
    public Integer call() {
        StoreStats.Figures f;
        try (Tdb2Store store = Tdb2Store.open(db.dir)) {
            f = StoreStats.of(store.dataset());
        }
        print(f, System.out);
        return ExitCodes.OK;
    }

    static void print(StoreStats.Figures f, PrintStream out) {
        out.printf(Locale.ROOT, "records   %,d%n", f.records());
        out.printf(Locale.ROOT, "triples   %,d (%,d quads in the record graphs)%n", f.triples(), f.quads());
        section(out, "citations by CiTO property", f.citations());
        section(out, "external links by target", f.links());
        out.flush();
    }

    private static void section(PrintStream out, String title, Map<String, Long> counts) {
        out.println(title);
        if (counts.isEmpty()) {
            out.println("  (none)");
        }
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        counts.forEach((k, v) -> out.printf(Locale.ROOT, "  %-" + width + "s  %,d%n", k, v));
    }
}
