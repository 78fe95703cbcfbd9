package org.publd.source.pubmed;

/** What a PMID looks like: PubMed's identifiers are positive integers in ASCII digits, without leading zeros. */
final class Pmids {
    private static final int MAX_LENGTH = 12;

    private Pmids() {
    }

    static boolean isPmid(String text) {
        return text.length() <= MAX_LENGTH && allDigits(text) && text.charAt(0) != '0';
    }

    /** Whether {@code text} is one or more ASCII digits. */
    static boolean allDigits(String text) {
        int n = text.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
