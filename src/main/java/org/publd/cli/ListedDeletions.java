package org.publd.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.RecordSink;

/**
 * Passes records on and notes the deletions ({@code DeleteCitation}) among them, which {@code map}
 * cannot apply: RDF has no way to say that a graph goes. The warning names the first few PMIDs and
 * counts the rest, where an update file lists hundreds.
 */
final class ListedDeletions implements RecordSink {
    static final int SHOWN = 5;

    private final RecordSink next;
    private final List<String> first = new ArrayList<>();
    private long count;

    ListedDeletions(RecordSink next) {
        this.next = next;
    }

    @Override
    public void start() {
        next.start();
    }

    @Override
    public void accept(MappedRecord record) {
        next.accept(record);
    }

    @Override
    public void delete(DeletedRecord deleted) {
        if (first.size() < SHOWN) {
            first.add(deleted.pmid());
        }
        count++;
        next.delete(deleted);
    }

    @Override
    public void finish() {
        next.finish();
    }

    /** The warning, or {@code null} when no deletion was listed. */
    String warning() {
        if (count == 0) {
            return null;
        }
        String more = count > first.size() ? String.format(Locale.ROOT, " and %,d more", count - first.size()) : "";
        return SummaryLine.count(count, "deletion") + " listed (DeleteCitation: PMID " + String.join(", ", first) + more
                + "); map does not apply them";
    }
}
