package org.publd.server.ld;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Long lists, cut to their first {@value #PAGE} statements in every representation: a work with 596
 * references, or the software that wrote 1,354 record graphs, is served with 50 of them (the first
 * by IRI), and the page says how many there are and links to a SPARQL query that lists them all. The
 * statements only the dropped resources needed (their labels) go with them.
 */
public final class Paging {
    /** The most statements of one property, in one direction, that a description keeps. */
    public static final int PAGE = 50;

    /**
     * A list that was cut.
     *
     * @param property the property of its statements
     * @param incoming whether they point to the resource ({@code ?s p <iri>}) rather than from it
     * @param total    how many statements the description had, before the cut
     * @param atLeast  whether there may be more than {@code total}: the description itself stopped reading
     */
    public record Cut(Node property, boolean incoming, long total, boolean atLeast) {
    }

    /** A description with its long lists cut, and the cuts. */
    public record Paged(Graph graph, List<Cut> cuts) {
    }

    private Paging() {
    }

    /**
     * Cuts each list of {@code iri}'s description, out of it or into it, to {@value #PAGE} statements,
     * keeping the first by the order of their other ends' IRIs (stable from one request to the next).
     */
    public static Paged page(Node iri, Graph description) {
        List<Cut> cuts = new ArrayList<>();
        Set<Triple> dropped = new HashSet<>();
        cut(description.find(iri, Node.ANY, Node.ANY).toList(), false, cuts, dropped);
        cut(description.find(Node.ANY, Node.ANY, iri).toList(), true, cuts, dropped);
        if (cuts.isEmpty()) {
            return new Paged(description, List.of());
        }
        Graph kept = GraphFactory.createDefaultGraph();
        Set<Node> reached = reachable(iri, description, dropped);
        description.find().forEach(t -> {
            if (!dropped.contains(t) && (reached.contains(t.getSubject()) || t.getObject().equals(iri))) {
                kept.add(t);
            }
        });
        return new Paged(kept, List.copyOf(cuts));
    }

    private static void cut(List<Triple> statements, boolean incoming, List<Cut> cuts, Set<Triple> dropped) {
        Map<Node, List<Triple>> byProperty = new LinkedHashMap<>();
        for (Triple t : statements) {
            byProperty.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t);
        }
        boolean readAll = statements.size() < DatasetDescriber.MAX_STATEMENTS;
        byProperty.forEach((property, list) -> {
            if (list.size() <= PAGE) {
                return;
            }
            list.sort(Comparator.comparing(t -> (incoming ? t.getSubject() : t.getObject()).toString()));
            dropped.addAll(list.subList(PAGE, list.size()));
            cuts.add(new Cut(property, incoming, list.size(), !readAll));
        });
    }

    // The nodes whose statements stay: the resource, and what its kept statements reach, outward.
    private static Set<Node> reachable(Node iri, Graph description, Set<Triple> dropped) {
        Set<Node> reached = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        reached.add(iri);
        todo.add(iri);
        description.find(Node.ANY, Node.ANY, iri).forEach(t -> {
            if (!dropped.contains(t) && reached.add(t.getSubject())) {
                todo.add(t.getSubject());
            }
        });
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            description.find(n, Node.ANY, Node.ANY).forEach(t -> {
                if (!dropped.contains(t) && reached.add(t.getObject())) {
                    todo.add(t.getObject());
                }
            });
        }
        return reached;
    }
}
