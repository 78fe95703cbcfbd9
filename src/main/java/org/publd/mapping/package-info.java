/**
 * Records to RDF, as the mapping contract ({@code ontology/README.md}) specifies.
 *
 * <p>{@link org.publd.mapping.RecordMapper} writes each {@link org.publd.record.Article} as quads on a
 * Jena {@code StreamRDF}, in the record's own named graph, so that printing, storing and counting
 * differ only in the sink. {@link org.publd.mapping.IriScheme} mints every IRI and reads it back,
 * {@link org.publd.mapping.LinkTarget} holds the IRI spaces of the knowledge graphs linked to, and
 * {@link org.publd.mapping.DatasetFigures} counts mapped data one way for every view. Describers split the
 * work by topic: the work itself, contributors, subjects, funding, and relations to other works
 * (with reified {@code cito:Citation}s). The mapping knows records, not input formats: reading is
 * {@code org.publd.source}'s, and {@code org.publd.pipeline} joins the two.
 */
package org.publd.mapping;
