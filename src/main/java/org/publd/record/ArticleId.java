package org.publd.record;

import java.util.Objects;

/**
 * An identifier of a kind that has no field of its own in {@link Article}
 * ({@code pii}, {@code bookaccession}, {@code mid}...).
 *
 * @param type  the scheme as PubMed names it ({@code ArticleId/@IdType}), lower case
 * @param value the identifier
 */
public record ArticleId(String type, String value) {
    public ArticleId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
