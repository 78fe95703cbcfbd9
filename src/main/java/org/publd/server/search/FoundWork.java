package org.publd.server.search;

import java.util.Comparator;
import org.apache.jena.graph.Node;

/**
 * A work in a list: its relevance to a search (0 in lists that are not searches), whether the
 * list's subject is a major topic of it (MeSH lists), and its date for sorting.
 *
 * @param date the {@code dcterms:issued} lexical form, or empty
 */
public record FoundWork(Node work, double relevance, boolean major, String date) {
    /** Newest first, undated last; then by relevance, then by IRI so that pages never overlap. */
    public static final Comparator<FoundWork> BY_DATE = Comparator.comparing((FoundWork f) -> f.date.isEmpty())
            .thenComparing(FoundWork::date, Comparator.reverseOrder())
            .thenComparing(FoundWork::relevance, Comparator.reverseOrder())
            .thenComparing(f -> f.work.getURI());
    /** Most relevant first, then newest first. */
    public static final Comparator<FoundWork> BY_RELEVANCE = Comparator.comparing(FoundWork::relevance, Comparator.reverseOrder())
            .thenComparing(BY_DATE);
    /** Major topics first, then newest first. */
    public static final Comparator<FoundWork> MAJOR_FIRST = Comparator.comparing((FoundWork f) -> !f.major).thenComparing(BY_DATE);
}
