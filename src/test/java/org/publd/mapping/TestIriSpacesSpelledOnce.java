package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each IRI space is spelled in one main class, which mints and reads it back: the record graphs in
 * {@link IriScheme}, the knowledge graphs linked to in {@link LinkTarget}. Vocabulary classes, which
 * name terms in those spaces, are left aside.
 */
class TestIriSpacesSpelledOnce {
    private static final Path MAIN = Path.of("src/main/java");
    private static final List<Path> VOCABULARIES = List.of(MAIN.resolve("org/publd/mapping/vocab"),
            MAIN.resolve("org/publd/link/mesh/MESHV.java"));

    @ParameterizedTest
    @CsvSource({
        "graph/pubmed/, org/publd/mapping/IriScheme.java",
        "source/, org/publd/mapping/IriScheme.java",
        "orcid.org/, org/publd/mapping/LinkTarget.java",
        "doi.org/, org/publd/mapping/LinkTarget.java",
        "identifiers.org/, org/publd/mapping/LinkTarget.java",
        "wikidata.org/entity/, org/publd/mapping/LinkTarget.java",
        "pmc.ncbi.nlm.nih.gov/, org/publd/mapping/LinkTarget.java",
        // Spelled in the contract's prefixes (a vocabulary class), which LinkTarget refers to.
        "id.nlm.nih.gov/mesh/, ''"})
    void spelledOnlyWhereItIsMinted(String literal, String owner) throws IOException {
        List<String> expected = owner.isEmpty() ? List.of() : List.of(owner);
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> spelledIn = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> VOCABULARIES.stream().noneMatch(p::startsWith))
                    .filter(p -> read(p).contains(literal))
                    .map(p -> MAIN.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
            assertEquals(expected, spelledIn, literal);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
