package org.publd.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.publd.mapping.IriScheme.Space;

class TestResourceKind {
    @Test
    void eachSpaceHasTheKindOfItsResources() {
        assertEquals(ResourceKind.WORK, ResourceKind.of(Space.BOOK));
        assertEquals(ResourceKind.CONTRIBUTOR, ResourceKind.of(Space.EDITOR));
        assertEquals(ResourceKind.AGENT, ResourceKind.of(Space.PUBLISHER));
        assertEquals(ResourceKind.UNNAMED, ResourceKind.of(Space.RECORD_GRAPH));
        assertEquals(ResourceKind.OTHER, ResourceKind.of(Space.DATASET));
        assertEquals(ResourceKind.EXTERNAL, ResourceKind.of(Space.EXTERNAL));
    }

    @Test
    void eachKindIsNamedByTheMappersProperty() {
        assertEquals(List.of(DCTerms.title.asNode(), DCTerms.bibliographicCitation.asNode()), ResourceKind.WORK.labels());
        assertEquals(List.of(FOAF.name.asNode()), ResourceKind.AGENT.labels());
        assertEquals(List.of(RDFS.label.asNode()), ResourceKind.MESH.labels());
        assertEquals(List.of(), ResourceKind.UNNAMED.labels());
        assertEquals(3, ResourceKind.OTHER.labels().size());
    }
}
