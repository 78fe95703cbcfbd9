package org.publd.mapping.output;

import java.io.OutputStream;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Opens a {@code StreamRDF} that writes one {@link OutputFormat} to a stream in constant memory.
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
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.streaming());
        StreamRDF withPrefixes = new DeclaringPrefixes(writer, prefixes);
        return format.keepsGraphs() ? withPrefixes : new UnionOfGraphs(withPrefixes);
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
