package org.publd.link.wikidata;

import org.publd.PubldException;

/** A mapping dump ({@code --from}) that cannot be read: the message names the file and, where known, the line. */
public class MappingDumpException extends PubldException {
    private static final long serialVersionUID = 1L;

    public MappingDumpException(String message) {
        super(message);
    }

    public MappingDumpException(String message, Throwable cause) {
        super(message, cause);
    }
}
