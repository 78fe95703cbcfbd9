package org.publd.server.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.publd.mapping.IriScheme;
import org.publd.mapping.LinkTarget;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.PUBLD;

/**
 * The works of a journal, an author, a MeSH heading or a year, each list sorted as its page shows
 * it: newest first, and for a MeSH heading the works it is a major topic of first.
 */
public final class WorkLists {
    private final DatasetGraph dsg;

    public WorkLists(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The works {@code dcterms:isPartOf} the journal. */
    public List<FoundWork> journal(Node journal) {
        return read(union -> sorted(union, subjects(union, DCTerms.isPartOf.asNode(), journal), w -> false));
    }

    /**
     * The works of the person {@code author} (one author node of one record): every author node with the
     * same ORCID iD when it has one, else with the same name.
     */
    public List<FoundWork> author(Node author) {
        return read(union -> {
            Optional<Node> orcid = union.find(author, OWL.sameAs.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(o -> LinkTarget.ORCID.localPart(o).isPresent()).nextOptional();
            Set<Node> people = new LinkedHashSet<>(List.of(author));
            if (orcid.isPresent()) {
                people.addAll(subjects(union, OWL.sameAs.asNode(), orcid.get()));
            } else {
                union.find(author, FOAF.name.asNode(), Node.ANY).mapWith(Triple::getObject)
                        .forEach(name -> people.addAll(subjects(union, FOAF.name.asNode(), name)));
            }
            Set<Node> works = new LinkedHashSet<>();
            people.forEach(p -> works.addAll(subjects(union, DCTerms.creator.asNode(), p)));
            return sorted(union, works, w -> false);
        });
    }

    /**
     * The works indexed with the MeSH descriptor or pair {@code heading} (or with it as a substance),
     * those it is a major topic of first.
     */
    public List<FoundWork> mesh(Node heading) {
        String ui = IriScheme.meshUi(heading).orElse("");
        return read(union -> {
            Set<Node> works = subjects(union, DCTerms.subject.asNode(), heading);
            works.addAll(subjects(union, PUBLD.substance, heading));
            return sorted(union, works,
                w -> union.find(w, FABIO.hasPrimarySubjectTerm, Node.ANY).mapWith(Triple::getObject)
                        .filterKeep(t -> t.equals(heading) || IriScheme.meshUi(t).orElse("").startsWith(ui + "Q"))
                        .hasNext());
        });
    }

    /** The works issued in {@code year} (four digits): this reads every work's date. */
    public List<FoundWork> year(String year) {
        return read(union -> {
            Set<Node> works = new LinkedHashSet<>();
            union.find(Node.ANY, DCTerms.issued.asNode(), Node.ANY)
                    .filterKeep(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().startsWith(year))
                    .forEach(t -> works.add(t.getSubject()));
            return sorted(union, works, w -> false);
        });
    }

    private <T> T read(Function<Graph, T> body) {
        return Txn.calculateRead(dsg, () -> body.apply(dsg.getUnionGraph()));
    }

    private static Set<Node> subjects(Graph union, Node p, Node o) {
        Set<Node> s = new LinkedHashSet<>();
        union.find(Node.ANY, p, o).forEach(t -> s.add(t.getSubject()));
        return s;
    }

    private static List<FoundWork> sorted(Graph union, Set<Node> works, Predicate<Node> major) {
        List<FoundWork> found = new ArrayList<>(works.size());
        for (Node w : works) {
            found.add(new FoundWork(w, 0, major.test(w), WorkSummary.issued(union, w)));
        }
        found.sort(FoundWork.MAJOR_FIRST);
        return found;
    }
}
