/**
 * Input formats: each parser reads one format into {@link org.publd.record.Item}s, in input order.
 *
 * <p>A {@link org.publd.source.SourceFormat} names a format, recognises it from the first
 * characters of an input, and opens a {@link org.publd.source.RecordReader} over it. The
 * {@link org.publd.source.SourceRegistry} holds the formats (one registration line each) and picks
 * one per input by content, not only by file name; a registry never changes, and one with more
 * formats is made with {@code with(format)} and handed to whoever reads inputs.
 * {@link org.publd.source.SourceInput} opens files, {@code .gz} files (by their magic bytes) and
 * standard input. The built-in formats, tried in this
 * order: PubMed XML ({@link org.publd.source.pubmed}), MEDLINE text ({@link org.publd.source.medline})
 * and the abstract page saved as text ({@link org.publd.source.page}); the two text formats share
 * PubMed's notations for dates and grants ({@link org.publd.source.notation}). XML formats read with
 * {@link org.publd.source.xml}, which also tells them apart by their root element.
 *
 * <p>Errors: a record that cannot be read is reported to the {@link org.publd.source.ErrorHandler}
 * as a {@link org.publd.source.SourceParseException} naming file, record (PMID) and line, and skipped;
 * an input that cannot be read any further (truncated, unreadable) throws one. PubMed XML reads on
 * past a record that is not well-formed, at the next record's start tag.
 * A record is only ever returned whole.
 */
package org.publd.source;
