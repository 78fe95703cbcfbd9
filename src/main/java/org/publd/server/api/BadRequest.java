package org.publd.server.api;

import org.publd.PubldException;

/** A request the API cannot answer as asked (a malformed id or parameter): 400 with the message. */
final class BadRequest extends PubldException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
        super(message);
    }
}
