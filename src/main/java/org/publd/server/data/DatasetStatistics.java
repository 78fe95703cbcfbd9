package org.publd.server.data;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.publd.mapping.DatasetFigures;

/**
 * Computes {@link Statistics} in one pass over the union graph, and keeps them for a while: the
 * counts feed the VoID description and the landing page, which must not scan the data per request.
 * Records, triples, citations and links are {@link DatasetFigures}, counted as {@code publd stats} counts them.
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
     * @param base   the base IRI: entities are the IRIs under it
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
            cached = compute();
            computedAt = Instant.now();
        }
        return cached;
    }

    /** The number of record graphs: cheap enough for the start-up line. */
    public long records() {
        return DatasetFigures.records(dsg);
    }

    // The shared figures, and in the same pass what only VoID tells: entities and vocabularies.
    private Statistics compute() {
        EntitiesAndVocabularies more = new EntitiesAndVocabularies(base);
        DatasetFigures figures = DatasetFigures.count(dsg, more);
        return new Statistics(figures, more.entities, more.vocabularies());
    }

    /** Counts subjects under the base and collects the namespaces of properties and classes, triple by triple. */
    private static final class EntitiesAndVocabularies implements Consumer<Triple> {
        private final String base;
        private final Set<Node> predicates = new HashSet<>();
        private final Set<String> classNamespaces = new TreeSet<>();
        private Node previous;
        private long entities;

        EntitiesAndVocabularies(String base) {
            this.base = base;
        }

        @Override
        public void accept(Triple t) {
            Node s = t.getSubject();
            if (!s.equals(previous)) {
                previous = s;
                if (s.isURI() && s.getURI().startsWith(base)) {
                    entities++;
                }
            }
            predicates.add(t.getPredicate());
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                classNamespaces.add(namespace(t.getObject().getURI()));
            }
        }

        Set<String> vocabularies() {
            Set<String> all = new TreeSet<>(classNamespaces);
            predicates.forEach(p -> all.add(namespace(p.getURI())));
            return all;
        }
    }

    private static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }
}
