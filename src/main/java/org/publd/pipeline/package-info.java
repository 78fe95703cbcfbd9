/**
 * A run of PubLD over its inputs: each input opened ({@link org.publd.source.SourceInput}), its
 * format detected or forced, its records read one by one, each mapped whole by the
 * {@link org.publd.mapping.RecordMapper}, and counted (inputs, records, quads, deletions, errors).
 *
 * <p>{@link org.publd.pipeline.RecordPipeline} is the only place where reading and mapping meet, so
 * that {@code source} and {@code mapping} need not know each other. It decides what a bad record
 * costs: lenient by default (report it, skip it, go on), strict on request (stop at the first).
 * It reports progress in bytes of input read, for a progress bar.
 */
package org.publd.pipeline;
