package org.publd.server;

import java.time.Duration;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EventsHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Slows password guessing: wraps the server outside Jetty's login check, counts the 401 answers to
 * requests that carried credentials, and answers 429 with {@code Retry-After} to an address that has
 * failed too often (see {@link LoginFailures}). Requests without credentials pass as before, so the
 * public endpoints stay open to that address.
 */
final class LoginThrottle extends EventsHandler {
    private final LoginFailures failures;

    LoginThrottle(Handler handler, LoginFailures failures) {
        super(handler);
        this.failures = failures;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (hasCredentials(request)) {
            Duration wait = failures.waitFor(Request.getRemoteAddr(request));
            if (!wait.isNegative() && !wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(seconds));
                SecurityHeaders.refuse(response, callback, HttpStatus.TOO_MANY_REQUESTS_429,
                        "Too many failed logins from this address: try again in " + seconds + " s.");
                return true;
            }
        }
        return super.handle(request, response, callback);
    }

    @Override
    protected void onResponseBegin(Request request, int status, HttpFields headers) {
        if (status == HttpStatus.UNAUTHORIZED_401 && hasCredentials(request)) {
            failures.failed(Request.getRemoteAddr(request));
        }
    }

    private static boolean hasCredentials(Request request) {
        return request.getHeaders().contains(HttpHeader.AUTHORIZATION);
    }
}
