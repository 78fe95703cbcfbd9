package org.publd.record;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Characters XML 1.0 cannot hold leave a record wherever they sit in it, and a clean record is left as it is. */
class TestXmlText {
    private static Article withText(String text) {
        return Article.builder().pmid("16403221").title("Title" + text)
                .addAuthor(Contributor.person("Casbon", "James A", "JA", null, null, List.of("Univ" + text)))
                .addAbstract(new AbstractText(null, List.of(new AbstractText.Section("METHODS", "Abs" + text))))
                .addRelation(new Relation(RelationType.CITES, Article.listedWork("1", null, null, List.of(), "Ref" + text)))
                .build();
    }

    @Test
    void controlCharactersAreRemovedAtEveryDepth() {
        XmlText.Cleaned<Article> c = XmlText.clean(withText("\u0000\u0001"));
        assertAll(
                () -> assertEquals(withText(""), c.value()),
                () -> assertEquals(8, c.removed()),
                () -> assertEquals(0, c.firstRemoved()));
    }

    @Test
    void loneSurrogatesAndNonCharactersAreRemoved() {
        assertEquals(withText("ok"), XmlText.clean(withText("o\uD800k\uFFFE")).value());
    }

    @Test
    void whatXmlCanHoldStays() {
        Article a = withText("\t\n\u00e9\uD83D\uDE00\uFFFD");
        XmlText.Cleaned<Article> c = XmlText.clean(a);
        assertAll(
                () -> assertSame(a, c.value()),
                () -> assertEquals(0, c.removed()),
                () -> assertEquals(-1, c.firstRemoved()));
    }
}
