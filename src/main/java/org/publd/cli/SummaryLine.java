package org.publd.cli;

import java.time.Duration;
import java.util.Locale;
import org.publd.link.mesh.MeshGraphLinker;
import org.publd.pipeline.RecordPipeline.Summary;

/** The one line a command prints on standard error when it ends. */
final class SummaryLine {
    private SummaryLine() {
    }

    static String of(String command, Summary s) {
        return of(command, s, -1);
    }

    /** With the count of MeSH names left unresolved, when the command resolved names ({@code unresolved >= 0}). */
    static String of(String command, Summary s, long unresolvedMesh) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "publd %s: %,d records, %,d triples", command,
                s.records(), s.quads()));
        if (unresolvedMesh >= 0) {
            sb.append(String.format(Locale.ROOT, ", %,d unresolved MeSH names", unresolvedMesh));
        }
        if (s.deletedRecords() > 0) {
            sb.append(String.format(Locale.ROOT, ", %,d deletions", s.deletedRecords()));
        }
        sb.append(String.format(Locale.ROOT, ", %,d errors, %d input%s, %.1f s", s.errors(), s.inputs(),
                s.inputs() == 1 ? "" : "s", s.elapsed().toMillis() / 1000.0));
        return sb.toString();
    }

    static String ofLinkMesh(MeshGraphLinker.Result r, long unresolved, Duration elapsed) {
        return String.format(Locale.ROOT, "publd link mesh: %,d records, %,d names resolved, %,d triples added,"
                + " %,d unresolved MeSH names, %.1f s", r.records(), r.resolvedNames(), r.addedQuads(), unresolved,
                elapsed.toMillis() / 1000.0);
    }
}
