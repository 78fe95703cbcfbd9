package org.publd.mapping;

import java.time.Instant;

/**
 * Where and when a record graph was made.
 *
 * @param source      IRI of the input the record came from, as published ({@link IriScheme#source}),
 *                    or {@code null} when none is to be given
 * @param generatedAt when the mapping ran
 */
public record Provenance(String source, Instant generatedAt) {
}
