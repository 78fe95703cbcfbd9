package org.publd.source.medline;

/**
 * MEDLINE's {@code RN} notation: a registry number, then the substance's name in parentheses:
 * {@code 0 (Antidepressive Agents)}, {@code 690G0D6V8H (Ketamine)}, {@code EC 2.7.11.1 (TOR Serine-Threonine Kinases)}.
 */
final class SubstanceNotation {
    private SubstanceNotation() {
    }

    /**
     * The name: the text inside the parentheses that close the value, which may nest
     * ({@code 0 (Interleukin-1 (IL-1))}); {@code null} when the value has none.
     */
    static String name(String text) {
        String t = text.strip();
        if (!t.endsWith(")")) {
            return null;
        }
        int depth = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                String name = t.substring(i + 1, t.length() - 1).strip();
                return name.isEmpty() ? null : name;
            }
        }
        return null;
    }
}
