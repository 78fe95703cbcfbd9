package org.publd.mapping.output;

import java.io.OutputStream;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.publd.mapping.DeletedRecord;
import org.publd.mapping.MappedRecord;
import org.publd.mapping.RecordSink;
import org.publd.mapping.StreamRecordSink;

/**
 * Opens a {@code StreamRDF}, or a {@link RecordSink} for mapped records, that writes one
 * {@link OutputFormat} to a stream in constant memory.
 *
 * <pre>
 * StreamRDF out = RdfWriters.open(OutputFormat.TURTLE, System.out, Prefixes.standard());
 * out.start(); ... out.finish();
 * </pre>
 */
public final class RdfWriters {
    private RdfWriters() {
    }

    /** A writer for {@code format}; it declares {@code prefixes} on {@code start()} and flushes on {@code finish()}. */
    public static StreamRDF open(OutputFormat format, OutputStream out, PrefixMap prefixes) {
        return declared(format, StreamRDFWriter.getWriterStream(out, format.streaming()), prefixes);
    }

    /** A record sink for {@code format}: whole records to a quad writer that takes them, else their quads in order. */
    public static RecordSink records(OutputFormat format, OutputStream out, PrefixMap prefixes) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.streaming());
        StreamRDF stream = declared(format, writer, prefixes);
        return writer instanceof RecordSink whole && format.keepsGraphs() ? new WholeRecords(stream, whole) : new StreamRecordSink(stream);
    }

    private static StreamRDF declared(OutputFormat format, StreamRDF writer, PrefixMap prefixes) {
        StreamRDF withPrefixes = new DeclaringPrefixes(writer, prefixes);
        return format.keepsGraphs() ? withPrefixes : new UnionOfGraphs(withPrefixes);
    }

    /** Records to {@code whole}, which starts and finishes through {@code stream} (that declares the prefixes). */
    private record WholeRecords(StreamRDF stream, RecordSink whole) implements RecordSink {
        @Override
        public void start() {
            stream.start();
        }

        @Override
        public void accept(MappedRecord record) {
            whole.accept(record);
        }

        @Override
        public void delete(DeletedRecord deleted) {
            whole.delete(deleted);
        }

        @Override
        public void finish() {
            stream.finish();
        }
    }

    /** Declares the prefixes right after {@code start()}. */
    private static final class DeclaringPrefixes extends StreamRDFWrapper {
        private final PrefixMap prefixes;

        DeclaringPrefixes(StreamRDF other, PrefixMap prefixes) {
            super(other);
            this.prefixes = prefixes;
        }

        @Override
        public void start() {
            super.start();
            prefixes.forEach(super::prefix);
        }
    }

    /** Drops the graph of each quad, for formats that hold triples only. */
    private static final class UnionOfGraphs extends StreamRDFWrapper {
        UnionOfGraphs(StreamRDF other) {
            super(other);
        }

        @Override
        public void quad(Quad quad) {
            super.triple(quad.asTriple());
        }
    }
}
