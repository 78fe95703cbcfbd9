package org.publd.mapping;

import org.apache.jena.riot.system.StreamRDF;

/**
 * A {@link RecordSink} onto a Jena {@code StreamRDF}: each record's quads in order, for the
 * streaming writers and in-memory datasets. A stream of quads cannot say that a graph goes, so
 * deletions are not passed on: a caller that applies them uses a sink that can (the store's loader).
 *
 * <pre>
 * RecordSink sink = new StreamRecordSink(StreamRDFLib.dataset(dsg));
 * </pre>
 */
public final class StreamRecordSink implements RecordSink {
    private final StreamRDF out;

    public StreamRecordSink(StreamRDF out) {
        this.out = out;
    }

    @Override
    public void start() {
        out.start();
    }

    @Override
    public void accept(MappedRecord record) {
        record.quads().forEach(out::quad);
    }

    @Override
    public void delete(DeletedRecord deleted) {
        // Nothing to say in a stream of quads; the pipeline's summary counts deletions.
    }

    @Override
    public void finish() {
        out.finish();
    }
}
