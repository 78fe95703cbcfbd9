package org.publd.server.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.publd.mapping.IriScheme;
import org.publd.mapping.LinkTarget;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.PUBLD;
import org.publd.server.read.ReadStore;

/**
 * The works of a journal, an author, a MeSH heading or a year, each list sorted as its page shows
 * it: newest first, and for a MeSH heading the works it is a major topic of first. Each list holds at
 * most {@value #MAX_WORKS} works.
 */
public final class WorkLists {
    /** The most works a list holds (and the most statements read about one resource). */
    static final int MAX_WORKS = 10_000;
    /** A year's works: the one list no resource leads to, so found by their dates (within the server's row cap). */
    private static final Query YEAR = QueryFactory.create("""
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT DISTINCT ?work WHERE { ?work dcterms:issued ?date FILTER(STRSTARTS(STR(?date), ?year)) }""");

    private final ReadStore store;

    public WorkLists(ReadStore store) {
        this.store = store;
    }

    /** The works {@code dcterms:isPartOf} the journal. */
    public List<FoundWork> journal(Node journal) {
        return store.snapshot(() -> sorted(linking(DCTerms.isPartOf.asNode(), journal), w -> false));
    }

    /**
     * The works of the person {@code author} (one author node of one record): every author node with the
     * same ORCID iD when it has one, else with the same name.
     */
    public List<FoundWork> author(Node author) {
        return store.snapshot(() -> {
            Optional<Node> orcid = objects(author, OWL.sameAs.asNode()).stream()
                    .filter(o -> LinkTarget.ORCID.localPart(o).isPresent()).findFirst();
            Set<Node> people = new LinkedHashSet<>(List.of(author));
            if (orcid.isPresent()) {
                people.addAll(linking(OWL.sameAs.asNode(), orcid.get()));
            } else {
                objects(author, FOAF.name.asNode()).forEach(name -> people.addAll(linking(FOAF.name.asNode(), name)));
            }
            Set<Node> works = new LinkedHashSet<>();
            people.forEach(p -> works.addAll(linking(DCTerms.creator.asNode(), p)));
            return sorted(works, w -> false);
        });
    }

    /**
     * The works indexed with the MeSH descriptor or pair {@code heading} (or with it as a substance),
     * those it is a major topic of first.
     */
    public List<FoundWork> mesh(Node heading) {
        String ui = IriScheme.meshUi(heading).orElse("");
        return store.snapshot(() -> {
            Set<Node> works = linking(DCTerms.subject.asNode(), heading);
            works.addAll(linking(PUBLD.substance, heading));
            return sorted(works, w -> objects(w, FABIO.hasPrimarySubjectTerm).stream()
                    .anyMatch(t -> t.equals(heading) || IriScheme.meshUi(t).orElse("").startsWith(ui + "Q")));
        });
    }

    /** The works issued in {@code year} (four digits). */
    public List<FoundWork> year(String year) {
        return store.snapshot(() -> {
            Set<Node> works = new LinkedHashSet<>();
            store.select(YEAR, Map.of("year", NodeFactory.createLiteralString(year)))
                    .forEachRemaining(row -> works.add(row.get("work")));
            return sorted(works, w -> false);
        });
    }

    /** The subjects of the statements {@code ? property object}. */
    private Set<Node> linking(Node property, Node object) {
        Set<Node> s = new LinkedHashSet<>();
        store.byObject(object, MAX_WORKS).stream().filter(t -> t.getPredicate().equals(property))
                .forEach(t -> s.add(t.getSubject()));
        return s;
    }

    private List<Node> objects(Node subject, Node property) {
        return store.bySubject(subject, property, MAX_WORKS).stream().map(Triple::getObject).toList();
    }

    private List<FoundWork> sorted(Set<Node> works, Predicate<Node> major) {
        List<FoundWork> found = new ArrayList<>(works.size());
        for (Node w : works) {
            found.add(new FoundWork(w, 0, major.test(w), WorkSummary.issued(store, w)));
        }
        found.sort(FoundWork.MAJOR_FIRST);
        return found;
    }
}
