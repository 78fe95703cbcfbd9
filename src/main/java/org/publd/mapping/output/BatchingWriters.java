package org.publd.mapping.output;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFFormatVariant;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.WriterDatasetRIOTFactory;
import org.apache.jena.riot.WriterGraphRIOTFactory;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * PubLD's writers for the two syntaxes Jena writes only from a whole graph, registered with Jena
 * so that they are asked for like any other:
 * <pre>
 * StreamRDF out = StreamRDFWriter.getWriterStream(System.out, BatchingWriters.JSONLD_COMPACT);
 * </pre>
 * Each is a format of its own (a variant of Jena's language): Jena's default writers for
 * {@code Lang.JSONLD} and {@code Lang.RDFXML}, streaming or not, stay as they are.
 */
public final class BatchingWriters {
    /**
     * Compact JSON-LD against PubLD's published context ({@link JsonLdContext}): streamed one record
     * graph at a time ({@link JsonLdRecordWriter}), or a whole graph or dataset ({@link JsonLdDocumentWriter}).
     */
    public static final RDFFormat JSONLD_COMPACT = new RDFFormat(Lang.JSONLD, new RDFFormatVariant("publd-compact"));
    /** RDF/XML written in bounded batches of triples ({@link RdfXmlBatchWriter}). */
    public static final RDFFormat RDFXML_BATCHES = new RDFFormat(Lang.RDFXML, new RDFFormatVariant("publd-batches"));

    // In the initialiser of the class that holds the formats: nobody can ask for one before it is registered.
    static {
        StreamRDFWriter.register(JSONLD_COMPACT, (out, format, context) -> new JsonLdRecordWriter(out));
        RDFWriterRegistry.register(JSONLD_COMPACT, (WriterGraphRIOTFactory) format -> new JsonLdDocumentWriter());
        RDFWriterRegistry.register(JSONLD_COMPACT, (WriterDatasetRIOTFactory) format -> new JsonLdDocumentWriter());
        StreamRDFWriter.register(RDFXML_BATCHES, (out, format, context) -> new RdfXmlBatchWriter(out));
    }

    private BatchingWriters() {
    }
}
