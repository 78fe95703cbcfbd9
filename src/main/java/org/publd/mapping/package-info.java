/**
 * Records to RDF, as the mapping contract ({@code ontology/README.md}) specifies.
 *
 * <p>{@link org.publd.mapping.RecordMapper} maps each {@link org.publd.record.Article} to a
 * {@link org.publd.mapping.MappedRecord}: the record's own named graph and its quads, whole. Records,
 * and the deletions of records ({@link org.publd.mapping.DeletedRecord}), go to a
 * {@link org.publd.mapping.RecordSink}, so that printing, storing and counting differ only in the
 * sink; {@link org.publd.mapping.StreamRecordSink} hands the quads on to a Jena {@code StreamRDF}.
 * {@link org.publd.mapping.IriScheme} mints every IRI and reads it back,
 * {@link org.publd.mapping.LinkTarget} holds the IRI spaces of the knowledge graphs linked to, and
 * {@link org.publd.mapping.DatasetFigures} counts mapped data one way for every view. Describers split the
 * work by topic: the work itself, contributors, subjects, funding, and relations to other works
 * (with reified {@code cito:Citation}s). The mapping knows records, not input formats: reading is
 * {@code org.publd.source}'s, and {@code org.publd.pipeline} joins the two.
 */
package org.publd.mapping;
