package org.publd.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.publd.mapping.DatasetFigures;
import org.publd.mapping.vocab.Prefixes;
import org.publd.store.StoreStats;
import org.publd.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code publd stats}: what a database holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Prints what a database holds: records, triples, citations by CiTO property,"
            + " external links by target and property.",
            "Citations and links count distinct statements of the union graph, as the VoID description at /void does."})
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
        DatasetFigures d = f.dataset();
        PrefixMap prefixes = Prefixes.standard();
        out.printf(Locale.ROOT, "records   %,d%n", d.records());
        out.printf(Locale.ROOT, "triples   %,d (%,d quads in the named graphs)%n", d.triples(), f.quads());
        d.lastApplied().ifPresent(last -> out.printf(Locale.ROOT, "synced    %s, applied %s (%s applied by publd sync)%n",
                last.name(), last.ended(), SummaryLine.count(d.applied().size(), "file")));
        List<List<String>> citations = new ArrayList<>();
        d.citations().forEach((p, n) -> citations.add(List.of(name(prefixes, p), count(n))));
        table(out, "citations by CiTO property", citations);
        List<List<String>> links = new ArrayList<>();
        d.links().entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().label())).forEach(e ->
                e.getValue().forEach((p, n) -> links.add(List.of(e.getKey().label(), name(prefixes, p), count(n)))));
        table(out, "external links by target and property", links);
        out.flush();
    }

    private static String name(PrefixMap prefixes, Node property) {
        String name = prefixes.abbreviate(property.getURI());
        return name != null ? name : property.getURI();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    // Text columns padded to their widest cell, the last column (the count) right-aligned.
    private static void table(PrintStream out, String title, List<List<String>> rows) {
        out.println(title);
        if (rows.isEmpty()) {
            out.println("  (none)");
            return;
        }
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        rows.forEach(r -> {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        });
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = r.get(i);
                String pad = " ".repeat(width[i] - cell.length());
                line.append("  ").append(i == columns - 1 ? pad + cell : cell + pad);
            }
            out.println(line);
        }
    }
}
