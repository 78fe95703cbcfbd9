package org.publd.link.wikidata;

/**
 * One identifier to look up, in the form Wikidata stores it ({@link WikidataProperty#wikidataForm}).
 *
 * @param property the Wikidata property that holds such identifiers
 * @param value    the identifier as Wikidata writes it
 */
public record Identifier(WikidataProperty property, String value) {
    /** The identifier {@code raw} as PubLD or a dump writes it, normalised to Wikidata's form. */
    public static Identifier of(WikidataProperty property, String raw) {
        return new Identifier(property, property.wikidataForm(raw));
    }
}
