package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** At most N anonymous requests at once, a short queue, then 503 with Retry-After; logins pass. */
class TestQueryAdmission {
    private static final Duration LONG = Duration.ofMinutes(1);

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    // The first request to reach the endpoint stays there until released.
    private final FilterChain holding = (req, resp) -> {
        entered.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ((HttpServletResponse) resp).setStatus(200);
    };

    @Test
    void refusesBeyondRunningAndQueuedWithRetryAfter() throws Exception {
        QueryAdmission admission = new QueryAdmission(1, 0, LONG, Duration.ofSeconds(30));
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> send(admission, null));
        entered.await();
        Answer second = send(admission, null);
        assertEquals(503, second.status());
        assertEquals("30", second.headers().get("Retry-After"));
        assertTrue(second.body().startsWith("Too many queries running"), second.body());
        release.countDown();
        assertEquals(200, first.join().status());
    }

    @Test
    void aQueuedRequestRunsWhenAPlaceFrees() throws Exception {
        QueryAdmission admission = new QueryAdmission(1, 1, LONG, Duration.ofSeconds(30));
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> send(admission, null));
        entered.await();
        CompletableFuture<Answer> queued = CompletableFuture.supplyAsync(() -> send(admission, null));
        while (admission.waiting() == 0) {
            Thread.onSpinWait();
        }
        release.countDown();
        assertEquals(200, first.join().status());
        assertEquals(200, queued.join().status());
    }

    @Test
    void aLoggedInUserIsNotCounted() throws Exception {
        QueryAdmission admission = new QueryAdmission(1, 0, LONG, Duration.ofSeconds(30));
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> send(admission, null));
        entered.await();
        CompletableFuture<Answer> admin = CompletableFuture.supplyAsync(() -> send(admission, "admin"));
        release.countDown();
        assertEquals(200, admin.join().status());
        assertEquals(200, first.join().status());
    }

    private Answer send(QueryAdmission admission, String user) {
        Answer answer = new Answer();
        HttpServletRequest req = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> m.getName().equals("getRemoteUser") ? user : null);
        HttpServletResponse resp = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> switch (m.getName()) {
                    case "setStatus" -> {
                        answer.status = (Integer) args[0];
                        yield null;
                    }
                    case "setHeader" -> {
                        answer.headers.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    case "getWriter" -> new PrintWriter(answer.body, true);
                    case "isCommitted" -> false;
                    default -> null;
                });
        try {
            admission.doFilter(req, resp, holding);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return answer;
    }

    private static final class Answer {
        int status;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();

        int status() {
            return status;
        }

        Map<String, String> headers() {
            return headers;
        }

        String body() {
            return body.toString();
        }
    }
}
