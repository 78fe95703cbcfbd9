package org.publd.mapping;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.publd.mapping.vocab.CITO;

/**
 * What a PubLD dataset holds, counted one way for every view of it ({@code publd stats}, the VoID
 * description, the landing page), so that they agree:
 * <ul>
 * <li>records: the named graphs that are record graphs ({@link IriScheme#isRecordGraph}), whatever
 *     base they were minted under; links graphs are no records;</li>
 * <li>triples: the distinct triples of the union graph;</li>
 * <li>citations: the triples whose property is a CiTO relation between two works ({@code cito:cites},
 *     {@code cito:discusses}...), by property; the statements of reified {@code cito:Citation}s
 *     ({@link CITO#CITATION_PROPERTIES}) are not citations of their own;</li>
 * <li>links: the triples whose object is in the IRI space of a {@link LinkTarget}, MeSH included, by
 *     target and property: one VoID linkset each.</li>
 * </ul>
 * Triples, citations and links are statements of the union graph: a citation stated in the graphs
 * of both works involved counts once. Beside the counts, the NLM files {@code publd sync} applied
 * ({@link SyncLog}), the last of which says how current the dataset is.
 *
 * <pre>
 * DatasetFigures f = DatasetFigures.count(dsg);
 * f.links().get(LinkTarget.DOI).get(OWL.sameAs.asNode());
 * </pre>
 *
 * @param citations CiTO property to triple count, in IRI order
 * @param links     link target to link property to triple count, targets in declaration order
 * @param applied   the NLM files applied by {@code publd sync}, in the order applied; empty if it never ran
 */
public record DatasetFigures(long records, long triples, SortedMap<Node, Long> citations,
                             Map<LinkTarget, SortedMap<Node, Long>> links, List<AppliedFile> applied) {
    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    /** Counts in one pass over the union graph, in a read transaction. */
    public static DatasetFigures count(DatasetGraph dsg) {
        return count(dsg, t -> { });
    }

    /**
     * Counts as {@link #count(DatasetGraph)} does, and hands every triple of the pass to {@code each},
     * for figures of the caller's own without a second pass over the data.
     */
    public static DatasetFigures count(DatasetGraph dsg, Consumer<Triple> each) {
        return Txn.calculateRead(dsg, () -> {
            long triples = 0;
            SortedMap<Node, Long> citations = new TreeMap<>(BY_IRI);
            Map<LinkTarget, SortedMap<Node, Long>> links = new EnumMap<>(LinkTarget.class);
            Iterator<Triple> it = dsg.getUnionGraph().find();
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    triples++;
                    each.accept(t);
                    Node p = t.getPredicate();
                    if (isCitation(p)) {
                        citations.merge(p, 1L, Long::sum);
                    }
                    Node o = t.getObject();
                    if (o.isURI()) {
                        LinkTarget.of(o.getURI()).ifPresent(target ->
                                links.computeIfAbsent(target, k -> new TreeMap<>(BY_IRI)).merge(p, 1L, Long::sum));
                    }
                }
            } finally {
                Iter.close(it);
            }
            return new DatasetFigures(records(dsg), triples, Collections.unmodifiableSortedMap(citations),
                    Collections.unmodifiableMap(links), SyncLog.read(dsg));
        });
    }

    /** The last NLM file {@code publd sync} applied, if it ever ran. */
    public Optional<AppliedFile> lastApplied() {
        return applied.isEmpty() ? Optional.empty() : Optional.of(applied.get(applied.size() - 1));
    }

    /**
     * The figures from counts made elsewhere (a SPARQL store's aggregates): {@code byProperty} counts the
     * triples of the union graph by property, of which the citations are taken as {@link #count} takes them;
     * no NLM files applied are known there.
     */
    public static DatasetFigures of(long records, long triples, Map<Node, Long> byProperty,
                                    Map<LinkTarget, ? extends Map<Node, Long>> links) {
        SortedMap<Node, Long> citations = new TreeMap<>(BY_IRI);
        byProperty.forEach((p, n) -> {
            if (isCitation(p)) {
                citations.put(p, n);
            }
        });
        Map<LinkTarget, SortedMap<Node, Long>> sortedLinks = new EnumMap<>(LinkTarget.class);
        links.forEach((target, counts) -> {
            if (!counts.isEmpty()) {
                SortedMap<Node, Long> sorted = new TreeMap<>(BY_IRI);
                sorted.putAll(counts);
                sortedLinks.put(target, Collections.unmodifiableSortedMap(sorted));
            }
        });
        return new DatasetFigures(records, triples, Collections.unmodifiableSortedMap(citations),
                Collections.unmodifiableMap(sortedLinks), List.of());
    }

    /** The number of records alone: cheap enough for a start-up line. */
    public static long records(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            Iterator<Node> graphs = dsg.listGraphNodes();
            try {
                while (graphs.hasNext()) {
                    if (IriScheme.isRecordGraph(graphs.next())) {
                        n++;
                    }
                }
            } finally {
                Iter.close(graphs);
            }
            return n;
        });
    }

    private static boolean isCitation(Node property) {
        return property.getURI().startsWith(CITO.NS) && !CITO.CITATION_PROPERTIES.contains(property);
    }
}
