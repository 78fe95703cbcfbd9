package org.publd.net;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.publd.PubldException;

/**
 * A request that failed for good: the host could not be reached, did not answer in time, or
 * answered with an error status, after every retry the policy allows. The message always starts
 * with the host and says the cause in words ({@code eutils.example.org: connection refused}).
 */
public class NetException extends PubldException {
    private static final long serialVersionUID = 1L;

    /** Why a request failed. */
    public enum Cause {
        /** Nothing listens on the port. */
        REFUSED(true),
        /** The host name does not resolve. */
        UNKNOWN_HOST(true),
        /** No connection within the timeout, or no route to the host. */
        CONNECT_TIMEOUT(true),
        /** The TLS handshake failed (certificate, protocol, or a plain-HTTP server on an https URL). */
        TLS(true),
        /** Connected, but no answer within the timeout, or an answer that stopped coming for the timeout. */
        TIMEOUT(false),
        /** The connection broke during the exchange. */
        CONNECTION_LOST(false),
        /** The server answered with an error status. */
        HTTP_STATUS(false),
        /** The server answered, but not with something the caller can use. */
        UNUSABLE_ANSWER(false),
        /** The thread was interrupted while waiting. */
        INTERRUPTED(false);

        private final boolean unreachable;

        Cause(boolean unreachable) {
            this.unreachable = unreachable;
        }
    }

    private final String host;
    private final Cause cause;
    private final int status;

    NetException(String host, Cause cause, int status, String message, Throwable e) {
        super(host + ": " + message, e);
        this.host = host;
        this.cause = cause;
        this.status = status;
    }

    /** The host the request went to (with its port when not the scheme's default). */
    public String host() {
        return host;
    }

    public Cause reason() {
        return cause;
    }

    /** The HTTP status of the last answer, or 0 when there was none. */
    public int status() {
        return status;
    }

    /** True when the host could not be reached at all: trying it again at once will not help. */
    public boolean unreachable() {
        return cause.unreachable;
    }

    /** {@code host} or {@code host:port}, as a message names it. */
    static String host(URI uri) {
        String h = uri.getHost() == null ? String.valueOf(uri) : uri.getHost();
        return uri.getPort() < 0 ? h : h + ":" + uri.getPort();
    }

    static NetException status(URI uri, int status, String detail) {
        return new NetException(host(uri), Cause.HTTP_STATUS, status, "HTTP " + status + detail, null);
    }

    static NetException interrupted(URI uri, InterruptedException e) {
        return new NetException(host(uri), Cause.INTERRUPTED, 0, "interrupted", e);
    }

    /** The failure of an exchange that threw {@code e}, named by its cause rather than by the JDK's (often empty) message. */
    static NetException of(URI uri, Throwable e, Duration timeout) {
        String host = host(uri);
        // The specific causes first: the JDK wraps an unknown host in a ConnectException too.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new NetException(host, Cause.UNKNOWN_HOST, 0, "unknown host (the name does not resolve)", e);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new NetException(host, Cause.CONNECT_TIMEOUT, 0, "no connection within " + seconds(timeout), e);
            }
            if (t instanceof StallGuard.Stalled) {
                return new NetException(host, Cause.TIMEOUT, 0, "the answer stopped coming (nothing for "
                        + seconds(timeout) + ")", e);
            }
            if (t instanceof HttpTimeoutException) {
                return new NetException(host, Cause.TIMEOUT, 0, "no answer within " + seconds(timeout), e);
            }
            if (t instanceof SSLException) {
                return new NetException(host, Cause.TLS, 0, "TLS handshake failed (" + describe(t) + ")", e);
            }
            if (t instanceof NoRouteToHostException) {
                return new NetException(host, Cause.CONNECT_TIMEOUT, 0, "no route to host", e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            // The JDK's client reports a refused connection as a ConnectException without a message.
            if (t instanceof ConnectException && (t.getMessage() == null
                    || t.getMessage().toLowerCase(Locale.ROOT).contains("refused"))) {
                return new NetException(host, Cause.REFUSED, 0, "connection refused", e);
            }
            if (t instanceof ConnectException) {
                return new NetException(host, Cause.REFUSED, 0, "could not connect (" + describe(t) + ")", e);
            }
        }
        return new NetException(host, Cause.CONNECTION_LOST, 0, "connection lost (" + describe(innermost(e)) + ")", e);
    }

    static NetException unusable(URI uri, String problem) {
        return new NetException(host(uri), Cause.UNUSABLE_ANSWER, 0, problem, null);
    }

    /** The same failure, its message followed by {@code note} (how many attempts were made...). */
    NetException with(String note) {
        String message = getMessage().substring(host.length() + 2) + note;
        return new NetException(host, cause, status, message, getCause());
    }

    private static Throwable innermost(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The exception's message, or its class's simple name when it has none: never {@code null}. */
    private static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
