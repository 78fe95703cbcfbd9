package org.publd.source;

/**
 * Decides what a record that cannot be read does to the run: skip it and go on, or stop.
 * Parsers call it once per bad record, then skip that record.
 */
@FunctionalInterface
public interface ErrorHandler {
    /** A record could not be read. Throw to stop the input; return to skip the record and go on. */
    void recordError(SourceParseException error);

    /** Stops at the first bad record. */
    static ErrorHandler strict() {
        return error -> {
            throw error;
        };
    }
}
