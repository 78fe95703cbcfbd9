package org.publd.source.page;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.publd.record.Article;
import org.publd.source.ErrorHandler;
import org.publd.source.Inputs;
import org.publd.source.SourceParseException;

/** A saved page (the seed, see src/test/resources/seeds/ATTRIBUTION.md) cut in the middle of a line is suspect. */
class TestPageCutShort {
    private static String seed() throws IOException {
        try (InputStream in = TestPageCutShort.class.getResourceAsStream("/seeds/000_141a0cefe409d238.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String cut() throws IOException {
        String page = seed();
        return page.substring(0, page.indexOf("Similar articles") + "Similar art".length());
    }

    @Test
    void aPageCutMidLineIsKeptAsSuspect() throws IOException {
        List<SourceParseException> suspects = new ArrayList<>();
        ErrorHandler heard = new ErrorHandler() {
            @Override
            public void recordError(SourceParseException error) {
                throw error;
            }

            @Override
            public void suspectRecord(SourceParseException warning) {
                suspects.add(warning);
            }
        };
        List<Article> records = Inputs.read(new PageFormat(), Inputs.text("page.txt", cut()), heard);
        assertAll(
                () -> assertEquals(1, records.size()),
                () -> assertEquals(1, suspects.size()),
                () -> assertEquals(records.get(0).pmid(), suspects.get(0).pmid()),
                () -> assertEquals(cut().lines().count(), suspects.get(0).line()));
    }

    @Test
    void aPageCutMidLineFailsStrictly() {
        assertThrows(SourceParseException.class,
                () -> Inputs.read(new PageFormat(), Inputs.text("page.txt", cut()), ErrorHandler.strict()));
    }

    @Test
    void theWholePageIsNotSuspect() throws IOException {
        assertEquals(1, Inputs.read(new PageFormat(), Inputs.text("page.txt", seed()), ErrorHandler.strict()).size());
    }
}
