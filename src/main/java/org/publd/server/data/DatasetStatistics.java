package org.publd.server.data;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.publd.mapping.LinkTarget;

/**
 * Computes {@link Statistics} in one pass over the union graph, and keeps them for a while: the
 * counts feed the VoID description and the landing page, which must not scan the data per request.
 *
 * <p>The pass holds no set of subjects: TDB2 returns the union graph in subject order without
 * duplicates, so a subject is new when it differs from the previous one.
 */
public final class DatasetStatistics {
    private final DatasetGraph dsg;
    private final String base;
    private final Duration maxAge;
    private Statistics cached;
    private Instant computedAt;

    /**
     * @param base   the base IRI: entities and records are the IRIs under it
     * @param maxAge how long counts are reused before the next request recounts
     */
    public DatasetStatistics(DatasetGraph dsg, String base, Duration maxAge) {
        this.dsg = dsg;
        this.base = base;
        this.maxAge = maxAge;
    }

    /** The counts, recomputed when older than the maximum age. */
    public synchronized Statistics current() {
        if (cached == null || Instant.now().isAfter(computedAt.plus(maxAge))) {
            cached = Txn.calculateRead(dsg, this::compute);
            computedAt = Instant.now();
        }
        return cached;
    }

    /** The number of record graphs: cheap enough for the start-up line. */
    public long records() {
        return Txn.calculateRead(dsg, this::countRecords);
    }

    private long countRecords() {
        String prefix = base + "graph/pubmed/";
        long n = 0;
        Iterator<Node> graphs = dsg.listGraphNodes();
        try {
            while (graphs.hasNext()) {
                Node g = graphs.next();
                if (g.isURI() && g.getURI().startsWith(prefix)) {
                    n++;
                }
            }
        } finally {
            Iter.close(graphs);
        }
        return n;
    }

    private Statistics compute() {
        long triples = 0;
        long entities = 0;
        Node previous = null;
        Set<String> vocabularies = new TreeSet<>();
        Set<Node> predicates = new java.util.HashSet<>();
        Map<LinkTarget, Map<String, Long>> links = new TreeMap<>();
        Iterator<Triple> it = dsg.getUnionGraph().find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                triples++;
                Node s = t.getSubject();
                if (!s.equals(previous)) {
                    previous = s;
                    if (s.isURI() && s.getURI().startsWith(base)) {
                        entities++;
                    }
                }
                predicates.add(t.getPredicate());
                Node o = t.getObject();
                if (!o.isURI()) {
                    continue;
                }
                if (t.getPredicate().equals(RDF.type.asNode())) {
                    vocabularies.add(namespace(o.getURI()));
                }
                LinkTarget.of(o.getURI()).ifPresent(target -> links.computeIfAbsent(target, k -> new TreeMap<>())
                        .merge(t.getPredicate().getURI(), 1L, Long::sum));
            }
        } finally {
            Iter.close(it);
        }
        predicates.forEach(p -> vocabularies.add(namespace(p.getURI())));
        return new Statistics(countRecords(), triples, entities, vocabularies, links);
    }

    private static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }
}
