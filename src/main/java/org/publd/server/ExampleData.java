package org.publd.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The bundled example records: the files named, one a line, in the classpath resource
 * {@code examples/index.txt} ({@code #} starts a comment). They are copied to temporary files so that
 * they go through the same pipeline and format detection as files given on the command line; their
 * provenance names them where the server publishes them, {@code B examples/NAME}
 * ({@link ExampleServlet}), so that it dereferences like every other IRI of the example.
 */
public final class ExampleData implements AutoCloseable {
    /** The classpath folder of the example files, and where the server publishes them under the base. */
    public static final String PATH = "examples/";
    static final String INDEX = PATH + "index.txt";

    private final Path dir;
    private final List<String> files;

    private ExampleData(Path dir, List<String> files) {
        this.dir = dir;
        this.files = files;
    }

    /** Copies the examples out of the classpath; none when the index is missing or empty. */
    public static ExampleData extract() {
        ClassLoader cl = ExampleData.class.getClassLoader();
        try {
            Path dir = Files.createTempDirectory("publd-examples");
            List<String> files = new ArrayList<>();
            for (String name : names(cl)) {
                try (InputStream in = cl.getResourceAsStream(PATH + name)) {
                    if (in == null) {
                        throw new IllegalStateException(INDEX + " names a missing example: " + name);
                    }
                    Path target = dir.resolve(Path.of(name).getFileName().toString());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    files.add(target.toString());
                }
            }
            return new ExampleData(dir, List.copyOf(files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the bundled examples", e);
        }
    }

    /** The IRI of each extracted file where the server publishes it: {@code base examples/NAME}. */
    public UnaryOperator<String> sourceIris(String base) {
        return file -> base + PATH + Path.of(file).getFileName();
    }

    /** The names of the bundled example files: what {@code examples/index.txt} lists. */
    static List<String> names() {
        try {
            return names(ExampleData.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    /** The extracted files, ready for {@code RecordPipeline.run}. */
    public List<String> files() {
        return files;
    }

    private static List<String> names(ClassLoader cl) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = cl.getResourceAsStream(INDEX)) {
            if (in == null) {
                return names;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @Override
    public void close() {
        try {
            for (String f : files) {
                Files.deleteIfExists(Path.of(f));
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
