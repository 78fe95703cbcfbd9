package org.publd.source;

import org.slf4j.LoggerFactory;

/**
 * Decides what a record that cannot be read does to the run: skip it and go on, or stop.
 * Parsers call it once per bad record, then skip that record, and once per record that may be
 * incomplete, then keep it.
 */
@FunctionalInterface
public interface ErrorHandler {
    /** A record could not be read. Throw to stop the input; return to skip the record and go on. */
    void recordError(SourceParseException error);

    /**
     * A record was read but may be incomplete (its input ends in the middle of it). Throw to stop the
     * input; return to keep the record. By default, a warning.
     */
    default void suspectRecord(SourceParseException warning) {
        LoggerFactory.getLogger(ErrorHandler.class).warn("{}", warning.getMessage());
    }

    /** Stops at the first bad or suspect record. */
    static ErrorHandler strict() {
        return new ErrorHandler() {
            @Override
            public void recordError(SourceParseException error) {
                throw error;
            }

            @Override
            public void suspectRecord(SourceParseException warning) {
                throw warning;
            }
        };
    }
}
