package org.publd.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.publd.server.ld.PlainResponse;

/**
 * Fuseki's error answers on the dataset's endpoints as the server's error page for a browser. Fuseki
 * writes an error itself (status, then its message as plain text) instead of calling {@code sendError},
 * so the error handler never sees it: for a request that asks for HTML, this keeps that message and
 * hands it to {@code sendError}. Other clients get Fuseki's answer untouched: SPARQL clients read it.
 */
final class FusekiErrorPages implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!PlainResponse.wantsHtml(req.getHeader("Accept"))) {
            chain.doFilter(request, response);
            return;
        }
        ErrorCapture capture = new ErrorCapture(resp);
        chain.doFilter(request, capture);
        if (capture.status != 0 && !resp.isCommitted()) {
            resp.sendError(capture.status, capture.message());
        }
    }

    /** Passes everything through until an error status is set; from then on keeps the body for the page. */
    private static final class ErrorCapture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private int status;
        private ServletOutputStream stream;
        private PrintWriter writer;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        String message() {
            if (writer != null) {
                writer.flush();
            }
            return body.toString(StandardCharsets.UTF_8).strip();
        }

        @Override
        public void setStatus(int sc) {
            if (sc >= 400 && !isCommitted()) {
                status = sc;
            } else {
                super.setStatus(sc);
            }
        }

        @Override
        public void setContentType(String type) {
            if (status == 0) {
                super.setContentType(type);
            }
        }

        @Override
        public void setContentLength(int len) {
            if (status == 0) {
                super.setContentLength(len);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (status == 0) {
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("An error message is written at once");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (status == 0) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
            }
            return writer;
        }
    }
}
