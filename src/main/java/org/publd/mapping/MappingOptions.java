package org.publd.mapping;

/**
 * How records are mapped.
 *
 * @param base  the base IRI under which PubLD mints its IRIs
 * @param reify whether every CiTO link also gets a reified {@code cito:Citation}
 */
public record MappingOptions(String base, boolean reify) {
    /** The defaults: {@link IriScheme#DEFAULT_BASE}, reified citations on. */
    public static MappingOptions defaults() {
        return new MappingOptions(IriScheme.DEFAULT_BASE, true);
    }
}
