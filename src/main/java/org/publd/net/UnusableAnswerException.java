package org.publd.net;

/**
 * Thrown by a {@link PoliteClient.AnswerReader} when a successful answer cannot be used (cut off,
 * or a proxy's error page instead of the data): the request is retried like a 5xx.
 */
public final class UnusableAnswerException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnusableAnswerException(String message) {
        super(message);
    }
}
