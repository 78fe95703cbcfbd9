package org.publd.source;

import org.publd.PubldException;

/**
 * A record or input that could not be read, with where it is: file, record (PMID where known), line.
 * The message reads {@code file.xml: record 3 (PMID 12345), line 40: what went wrong}.
 */
public class SourceParseException extends PubldException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long recordNumber;
    private final String pmid;
    private final long line;
    private final String problem;

    /**
     * @param source       the input's name (file path, or {@code <stdin>})
     * @param recordNumber 1-based number of the record in the input, or -1 when not inside a record
     * @param pmid         the record's PMID, or {@code null} when not known
     * @param line         1-based line in the input, or -1 when unknown
     * @param problem      what went wrong, and what was expected
     * @param cause        the underlying error, or {@code null}
     */
    public SourceParseException(String source, long recordNumber, String pmid, long line, String problem,
                                Throwable cause) {
        super(format(source, recordNumber, pmid, line, problem), cause);
        this.source = source;
        this.recordNumber = recordNumber;
        this.pmid = pmid;
        this.line = line;
        this.problem = problem;
    }

    public SourceParseException(String source, long recordNumber, String pmid, long line, String problem) {
        this(source, recordNumber, pmid, line, problem, null);
    }

    private static String format(String source, long recordNumber, String pmid, long line, String problem) {
        StringBuilder sb = new StringBuilder(source);
        if (recordNumber > 0) {
            sb.append(": record ").append(recordNumber);
            if (pmid != null) {
                sb.append(" (PMID ").append(pmid).append(')');
            }
        } else if (pmid != null) {
            sb.append(": PMID ").append(pmid);
        }
        if (line > 0) {
            sb.append(recordNumber > 0 || pmid != null ? ", line " : ": line ").append(line);
        }
        return sb.append(": ").append(problem).toString();
    }

    public String source() { return source; }
    public long recordNumber() { return recordNumber; }
    public String pmid() { return pmid; }
    public long line() { return line; }
    /** What went wrong, without the position. */
    public String problem() { return problem; }
}
