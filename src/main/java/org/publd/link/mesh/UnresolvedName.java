package org.publd.link.mesh;

import java.util.List;

/**
 * A name the MeSH files do not settle: unknown (no candidate) or ambiguous (several). It is
 * reported, never guessed, and the record keeps it as a literal.
 *
 * @param pmid       the record's PMID
 * @param role       what the name stands for in the record
 * @param name       the name as the record writes it
 * @param candidates the UIs it could stand for; empty when unknown
 */
public record UnresolvedName(String pmid, NameRole role, String name, List<String> candidates) {
    public UnresolvedName {
        candidates = List.copyOf(candidates);
    }

    public boolean ambiguous() {
        return !candidates.isEmpty();
    }

    /** {@code PMID 123: ambiguous MeSH descriptor 'Cold': D003080, D023341}. */
    public String describe() {
        return "PMID " + pmid + ": " + (ambiguous()
                ? "ambiguous " + role.label() + " '" + name + "': " + String.join(", ", candidates)
                : "unknown " + role.label() + " '" + name + "'");
    }
}
