package org.publd.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * An answer whose body was read into memory through a {@link StallGuard}: the JDK's own
 * {@code ofByteArray} would wait forever for a body that stops coming.
 */
record Answer(HttpResponse<InputStream> head, byte[] body) implements HttpResponse<byte[]> {

    /** Reads the body of {@code answer}, failing as a timeout when nothing of it arrives for {@code timeout}. */
    static Answer read(HttpResponse<InputStream> answer, Duration timeout) throws IOException {
        try (InputStream in = new StallGuard(answer.body(), timeout)) {
            return new Answer(answer, in.readAllBytes());
        }
    }

    @Override
    public int statusCode() {
        return head.statusCode();
    }

    @Override
    public HttpRequest request() {
        return head.request();
    }

    /** Not kept: PubLD reads only the last answer of a redirect. */
    @Override
    public Optional<HttpResponse<byte[]>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
        return head.headers();
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return head.sslSession();
    }

    @Override
    public URI uri() {
        return head.uri();
    }

    @Override
    public HttpClient.Version version() {
        return head.version();
    }
}
