package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --db DIR} where DIR is no database: every command that reads one refuses it, and leaves it as it was. */
class TestDatabaseOption {
    @TempDir
    Path tmp;

    /** The commands that read a database, for {@code --db DIR}. */
    private static final Map<String, Function<String, String[]>> READERS = Map.of(
            "stats", db -> new String[] {"stats", "--db", db},
            "export", db -> new String[] {"export", "--db", db},
            "serve", db -> new String[] {"serve", "--port", "0", "--db", db},
            "link wikidata", db -> new String[] {"link", "wikidata", "--db", db, "--from", "unread.csv"},
            "link mesh", db -> new String[] {"link", "mesh", "--db", db, "--mesh", "unread.nt"});

    /** Directories that are not databases, made under a temporary folder. */
    private enum NotADatabase {
        ABSENT {
            @Override
            Path make(Path tmp) {
                return tmp.resolve("absent");
            }
        },
        EMPTY {
            @Override
            Path make(Path tmp) throws IOException {
                return Files.createDirectory(tmp.resolve("empty"));
            }
        },
        OTHER_FILES {
            @Override
            Path make(Path tmp) throws IOException {
                Path dir = Files.createDirectories(tmp.resolve("papers/2024"));
                Files.writeString(dir.resolve("notes.txt"), "not a database");
                Files.writeString(dir.getParent().resolve("Data.csv"), "pmid\n1\n");
                return dir.getParent();
            }
        };

        abstract Path make(Path tmp) throws IOException;
    }

    static Stream<Arguments> readersAndDirectories() {
        return READERS.keySet().stream().sorted()
                .flatMap(command -> Stream.of(NotADatabase.values()).map(dir -> Arguments.of(command, dir)));
    }

    @ParameterizedTest(name = "{0} --db {1}")
    @MethodSource("readersAndDirectories")
    void isRefusedAndLeftAsItWas(String command, NotADatabase kind) throws IOException {
        Path dir = kind.make(tmp);
        Map<Path, String> before = contents(dir);
        CliWithLineRecords.Run run = CliWithLineRecords.run(READERS.get(command).apply(dir.toString()));
        assertEquals(ExitCodes.FAILED, run.exit(), run.err());
        assertTrue(run.err().contains("publd: " + dir + ": not a PubLD database (publd load --db " + dir + " makes one)"),
                run.err());
        assertEquals(before, contents(dir), "nothing created, nothing changed");
    }

    @Test
    void loadRefusesADirectoryOfOtherFiles() throws IOException {
        Path dir = NotADatabase.OTHER_FILES.make(tmp);
        Map<Path, String> before = contents(dir);
        Path input = Files.writeString(tmp.resolve("in.lines"), "unread");
        CliWithLineRecords.Run run = CliWithLineRecords.run("load", "--db", dir.toString(), input.toString());
        assertEquals(ExitCodes.FAILED, run.exit(), run.err());
        assertTrue(run.err().contains(dir + ": neither a PubLD database nor an empty directory"), run.err());
        assertEquals(before, contents(dir));
    }

    /** Every file and folder under {@code dir} with its content; null when it does not exist. */
    private static Map<Path, String> contents(Path dir) {
        if (!Files.exists(dir)) {
            return null;
        }
        Map<Path, String> all = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.toList()) {
                all.put(dir.relativize(p), Files.isDirectory(p) ? "(folder)" : Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
