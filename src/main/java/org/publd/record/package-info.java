/**
 * The bibliographic record, independent of its input format and of RDF.
 *
 * <p>An {@link org.publd.record.Article} is what one PubMed record says about one work: identifiers,
 * titles, abstracts, contributors, journal and issue, dates, MeSH indexing, grants, and its
 * {@link org.publd.record.Relation relations} to other works. A work known only from another
 * record's list (a reference, a "Comment in" entry, a similar article) is an {@code Article} of
 * kind {@link org.publd.record.WorkKind#LISTED_WORK} holding just what that list says.
 *
 * <p>Values are immutable Java records; absent values are {@code null} (single values) or empty
 * lists, never invented. Nothing here depends on Jena.
 */
package org.publd.record;
