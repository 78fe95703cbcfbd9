package org.publd.source.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.publd.record.Grant;

class TestGrantNotation {
    @Test
    void allFourParts() {
        assertEquals(new Grant("MH45481", "MH", "NIMH NIH HHS", "United States"),
                GrantNotation.parse("MH45481/MH/NIMH NIH HHS/United States"));
    }

    @Test
    void grantNumberWithSlashes() {
        assertEquals(new Grant("BB/F00964X/1", "BB_", "Biotechnology and Biological Sciences Research Council",
                        "United Kingdom"),
                GrantNotation.parse("BB/F00964X/1/BB_/Biotechnology and Biological Sciences Research Council/United Kingdom"));
    }

    @Test
    void emptyGrantNumber() {
        assertEquals(new Grant(null, "MH", "NIMH NIH HHS", "United States"),
                GrantNotation.parse("/MH/NIMH NIH HHS/United States"));
    }

    @Test
    void threePartsEndingInACountryHaveNoAcronym() {
        assertEquals(new Grant("094476", null, "Wellcome Trust", "United Kingdom"),
                GrantNotation.parse("094476/Wellcome Trust/United Kingdom"));
    }

    @Test
    void threePartsOfAnOlderRecordHaveNoCountry() {
        assertEquals(new Grant("CA34567", "CA", "NCI", null), GrantNotation.parse("CA34567/CA/NCI"));
    }

    @Test
    void agencyAndCountry() {
        assertEquals(new Grant(null, null, "Wellcome Trust", "United Kingdom"),
                GrantNotation.parse("Wellcome Trust/United Kingdom"));
    }

    @Test
    void blankIsNoGrant() {
        assertNull(GrantNotation.parse(" "));
    }
}
