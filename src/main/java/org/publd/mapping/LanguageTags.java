package org.publd.mapping;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** ISO 639-2 codes, as PubMed writes them ({@code eng}, {@code ger}), to BCP 47 language tags ({@code en}, {@code de}). */
final class LanguageTags {
    private static final Map<String, String> TAGS = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            try {
                TAGS.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (MissingResourceException e) {
                // a two-letter code without a three-letter one: nothing to map
            }
        }
        // ISO 639-2/B bibliographic codes, which PubMed uses, where they differ from the /T codes Java knows.
        String[][] bibliographic = {
            {"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"}, {"bur", "my"}, {"chi", "zh"}, {"cze", "cs"}, {"dut", "nl"},
            {"fre", "fr"}, {"geo", "ka"}, {"ger", "de"}, {"gre", "el"}, {"ice", "is"}, {"mac", "mk"}, {"mao", "mi"},
            {"may", "ms"}, {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"}, {"tib", "bo"}, {"wel", "cy"}
        };
        for (String[] pair : bibliographic) {
            TAGS.put(pair[0], pair[1]);
        }
    }

    private LanguageTags() {
    }

    /**
     * The BCP 47 tag for an ISO 639-2 code: the two-letter code where one exists, else the code itself;
     * {@code null} for codes that name no language ({@code und}, {@code mul}) or a malformed code.
     */
    static String forIso6392(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (!c.matches("[a-z]{3}") || c.equals("und") || c.equals("mul") || c.equals("zxx") || c.equals("mis")) {
            return null;
        }
        return TAGS.getOrDefault(c, c);
    }
}
