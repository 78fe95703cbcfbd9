package org.publd.acquire.eutils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.publd.PubldException;
import org.publd.source.xml.SafeStaxFactory;
import org.publd.source.xml.XmlCursor;

/**
 * Fetches PubMed records by PMID or by search into a {@link Target}, a page at a time, asking only
 * for the records the target does not hold yet.
 *
 * <ul>
 * <li>PMIDs go to EFetch by POST, at most {@value #ID_BATCH} a request; those the answer leaves out
 *     are the ones NCBI does not know, and are reported by number.
 * <li>A search runs once through ESearch onto the history server, and EFetch pages through its hits
 *     ({@value #HISTORY_PAGE} a request) with {@code WebEnv} and {@code query_key}: ESearch alone
 *     lists at most 10,000 PMIDs. When the target already holds records (a fetch resumed), the hits'
 *     PMIDs are listed first ({@code rettype=uilist}, cheap) and only the missing records fetched.
 * </ul>
 *
 * <pre>
 *   Summary s = new PubmedFetch(eutils, target, Listener.NONE).query("mTOR AND depression", 0);
 * </pre>
 */
public final class PubmedFetch {
    /** PMIDs per EFetch request: NCBI asks for POST above about 200, and smaller answers are retried more cheaply. */
    public static final int ID_BATCH = 200;
    /** Hits per EFetch request through the history server. */
    public static final int HISTORY_PAGE = 500;
    /** PMIDs per uilist request (EFetch's most for PubMed). */
    static final int ID_PAGE = 10_000;

    /** Where fetched records go. */
    public interface Target {
        /** The PMIDs the target holds already from PubMed XML: they are not asked for again. */
        Set<String> known();

        /** One answer of EFetch, a {@code PubmedArticleSet} holding the records {@code pmids}. */
        void page(byte[] articleSet, List<String> pmids);
    }

    /** Hears how far a fetch has got. */
    public interface Listener {
        Listener NONE = (done, total) -> { };

        /** {@code done} of {@code total} records asked for have been dealt with. */
        void progress(long done, long total);
    }

    /**
     * What a fetch did.
     *
     * @param asked      records the request names (the PMIDs given, or the search's hits up to {@code --max})
     * @param alreadyHad of those, records the target held already and that were not asked for
     * @param fetched    records received
     * @param unknown    PMIDs asked for that NCBI does not know
     * @param requests   HTTP requests sent, retries included
     */
    public record Summary(long asked, long alreadyHad, long fetched, List<String> unknown, long requests,
                          Duration elapsed) {
    }

    private final EutilsClient eutils;
    private final Target target;
    private final Listener listener;
    private long started;
    private long fetched;

    public PubmedFetch(EutilsClient eutils, Target target, Listener listener) {
        this.eutils = eutils;
        this.target = target;
        this.listener = listener;
    }

    /** Fetches these records, those the target does not hold. */
    public Summary pmids(List<String> pmids) {
        start();
        Set<String> asked = new LinkedHashSet<>(pmids);
        return byId(asked, missing(asked));
    }

    /** Fetches the hits of {@code term}, the first {@code max} of them when {@code max > 0}. */
    public Summary query(String term, long max) {
        start();
        Search search = eutils.search(term);
        long total = max > 0 ? Math.min(max, search.count()) : search.count();
        if (target.known().isEmpty()) {
            listener.progress(0, total);
            for (long start = 0; start < total; start += HISTORY_PAGE) {
                int n = (int) Math.min(HISTORY_PAGE, total - start);
                deliver(eutils.fetch(search, start, n));
                listener.progress(start + n, total);
            }
            return summary(total, 0, List.of());
        }
        Set<String> hits = new LinkedHashSet<>();
        for (long start = 0; start < total; start += ID_PAGE) {
            hits.addAll(eutils.ids(search, start, (int) Math.min(ID_PAGE, total - start)));
        }
        return byId(hits, missing(hits));
    }

    private void start() {
        started = System.nanoTime();
        fetched = 0;
    }

    private List<String> missing(Set<String> asked) {
        Set<String> known = target.known();
        return asked.stream().filter(p -> !known.contains(p)).toList();
    }

    private Summary byId(Set<String> asked, List<String> todo) {
        List<String> unknown = new ArrayList<>();
        long total = todo.size();
        listener.progress(0, total);
        for (int from = 0; from < todo.size(); from += ID_BATCH) {
            List<String> batch = todo.subList(from, Math.min(todo.size(), from + ID_BATCH));
            Set<String> received = new LinkedHashSet<>(deliver(eutils.fetch(batch)));
            batch.stream().filter(p -> !received.contains(p)).forEach(unknown::add);
            listener.progress(from + batch.size(), total);
        }
        return summary(asked.size(), asked.size() - todo.size(), unknown);
    }

    private List<String> deliver(byte[] articleSet) {
        List<String> pmids = pmids(articleSet);
        target.page(articleSet, pmids);
        fetched += pmids.size();
        return pmids;
    }

    private Summary summary(long asked, long alreadyHad, List<String> unknown) {
        return new Summary(asked, alreadyHad, fetched, List.copyOf(unknown), eutils.requests(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The PMIDs of the records of a {@code PubmedArticleSet}, in order: each record's own
     * ({@code PubmedArticle/MedlineCitation/PMID}, {@code PubmedBookArticle/BookDocument/PMID}),
     * not those it cites.
     */
    static List<String> pmids(byte[] articleSet) {
        List<String> pmids = new ArrayList<>();
        try (XmlCursor xml = SafeStaxFactory.open(new ByteArrayInputStream(articleSet))) {
            while (xml.nextElement()) {
                if (xml.depth() == 4 && xml.name().equals("PMID")) {
                    pmids.add(xml.text().strip());
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new PubldException("EFetch's answer cannot be read as XML: " + e.getMessage(), e);
        }
        return pmids;
    }
}
