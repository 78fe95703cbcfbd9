package org.publd.mapping;

/**
 * Where mapped records go, one whole record per call, in input order: printed, stored or counted,
 * the mapping and the pipeline are the same and only the sink differs. The caller calls
 * {@link #start()} before the first record and {@link #finish()} after the last.
 *
 * <pre>
 * RecordSink sink = new StreamRecordSink(StreamRDFLib.writer(System.out));
 * sink.start();
 * sink.accept(mapper.map(article, provenance));
 * sink.finish();
 * </pre>
 */
public interface RecordSink {
    /** Called once, before the first record. */
    default void start() {
    }

    /** One record, whole: its graph is to hold exactly the record's quads, replacing what it held. */
    void accept(MappedRecord record);

    /** One record withdrawn: its graph is to go. */
    void delete(DeletedRecord deleted);

    /** Called once, after the last record. */
    default void finish() {
    }
}
