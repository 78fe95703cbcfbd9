package org.publd.cli;

import java.util.Locale;
import org.publd.mapping.RecordPipeline.Summary;

/** The one line a command prints on standard error when it ends. */
final class SummaryLine {
    private SummaryLine() {
    }

    static String of(String command, Summary s) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "publd %s: %,d records, %,d triples", command,
                s.records(), s.quads()));
        if (s.deletedRecords() > 0) {
            sb.append(String.format(Locale.ROOT, ", %,d deletions", s.deletedRecords()));
        }
        sb.append(String.format(Locale.ROOT, ", %,d errors, %d input%s, %.1f s", s.errors(), s.inputs(),
                s.inputs() == 1 ? "" : "s", s.elapsed().toMillis() / 1000.0));
        return sb.toString();
    }
}
