package org.publd.server;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.publd.PubldException;

/**
 * Jetty's request log in the NCSA combined format (the common format, then referrer and user agent), a
 * line a request, to a file (appended to) or to standard error. Each line is written out as the request
 * ends, so that a server stopped by a signal loses none.
 */
final class AccessLog {
    private AccessLog() {
    }

    /** The request log to {@code target}: a file, or {@link ServerConfig#STDERR}. */
    static RequestLog to(String target) {
        RequestLog.Writer writer = ServerConfig.STDERR.equals(target) ? System.err::println : new FileWriter(Path.of(target));
        return new CustomRequestLog(writer, CustomRequestLog.EXTENDED_NCSA_FORMAT);
    }

    /** Opened when the server starts (a file that cannot be written to stops it), closed when it stops. */
    private static final class FileWriter extends AbstractLifeCycle implements RequestLog.Writer {
        private final Path file;
        private Writer out;

        FileWriter(Path file) {
            this.file = file;
        }

        @Override
        protected void doStart() {
            try {
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new PubldException(file + ": cannot write the access log: " + e.getMessage(), e);
            }
        }

        @Override
        public synchronized void write(String line) throws IOException {
            out.write(line);
            out.write(System.lineSeparator());
            out.flush();
        }

        @Override
        protected synchronized void doStop() throws IOException {
            out.close();
        }
    }
}
