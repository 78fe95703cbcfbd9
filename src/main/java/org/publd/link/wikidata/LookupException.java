package org.publd.link.wikidata;

import org.publd.PubldException;

/** A lookup that failed for good: the service refused it, or kept failing after every retry. */
public class LookupException extends PubldException {
    private static final long serialVersionUID = 1L;

    public LookupException(String message) {
        super(message);
    }

    public LookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
