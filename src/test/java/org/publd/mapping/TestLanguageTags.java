package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestLanguageTags {
    @ParameterizedTest
    @CsvSource({"eng, en", "spa, es", "ger, de", "fre, fr", "chi, zh", "deu, de", "ENG, en", "haw, haw"})
    void bibliographicAndTerminologyCodes(String code, String tag) {
        assertEquals(tag, LanguageTags.forIso6392(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"und", "mul", "e", "english"})
    void noTagForUndeterminedOrMalformed(String code) {
        assertNull(LanguageTags.forIso6392(code));
    }
}
