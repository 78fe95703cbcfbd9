package org.publd.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestConneg {
    private final Conneg conneg = new Conneg(Representation.values());

    private Optional<Representation> choose(String accept) {
        return conneg.choose(accept);
    }

    @Test
    void noHeaderGetsHtml() {
        assertEquals(Optional.of(Representation.HTML), choose(null));
    }

    @Test
    void anythingGetsHtml() {
        assertEquals(Optional.of(Representation.HTML), choose("*/*"));
    }

    // Firefox and Chrome list HTML first and */* last at a lower quality: people must see the page.
    @Test
    void browsersGetHtml() {
        assertEquals(Optional.of(Representation.HTML),
                choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
    }

    @Test
    void eachMediaTypeGetsItsRepresentation() {
        for (Representation r : Representation.values()) {
            assertEquals(Optional.of(r), choose(r.mediaType()), r.mediaType());
        }
    }

    @Test
    void qualityDecides() {
        assertEquals(Optional.of(Representation.TURTLE), choose("text/turtle, */*;q=0.1"));
        assertEquals(Optional.of(Representation.JSONLD), choose("text/turtle;q=0.5, application/ld+json"));
    }

    @Test
    void unknownTypeIsNotAcceptable() {
        assertTrue(choose("image/png").isEmpty());
    }

    // ";" alone used to throw ArrayIndexOutOfBoundsException: a 500 for every Linked Data path.
    @Test
    void malformedHeaderOffersNothing() {
        assertTrue(choose(";").isEmpty());
        assertEquals(Optional.of(Representation.TURTLE), choose(";, text/turtle"));
    }
}
