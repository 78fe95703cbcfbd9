package org.publd.record;

import java.util.Objects;

/**
 * A controlled-vocabulary term as the record names it: a MeSH descriptor, qualifier, supplementary
 * concept, substance or publication type.
 *
 * @param ui   the MeSH unique identifier ({@code D009369}, {@code Q000473}, {@code C000123}), or
 *             {@code null} when the source gives only the name (MEDLINE text, page text)
 * @param name the name as written in the record
 */
public record Term(String ui, String name) {
    public Term {
        Objects.requireNonNull(name, "name");
    }

    /** A term known by its name only. */
    public static Term named(String name) {
        return new Term(null, name);
    }
}
