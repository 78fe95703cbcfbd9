/**
 * RDF output for {@code publd map} and dumps: a {@code StreamRDF} per {@link org.publd.mapping.output.OutputFormat}.
 *
 * <p>Triple formats (Turtle, N-Triples, RDF/XML) hold the union of the record graphs; quad formats
 * (TriG, N-Quads, JSON-LD) keep one named graph per record. Memory never grows with the input:
 * formats with a streaming Jena writer stream; the others (JSON-LD, RDF/XML) are written one record,
 * or a bounded batch of records, at a time, recognising record boundaries by the change of graph.
 */
package org.publd.mapping.output;
