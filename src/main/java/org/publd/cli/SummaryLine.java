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
        StringBuilder sb = new StringBuilder("publd " + command + ": " + count(s.records(), "record") + ", "
                + count(s.quads(), "triple"));
        if (unresolvedMesh >= 0) {
            sb.append(", ").append(count(unresolvedMesh, "unresolved MeSH name"));
        }
        if (s.deletedRecords() > 0) {
            sb.append(", ").append(count(s.deletedRecords(), "deletion"));
        }
        sb.append(", ").append(count(s.errors(), "error")).append(", ").append(count(s.inputs(), "input"))
                .append(", ").append(seconds(s.elapsed()));
        return sb.toString();
    }

    static String ofLinkMesh(MeshGraphLinker.Result r, long unresolved, Duration elapsed) {
        return "publd link mesh: " + count(r.records(), "record") + ", " + count(r.resolvedNames(), "name") + " resolved, "
                + count(r.addedQuads(), "triple") + " added, " + count(unresolved, "unresolved MeSH name") + ", "
                + seconds(elapsed);
    }

    /** {@code 1 record}, {@code 1,234 records}: a count and its noun, singular for one. */
    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
    }
}
