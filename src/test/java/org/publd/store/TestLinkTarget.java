package org.publd.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        "https://www.wikidata.org/entity/Q42, wikidata.org",
        "https://example.org/x, example.org",
        "urn:isbn:123, other"})
    void targets(String iri, String target) {
        assertEquals(target, StoreStats.linkTargetName(iri));
    }
}
