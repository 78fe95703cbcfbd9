package org.publd.link.wikidata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.publd.mapping.IriScheme;
import org.publd.mapping.LinkTarget;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.PRISM;
import org.publd.mapping.vocab.PUBLD;

/**
 * The resources of a database still to look up in Wikidata: each record's work (PMID, DOIs,
 * PMCID, from its own record graph), each journal (its ISSNs) and each author with an ORCID iD,
 * leaving out those the links graph marks as checked.
 */
public final class CandidateFinder {
    private final DatasetGraph dsg;
    private final IriScheme iris;
    private final Node linksGraph;

    /**
     * @param found         the resources to look up, works first, then journals, then authors, each in IRI order
     * @param alreadyChecked resources left out because an earlier run looked them up
     */
    public record Candidates(List<LinkCandidate> found, long alreadyChecked) {
    }

    public CandidateFinder(DatasetGraph dsg, IriScheme iris) {
        this.dsg = dsg;
        this.iris = iris;
        this.linksGraph = WikidataLinks.graph(iris);
    }

    /** The resources never looked up, read in one read transaction. */
    public Candidates find() {
        return find(Instant.MIN);
    }

    /**
     * The resources not looked up since {@code lookAgainBefore}, read in one read transaction:
     * {@link Instant#MIN} leaves out every resource looked up before, {@link Instant#MAX} none.
     */
    public Candidates find(Instant lookAgainBefore) {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> checked = new HashSet<>();
            dsg.find(linksGraph, Node.ANY, PUBLD.wikidataCheckedAt, Node.ANY).forEachRemaining(q -> {
                if (!checkedAt(q.getObject()).isBefore(lookAgainBefore)) {
                    checked.add(q.getSubject());
                }
            });
            List<LinkCandidate> all = new ArrayList<>();
            all.addAll(works());
            all.addAll(journals());
            all.addAll(authors());
            List<LinkCandidate> todo = all.stream().filter(c -> !checked.contains(c.resource())).toList();
            return new Candidates(todo, all.size() - todo.size());
        });
    }

    // A mark that is not a time (written by hand) counts as long ago: looked up again by any --older-than.
    private static Instant checkedAt(Node mark) {
        try {
            return Instant.parse(mark.getLiteralLexicalForm());
        } catch (RuntimeException e) {
            return Instant.MIN;
        }
    }

    /** The bases of the record graphs in {@code dsg}: normally one, the base the records were mapped with. */
    public static Set<String> recordBases(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> bases = new TreeSet<>();
            Iterator<Node> graphs = dsg.listGraphNodes();
            try {
                while (graphs.hasNext()) {
                    IriScheme.recordBase(graphs.next()).ifPresent(bases::add);
                }
            } finally {
                Iter.close(graphs);
            }
            return bases;
        });
    }

    private List<LinkCandidate> works() {
        Map<String, LinkCandidate> works = new TreeMap<>();
        Iterator<Node> graphs = dsg.listGraphNodes();
        try {
            while (graphs.hasNext()) {
                Node g = graphs.next();
                Optional<String> record = iris.recordOf(g);
                if (record.isEmpty()) {
                    continue;
                }
                String pmid = record.get();
                Node work = iris.article(pmid);
                List<Identifier> ids = new ArrayList<>();
                ids.add(Identifier.of(WikidataProperty.PMID, pmid));
                values(g, work, PRISM.doi).forEach(v -> ids.add(Identifier.of(WikidataProperty.DOI, v)));
                values(g, work, FABIO.hasPubMedCentralId).forEach(v -> ids.add(Identifier.of(WikidataProperty.PMCID, v)));
                works.put(work.getURI(), new LinkCandidate(work, ids));
            }
        } finally {
            Iter.close(graphs);
        }
        return List.copyOf(works.values());
    }

    private List<LinkCandidate> journals() {
        Graph union = dsg.getUnionGraph();
        Map<String, LinkCandidate> journals = new TreeMap<>();
        union.find(Node.ANY, RDF.type.asNode(), FABIO.Journal).forEachRemaining(t -> {
            Node j = t.getSubject();
            if (!j.isURI() || !j.getURI().startsWith(iris.base())) {
                return;
            }
            Set<String> issns = new TreeSet<>();
            for (Node p : List.of(FABIO.hasIssnL, PRISM.issn, PRISM.eIssn)) {
                union.find(j, p, Node.ANY).forEachRemaining(s -> {
                    if (s.getObject().isLiteral()) {
                        issns.add(s.getObject().getLiteralLexicalForm());
                    }
                });
            }
            if (!issns.isEmpty()) {
                journals.put(j.getURI(), new LinkCandidate(j,
                        issns.stream().map(v -> Identifier.of(WikidataProperty.ISSN, v)).distinct().toList()));
            }
        });
        return List.copyOf(journals.values());
    }

    private List<LinkCandidate> authors() {
        Map<String, Set<String>> orcids = new TreeMap<>();
        Map<String, Node> nodes = new TreeMap<>();
        dsg.getUnionGraph().find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining((Triple t) -> {
            Node s = t.getSubject();
            Node o = t.getObject();
            Optional<String> orcid = LinkTarget.ORCID.localPart(o);
            if (s.isURI() && s.getURI().startsWith(iris.base()) && orcid.isPresent()) {
                orcids.computeIfAbsent(s.getURI(), k -> new TreeSet<>()).add(orcid.get());
                nodes.put(s.getURI(), s);
            }
        });
        List<LinkCandidate> authors = new ArrayList<>();
        orcids.forEach((iri, ids) -> authors.add(new LinkCandidate(nodes.get(iri),
                ids.stream().map(v -> Identifier.of(WikidataProperty.ORCID, v)).toList())));
        return authors;
    }

    private List<String> values(Node graph, Node subject, Node property) {
        List<String> values = new ArrayList<>();
        Iterator<Quad> it = dsg.find(graph, subject, property, Node.ANY);
        try {
            it.forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    values.add(q.getObject().getLiteralLexicalForm());
                }
            });
        } finally {
            Iter.close(it);
        }
        return values;
    }
}
