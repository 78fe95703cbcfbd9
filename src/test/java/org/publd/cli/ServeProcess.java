package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code publd serve} in a child JVM, from the line it prints when it listens until closed; what it
 * prints is kept ({@link #output()}). {@link #records()} is -1 for a server on a SPARQL endpoint, which
 * does not count them at start.
 */
record ServeProcess(Process process, String url, long records, StringBuffer output) implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("PubLD serving (?:([\\d,]+) records?|the records of \\S+) at (http://\\S+/) ");

    /** {@code publd args} in a JVM with the default options. */
    static ServeProcess start(String... args) throws IOException {
        return start(List.of(), args);
    }

    /** {@code publd args} in a JVM with {@code jvmOptions} ({@code -Xmx256m}...). */
    static ServeProcess start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> awaitServing(process));
        } catch (RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static ServeProcess awaitServing(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuffer seen = new StringBuffer();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                // Whatever it prints later must not fill the pipe and block it.
                Thread drain = new Thread(() -> {
                    try {
                        for (String later; (later = out.readLine()) != null; ) {
                            seen.append(later).append('\n');
                        }
                    } catch (IOException e) {
                        // the process has gone: nothing left to read
                    }
                }, "publd-serve-output");
                drain.setDaemon(true);
                drain.start();
                long records = m.group(1) == null ? -1 : Long.parseLong(m.group(1).replace(",", ""));
                return new ServeProcess(process, m.group(2), records, seen);
            }
        }
        return fail("publd serve ended without serving:\n" + seen);
    }

    @Override
    public void close() {
        process.destroy();
        process.onExit().join();
    }
}
