package org.publd.record;

import java.util.List;

/**
 * A {@code DeleteCitation} list of a PubMed update file: records NLM withdrew.
 *
 * @param pmids the PMIDs to delete
 */
public record DeletedCitations(List<String> pmids) implements Item {
    public DeletedCitations {
        pmids = List.copyOf(pmids);
    }
}
