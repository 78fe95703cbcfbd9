package org.publd.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestResourcePath {
    private static int refused(String path) {
        return assertThrows(ResourcePath.Invalid.class, () -> ResourcePath.parse(path)).status();
    }

    @Test
    void plainPath() {
        ResourcePath p = ResourcePath.parse("/pubmed/20724638");
        assertEquals("pubmed/20724638", p.path());
        assertEquals(Optional.empty(), p.requested());
    }

    @Test
    void extensionNamesARepresentation() {
        ResourcePath p = ResourcePath.parse("/pubmed/1.jsonld");
        assertEquals("pubmed/1", p.stripped());
        assertEquals(Optional.of(Representation.JSONLD), p.requested());
    }

    // Dots inside a segment are data (a version number), not an extension.
    @Test
    void otherDotsStay() {
        ResourcePath p = ResourcePath.parse("/software/publd/0.1.0");
        assertEquals("software/publd/0.1.0", p.stripped());
        assertEquals(Optional.empty(), p.requested());
    }

    @Test
    void percentEncodingIsNormalisedToUpperCase() {
        assertEquals("funder/caf%C3%A9", ResourcePath.parse("/funder/caf%c3%a9").path());
    }

    @Test
    void dotSegmentsAreRefused() {
        assertEquals(400, refused("/pubmed/../../etc/passwd"));
        assertEquals(400, refused("/pubmed/./1"));
        assertEquals(400, refused("/pubmed//1"));
    }

    @Test
    void controlCharactersAndEncodedSlashesAreRefused() {
        assertEquals(400, refused("/pubmed/%00"));
        assertEquals(400, refused("/pubmed/a%2Fb"));
        assertEquals(400, refused("/pubmed/%zz"));
        assertEquals(400, refused("/pubmed/a%2"));
    }

    @Test
    void charactersOutsidePathsAreRefused() {
        assertEquals(400, refused("/pubmed/<script>"));
        assertEquals(400, refused("/pubmed/a b"));
    }

    @Test
    void longPathsAreRefused() {
        assertEquals(414, refused("/pubmed/" + "1".repeat(ResourcePath.MAX_LENGTH)));
    }
}
