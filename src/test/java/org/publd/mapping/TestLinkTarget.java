package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** External links are grouped by the knowledge graph they point into. */
class TestLinkTarget {
    @ParameterizedTest
    @CsvSource({
        "https://identifiers.org/pubmed:1, identifiers.org",
        "https://doi.org/10.1/x, doi.org",
        "https://pubmed.ncbi.nlm.nih.gov/1/, pubmed.ncbi.nlm.nih.gov",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC1/, pmc.ncbi.nlm.nih.gov",
        "https://orcid.org/0000-0001-2345-6789, orcid.org",
        "http://id.nlm.nih.gov/mesh/D000001, id.nlm.nih.gov/mesh",
        "http://www.wikidata.org/entity/Q42, wikidata.org",
        "https://www.wikidata.org/entity/Q42, wikidata.org"})
    void targets(String iri, String label) {
        assertEquals(Optional.of(label), LinkTarget.of(iri).map(LinkTarget::label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/x", "urn:isbn:123", "https://identifiers.org/taxonomy:9606"})
    void otherIrisAreNoLinkTarget(String iri) {
        assertEquals(Optional.empty(), LinkTarget.of(iri));
    }

    @Test
    void theLocalPartFollowsWhicheverSpaceHoldsTheIri() {
        assertEquals(Optional.of("10.1/x"), LinkTarget.DOI.localPart(IriScheme.doi("10.1/x")));
        assertEquals(Optional.of("Q42"), LinkTarget.WIKIDATA.localPart(NodeFactory.createURI("https://www.wikidata.org/entity/Q42")));
        assertEquals(Optional.empty(), LinkTarget.ORCID.localPart(IriScheme.doi("10.1/x")));
    }
}
