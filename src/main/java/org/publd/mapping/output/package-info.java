/**
 * RDF output for {@code publd map}, dumps and Linked Data pages: {@link org.publd.mapping.output.OutputFormat}
 * describes each syntax once, and {@link org.publd.mapping.output.RdfWriters} opens a {@code StreamRDF} for it.
 *
 * <p>Triple formats (Turtle, N-Triples, RDF/XML) hold the union of the record graphs; quad formats
 * (TriG, N-Quads, JSON-LD) keep one named graph per record. Memory never grows with the input:
 * formats with a streaming Jena writer stream; the others (JSON-LD, RDF/XML) are written one record,
 * or a bounded batch of records, at a time. Those two writers are registered with Jena's
 * {@code StreamRDFWriter} under formats of their own ({@link org.publd.mapping.output.BatchingWriters}),
 * so every format is opened the same way. JSON-LD takes whole records from
 * {@link org.publd.mapping.output.RdfWriters#records}; from a plain stream (an export, graph by graph)
 * it takes each run of quads in one graph. It is written compact against the published context
 * ({@link org.publd.mapping.output.JsonLdContext}, {@code ontology/context.jsonld}) straight from the
 * statements, never through a JSON-LD processor's compaction; whole graphs (Linked Data pages) go
 * through the same writer, registered with Jena's {@code RDFWriterRegistry}.
 */
package org.publd.mapping.output;
