package org.publd.link.wikidata;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Finds the Wikidata items that hold given identifiers. */
public interface Resolver {
    /**
     * The items of each value that has any, as QIDs ({@code Q42}); values without an item are absent.
     *
     * @param values identifiers in Wikidata's form ({@link WikidataProperty#wikidataForm}), no duplicates
     * @throws LookupException when the answer could not be used; then nothing is known about these values
     * @throws org.publd.net.NetException when the service failed or could not be reached
     */
    Map<String, Set<String>> resolve(WikidataProperty property, Collection<String> values);

    /** Where the links come from, as IRIs: the endpoint URLs or the dumps' names under the base. */
    java.util.List<String> sources();

    /**
     * Whether its answers are lookups, which mark each resource checked ({@code publd:wikidataCheckedAt})
     * so that a later run skips it, rather than facts to apply whatever was checked before.
     */
    default boolean looksUp() {
        return true;
    }
}
