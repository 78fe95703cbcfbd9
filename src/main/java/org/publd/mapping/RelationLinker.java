package org.publd.mapping;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.publd.mapping.vocab.CITO;
import org.publd.mapping.vocab.PUBLD;
import org.publd.record.Article;
import org.publd.record.PubDate;
import org.publd.record.Relation;
import org.publd.record.RelationType;

/**
 * The record's lists as links between works, the citing work always the subject, and what the
 * record says of each other work stored on that work's IRI. CiTO links are also reified as
 * {@code cito:Citation}s when both works have a PMID.
 */
final class RelationLinker {
    /** A link's property, and whether the record's own work is its subject. */
    private record Link(Node property, boolean recordCites) {
    }

    private static final Map<RelationType, Link> LINKS = new EnumMap<>(RelationType.class);

    static {
        LINKS.put(RelationType.CITES, new Link(CITO.cites, true));
        LINKS.put(RelationType.CITED_BY, new Link(CITO.cites, false));
        LINKS.put(RelationType.COMMENT_IN, new Link(CITO.discusses, false));
        LINKS.put(RelationType.COMMENT_ON, new Link(CITO.discusses, true));
        LINKS.put(RelationType.ERRATUM_IN, new Link(CITO.corrects, false));
        LINKS.put(RelationType.ERRATUM_FOR, new Link(CITO.corrects, true));
        LINKS.put(RelationType.RETRACTION_IN, new Link(CITO.retracts, false));
        LINKS.put(RelationType.RETRACTION_OF, new Link(CITO.retracts, true));
        LINKS.put(RelationType.UPDATE_IN, new Link(CITO.updates, false));
        LINKS.put(RelationType.UPDATE_OF, new Link(CITO.updates, true));
        LINKS.put(RelationType.REPUBLISHED_IN, new Link(CITO.citesAsSourceDocument, false));
        LINKS.put(RelationType.REPUBLISHED_FROM, new Link(CITO.citesAsSourceDocument, true));
        LINKS.put(RelationType.REPRINT_IN, new Link(CITO.citesAsSourceDocument, false));
        LINKS.put(RelationType.REPRINT_OF, new Link(CITO.citesAsSourceDocument, true));
        LINKS.put(RelationType.EXPRESSION_OF_CONCERN_IN, new Link(PUBLD.expressesConcernAbout, false));
        LINKS.put(RelationType.EXPRESSION_OF_CONCERN_FOR, new Link(PUBLD.expressesConcernAbout, true));
        LINKS.put(RelationType.SUMMARY_FOR_PATIENTS_IN, new Link(CITO.describes, false));
        LINKS.put(RelationType.ORIGINAL_REPORT_IN, new Link(CITO.describes, true));
    }

    /** The properties of the links between works, each a citation of its own kind. */
    static final Set<Node> PROPERTIES = LINKS.values().stream().map(Link::property)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final IriScheme iris;
    private final WorkDescriber works;
    private final boolean reify;

    RelationLinker(IriScheme iris, WorkDescriber works, boolean reify) {
        this.iris = iris;
        this.works = works;
        this.reify = reify;
    }

    void describe(Emitter e, Node work, Article a) {
        Set<String> repeated = listedMoreThanOnce(a);
        int n = 0;
        for (Relation r : a.relations()) {
            n++;
            Article other = r.target();
            if (a.pmid().equals(other.pmid())) {
                continue;
            }
            Node otherNode = other.pmid() != null ? iris.article(other.pmid()) : iris.reference(a.pmid(), n);
            if (other.pmid() != null && repeated.contains(other.pmid())) {
                // A work listed twice (as a reference and as a comment, say) is described twice, alike.
                e.checked(() -> relation(e, work, a, r, otherNode));
            } else {
                relation(e, work, a, r, otherNode);
            }
        }
    }

    private void relation(Emitter e, Node work, Article a, Relation r, Node otherNode) {
        Article other = r.target();
        works.describe(e, otherNode, other, a.pmid());
        if (r.type() == RelationType.SIMILAR) {
            e.add(work, PUBLD.similarTo, otherNode);
            e.add(work, DCTerms.relation.asNode(), otherNode);
            return;
        }
        Link link = LINKS.get(r.type());
        Node citing = link.recordCites() ? work : otherNode;
        Node cited = link.recordCites() ? otherNode : work;
        e.add(citing, link.property(), cited);
        if (reify && other.pmid() != null && link.property().getURI().startsWith(CITO.NS)) {
            Article citingWork = link.recordCites() ? a : other;
            Article citedWork = link.recordCites() ? other : a;
            citation(e, citing, cited, link.property(), citingWork, citedWork);
        }
    }

    private static Set<String> listedMoreThanOnce(Article a) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (Relation r : a.relations()) {
            String pmid = r.target().pmid();
            if (pmid != null && !seen.add(pmid)) {
                repeated.add(pmid);
            }
        }
        return repeated;
    }

    private void citation(Emitter e, Node citing, Node cited, Node property, Article citingWork, Article citedWork) {
        Node c = iris.citation(citingWork.pmid(), citedWork.pmid());
        e.type(c, CITO.Citation);
        e.add(c, CITO.hasCitingEntity, citing);
        e.add(c, CITO.hasCitedEntity, cited);
        e.add(c, CITO.hasCitationCharacterization, property);
        PubDate citingDate = citingWork.issued();
        e.add(c, CITO.hasCitationCreationDate, Dates.literal(citingDate));
        e.add(c, CITO.hasCitationTimeSpan, Dates.span(citedWork.issued(), citingDate));
    }
}
