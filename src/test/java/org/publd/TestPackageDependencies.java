package org.publd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Packages depend one way, as the README's layout says: {@code cli -> server, store, link, pipeline
 * -> mapping -> record} and {@code pipeline -> source -> record}. Read from the imports of the main
 * sources, so that an arrow running back up fails the build, not a reviewer.
 */
class TestPackageDependencies {
    private static final Path MAIN = Path.of("src/main/java/org/publd");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    /** What each top-level package may import from the others (the root package, with PubldException, is free to all). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("record", Set.of()),
            Map.entry("source", Set.of("record")),
            Map.entry("mapping", Set.of("record")),
            Map.entry("pipeline", Set.of("mapping", "source", "record")),
            Map.entry("store", Set.of("mapping", "record")),
            Map.entry("net", Set.of()),
            Map.entry("link", Set.of("net", "mapping", "record")),
            // The server publishes what the store holds: its statistics and its export.
            Map.entry("server", Set.of("store", "mapping", "record")),
            // Brings records in from NCBI, as load would: through the pipeline into the store.
            Map.entry("acquire", Set.of("net", "store", "pipeline", "mapping", "source", "record")),
            Map.entry("cli", Set.of("server", "store", "link", "net", "acquire", "pipeline", "mapping", "source", "record")));

    static Stream<String> packages() {
        return ALLOWED.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void importsOnlyThePackagesBelowIt(String pkg) {
        Set<String> used = new TreeSet<>();
        for (String name : imports(pkg)) {
            if (name.startsWith("org.publd.")) {
                String target = name.substring("org.publd.".length()).split("\\.")[0];
                if (!target.equals(pkg) && Character.isLowerCase(target.charAt(0))) {
                    used.add(target);
                }
            }
        }
        used.removeAll(ALLOWED.get(pkg));
        assertEquals(Set.of(), used, pkg + " imports packages above it or beside it");
    }

    @Test
    void recordHasNoJenaTypes() {
        assertEquals(List.of(), imports("record").stream().filter(i -> i.startsWith("org.apache.jena")).toList());
    }

    @Test
    void everyPackageHasAPlaceInTheLayout() {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            Set<String> found = new TreeSet<>(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList());
            assertEquals(new TreeSet<>(ALLOWED.keySet()), found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The imported names of every main source file in {@code pkg} and its subpackages. */
    private static List<String> imports(String pkg) {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
            assertFalse(sources.isEmpty(), "no sources found for " + pkg + " under " + MAIN.toAbsolutePath());
            return sources.stream().flatMap(f -> IMPORT.matcher(read(f)).results().map(r -> r.group(1))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
