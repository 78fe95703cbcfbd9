package org.publd.link.wikidata;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.publd.mapping.IriScheme;
import org.publd.net.NetException;

/**
 * Links a database to Wikidata, batch by batch: looks each batch of resources up (by PMID, then by
 * DOI for those not found, then by PMCID; journals by ISSN, authors by ORCID iD) and commits the
 * batch's links and bookkeeping before the next. A batch whose lookups fail is reported and left
 * unchecked, so that a rerun retries it; the run goes on with the next batch, unless the service
 * could not be reached at all (refused, unknown host, TLS): then every later batch would fail the
 * same way, and the run stops, leaving them for a rerun too.
 */
public final class WikidataLinker {
    private final CandidateFinder finder;
    private final WikidataLinks links;
    private final Resolver resolver;
    private final int batchSize;

    /** Hears how a run goes. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** {@code done} of {@code total} resources dealt with. */
        default void progress(long done, long total) {
        }

        /** A batch of {@code size} resources failed; it is left for a rerun. */
        default void batchFailed(int size, String message) {
        }

        /** The service could not be reached: the run stops, leaving {@code rest} more resources for a rerun. */
        default void stopped(int rest) {
        }
    }

    /** @param batchSize resources per batch, and identifiers per query */
    public WikidataLinker(DatasetGraph dsg, IriScheme iris, Resolver resolver, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.finder = new CandidateFinder(dsg, iris);
        this.links = new WikidataLinks(dsg, iris, resolver.sources());
        this.resolver = resolver;
        this.batchSize = batchSize;
    }

    /** Looks up the resources never looked up before, and applies a dump to every resource. */
    public LinkSummary run(Listener listener) {
        return run(listener, Instant.MIN);
    }

    /**
     * Looks up the resources not looked up since {@code lookAgainBefore} ({@link Instant#MAX}: all of
     * them again); a dump applies to every resource whatever this says.
     */
    public LinkSummary run(Listener listener, Instant lookAgainBefore) {
        long start = System.nanoTime();
        CandidateFinder.Candidates candidates = finder.find(resolver.looksUp() ? lookAgainBefore : Instant.MAX);
        List<LinkCandidate> todo = candidates.found();
        long found = 0;
        long notFound = 0;
        long failed = 0;
        long written = 0;
        listener.progress(0, todo.size());
        for (int from = 0; from < todo.size(); from += batchSize) {
            List<LinkCandidate> batch = todo.subList(from, Math.min(todo.size(), from + batchSize));
            try {
                List<WikidataLinks.Lookup> lookups = lookUp(batch);
                links.write(lookups, resolver.looksUp());
                for (WikidataLinks.Lookup l : lookups) {
                    written += l.qids().size();
                    if (l.qids().isEmpty()) {
                        notFound++;
                    } else {
                        found++;
                    }
                }
            } catch (LookupException e) {
                failed += batch.size();
                listener.batchFailed(batch.size(), e.getMessage());
            } catch (NetException e) {
                failed += batch.size();
                listener.batchFailed(batch.size(), e.getMessage());
                if (e.unreachable()) {
                    int rest = todo.size() - from - batch.size();
                    failed += rest;
                    listener.stopped(rest);
                    break;
                }
            }
            listener.progress(from + batch.size(), todo.size());
        }
        return new LinkSummary(found + notFound + failed, found, notFound, failed, candidates.alreadyChecked(), written,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The items of each resource of the batch, trying its identifiers property by property. */
    private List<WikidataLinks.Lookup> lookUp(List<LinkCandidate> batch) {
        Map<LinkCandidate, Set<String>> items = new HashMap<>();
        for (WikidataProperty p : WikidataProperty.values()) {
            Set<String> values = new LinkedHashSet<>();
            for (LinkCandidate c : batch) {
                if (!items.containsKey(c)) {
                    c.ids().stream().filter(id -> id.property() == p).forEach(id -> values.add(id.value()));
                }
            }
            Map<String, Set<String>> answers = resolve(p, new ArrayList<>(values));
            for (LinkCandidate c : batch) {
                if (items.containsKey(c)) {
                    continue;
                }
                Set<String> qids = new TreeSet<>();
                c.ids().stream().filter(id -> id.property() == p)
                        .forEach(id -> qids.addAll(answers.getOrDefault(id.value(), Set.of())));
                if (!qids.isEmpty()) {
                    items.put(c, qids);
                }
            }
        }
        return batch.stream().map(c -> new WikidataLinks.Lookup(c, items.getOrDefault(c, Set.of()))).toList();
    }

    /** Lookups of at most a batch of values each: a journal with three ISSNs must not make a query three times larger. */
    private Map<String, Set<String>> resolve(WikidataProperty p, List<String> values) {
        Map<String, Set<String>> answers = new HashMap<>();
        for (int from = 0; from < values.size(); from += batchSize) {
            answers.putAll(resolver.resolve(p, values.subList(from, Math.min(values.size(), from + batchSize))));
        }
        return answers;
    }
}
