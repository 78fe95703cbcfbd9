package org.publd.link.mesh;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.publd.mapping.SubjectDescriber;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.PUBLD;
import org.publd.record.Article;
import org.publd.record.MeshHeading;
import org.publd.record.MeshNotation;
import org.publd.record.Term;

/**
 * Links the names stored without MeSH UIs in a PubLD database ({@code publd:meshHeadingText},
 * {@code publd:substanceName}, {@code publd:publicationTypeName}) to MeSH: it resolves them and adds,
 * in each record's graph, what the mapping writes for the same terms with UIs. The literals stay
 * (they are what the record said); a rerun adds nothing new.
 *
 * <pre>
 * MeshGraphLinker.Result r = new MeshGraphLinker(resolver).link(store.dataset());
 * </pre>
 */
public final class MeshGraphLinker {
    /** Graphs per write transaction: enough to amortise the commit, few enough to keep it small. */
    static final int BATCH_GRAPHS = 1000;

    private final MeshResolver resolver;

    public MeshGraphLinker(MeshResolver resolver) {
        this.resolver = resolver;
    }

    /** What a run did. */
    public record Result(long records, long resolvedNames, long addedQuads) {
    }

    /** Resolves the names of every record graph of {@code dsg} and adds the triples; manages its own transactions. */
    public Result link(DatasetGraph dsg) {
        List<Named> found = Txn.calculateRead(dsg, () -> namedOnly(dsg));
        long resolved = 0;
        long added = 0;
        for (int from = 0; from < found.size(); from += BATCH_GRAPHS) {
            List<Quad> quads = new ArrayList<>();
            for (Named n : found.subList(from, Math.min(found.size(), from + BATCH_GRAPHS))) {
                resolved += resolve(n, quads);
            }
            added += Txn.calculateWrite(dsg, () -> addNew(dsg, quads));
        }
        return new Result(found.size(), resolved, added);
    }

    /** The records that name terms without UIs: one per graph and work, in the database's order. */
    private static List<Named> namedOnly(DatasetGraph dsg) {
        Map<List<Node>, Named> byWork = new LinkedHashMap<>();
        for (Node p : List.of(PUBLD.publicationTypeName, PUBLD.meshHeadingText, PUBLD.substanceName)) {
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                if (!q.getObject().isLiteral() || q.isDefaultGraph()) {
                    continue;
                }
                Named n = byWork.computeIfAbsent(List.of(q.getGraph(), q.getSubject()),
                        k -> new Named(q.getGraph(), q.getSubject(), pmid(dsg, q.getGraph(), q.getSubject())));
                n.add(p, q.getObject().getLiteralLexicalForm());
            }
        }
        return new ArrayList<>(byWork.values());
    }

    // The PMID names the record in reports; a graph without one is reported by its IRI.
    private static String pmid(DatasetGraph dsg, Node graph, Node work) {
        Iterator<Quad> it = dsg.find(graph, work, FABIO.hasPubMedId, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : graph.toString();
    }

    /** Adds the quads of the record's resolved names to {@code out}; returns how many names resolved. */
    private long resolve(Named n, List<Quad> out) {
        Article.Builder b = Article.builder().pmid(n.pmid);
        long resolved = 0;
        for (String type : n.types) {
            Term t = resolver.term(n.pmid, NameRole.PUBLICATION_TYPE, Term.named(type));
            if (t.ui() != null) {
                b.addPublicationType(t);
                resolved++;
            }
        }
        for (String text : n.headings) {
            MeshHeading parsed = MeshNotation.parse(text);
            if (parsed == null) {
                continue;
            }
            MeshHeading h = resolver.heading(n.pmid, parsed);
            long uis = (h.descriptor().ui() != null ? 1 : 0) + h.qualifiers().stream().filter(q -> q.term().ui() != null).count();
            // Without the descriptor's UI nothing can be written: a qualifier alone has no pair IRI.
            if (h.descriptor().ui() != null) {
                b.addMeshHeading(h);
                resolved += uis;
            }
        }
        for (String name : n.substances) {
            Term t = resolver.term(n.pmid, NameRole.SUBSTANCE, Term.named(name));
            if (t.ui() != null) {
                b.addSubstance(t);
                resolved++;
            }
        }
        out.addAll(SubjectDescriber.meshStatements(n.graph, n.work, b.build()));
        return resolved;
    }

    private static long addNew(DatasetGraph dsg, List<Quad> quads) {
        long added = 0;
        for (Quad q : quads) {
            if (!dsg.contains(q)) {
                dsg.add(q);
                added++;
            }
        }
        return added;
    }

    /** A record's names without UIs, as stored. */
    private static final class Named {
        final Node graph;
        final Node work;
        final String pmid;
        final List<String> types = new ArrayList<>();
        final List<String> headings = new ArrayList<>();
        final List<String> substances = new ArrayList<>();

        Named(Node graph, Node work, String pmid) {
            this.graph = graph;
            this.work = work;
            this.pmid = pmid;
        }

        void add(Node p, String text) {
            if (p.equals(PUBLD.publicationTypeName)) {
                types.add(text);
            } else if (p.equals(PUBLD.meshHeadingText)) {
                headings.add(text);
            } else {
                substances.add(text);
            }
        }
    }
}
