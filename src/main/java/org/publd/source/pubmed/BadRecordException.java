package org.publd.source.pubmed;

/**
 * A record that is well-formed XML but cannot be read (no PMID, an impossible date...): the reader
 * reports it, skips to the record's end and goes on. Internal to the parser; callers see a
 * {@link org.publd.source.SourceParseException}.
 */
final class BadRecordException extends RuntimeException {
    private final long line;

    BadRecordException(String problem, long line) {
        // No stack trace: this is a data problem, reported with its line in the input.
        super(problem, null, false, false);
        this.line = line;
    }

    long line() {
        return line;
    }
}
