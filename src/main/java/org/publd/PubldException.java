package org.publd;

/** The one unchecked root of every error PubLD reports; the CLI turns it into a message and an exit code. */
public class PubldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PubldException(String message) {
        super(message);
    }

    public PubldException(String message, Throwable cause) {
        super(message, cause);
    }
}
