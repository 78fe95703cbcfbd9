package org.publd.mapping;

import java.time.Instant;

/**
 * Where and when a record graph was made.
 *
 * @param source      IRI of the input the record came from (a {@code file:} IRI or the URL it was
 *                    fetched from), or {@code null} when unknown (standard input)
 * @param generatedAt when the mapping ran
 */
public record Provenance(String source, Instant generatedAt) {
}
