package org.publd.record;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ORCID iDs as records write them: bare or in an ORCID URL, with or without hyphens ({@code 0000000218250097}). */
public final class Orcid {
    private static final Pattern DIGITS = Pattern.compile("(\\d{4})-?(\\d{4})-?(\\d{4})-?(\\d{3}[\\dX])");

    private Orcid() {
    }

    /**
     * The iD in its 16-digit hyphenated form ({@code 0000-0002-1825-0097}), or {@code null} when the
     * text holds no well-formed iD or its check digit is wrong.
     */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        Matcher m = DIGITS.matcher(t);
        if (!m.find()) {
            return null;
        }
        String digits = m.group(1) + m.group(2) + m.group(3) + m.group(4);
        if (!checkDigitOk(digits)) {
            return null;
        }
        return m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "-" + m.group(4);
    }

    // ISO 7064 11,2, as ORCID specifies.
    private static boolean checkDigitOk(String digits) {
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char expected = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(15) == expected;
    }
}
