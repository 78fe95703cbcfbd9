package org.publd.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestWorkDescriber {
    @ParameterizedTest
    @CsvSource({
        "959, 64, 964",
        "959, 1002, 1002",
        "1234, 5, 1235",
        "S12, 5, S15",
        "e1234, e1240, e1240",
        "R123, R130, R130",
        "12, 13, 13",
    })
    void endPageBorrowsLeadingDigitsOfStart(String start, String end, String expected) {
        assertEquals(expected, WorkDescriber.expandEndPage(start, end));
    }
}
