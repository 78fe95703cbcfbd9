package org.publd.mapping.vocab;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** CiTO, the Citation Typing Ontology 2.8.2: the terms PubLD emits. */
public final class CITO {
    public static final String NS = "http://purl.org/spar/cito/";
    public static final String PREFIX = "cito";

    public static final Node Citation = term("Citation");
    public static final Node cites = term("cites");
    public static final Node discusses = term("discusses");
    public static final Node corrects = term("corrects");
    public static final Node retracts = term("retracts");
    public static final Node updates = term("updates");
    public static final Node citesAsSourceDocument = term("citesAsSourceDocument");
    public static final Node describes = term("describes");
    public static final Node hasCitingEntity = term("hasCitingEntity");
    public static final Node hasCitedEntity = term("hasCitedEntity");
    public static final Node hasCitationCharacterization = term("hasCitationCharacterization");
    public static final Node hasCitationCreationDate = term("hasCitationCreationDate");
    public static final Node hasCitationTimeSpan = term("hasCitationTimeSpan");

    /** The properties of a reified {@code cito:Citation}: every other CiTO property relates two works. */
    public static final Set<Node> CITATION_PROPERTIES = Set.of(hasCitingEntity, hasCitedEntity,
            hasCitationCharacterization, hasCitationCreationDate, hasCitationTimeSpan);

    private CITO() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
