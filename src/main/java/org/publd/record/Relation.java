package org.publd.record;

import java.util.Objects;

/**
 * One entry of a record's lists: the relation and what the record says of the other work.
 *
 * @param type   the list the entry comes from
 * @param target the other work, of kind {@link WorkKind#LISTED_WORK}; its {@code pmid} may be {@code null}
 */
public record Relation(RelationType type, Article target) {
    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
    }
}
