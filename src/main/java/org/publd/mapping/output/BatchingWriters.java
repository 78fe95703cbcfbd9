package org.publd.mapping.output;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFFormatVariant;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * Streaming writers for the two syntaxes Jena writes only from a whole graph, registered with Jena
 * so that they are asked for like any other:
 * <pre>
 * StreamRDF out = StreamRDFWriter.getWriterStream(System.out, BatchingWriters.JSONLD_RECORDS);
 * </pre>
 * Each is a format of its own (a variant of Jena's language): Jena's default writers for
 * {@code Lang.JSONLD} and {@code Lang.RDFXML}, streaming or not, stay as they are.
 */
public final class BatchingWriters {
    /** JSON-LD written one record graph at a time ({@link JsonLdRecordWriter}). */
    public static final RDFFormat JSONLD_RECORDS = new RDFFormat(Lang.JSONLD, new RDFFormatVariant("publd-records"));
    /** RDF/XML written in bounded batches of triples ({@link RdfXmlBatchWriter}). */
    public static final RDFFormat RDFXML_BATCHES = new RDFFormat(Lang.RDFXML, new RDFFormatVariant("publd-batches"));

    // In the initialiser of the class that holds the formats: nobody can ask for one before it is registered.
    static {
        StreamRDFWriter.register(JSONLD_RECORDS, (out, format, context) -> new JsonLdRecordWriter(out));
        StreamRDFWriter.register(RDFXML_BATCHES, (out, format, context) -> new RdfXmlBatchWriter(out));
    }

    private BatchingWriters() {
    }
}
