package org.publd.source.notation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.publd.record.Grant;

/**
 * Grants as MEDLINE ({@code GR}) and the abstract page print them: {@code MH45481/MH/NIMH NIH HHS/United States}.
 *
 * <p>The parts are read from the right, because grant numbers may themselves hold slashes
 * ({@code BB/F00964X/1/BB_/Biotechnology and Biological Sciences Research Council/United Kingdom}).
 * Older records leave out the country ({@code CA34567/CA/NCI}) and some funders have no acronym
 * ({@code 094476/Wellcome Trust/United Kingdom}); three parts are told apart by whether the last
 * names a country.
 */
public final class GrantNotation {
    private static final Set<String> COUNTRIES = countries();

    private GrantNotation() {
    }

    /** The grant, with {@code null} for each part the text leaves out; {@code null} for blank text. */
    public static Grant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] p = Arrays.stream(text.strip().split("/", -1)).map(String::strip).toArray(String[]::new);
        int n = p.length;
        if (n >= 4) {
            String id = String.join("/", Arrays.copyOfRange(p, 0, n - 3));
            return grant(id, p[n - 3], p[n - 2], p[n - 1]);
        }
        boolean endsWithCountry = isCountry(p[n - 1]);
        return switch (n) {
            case 3 -> endsWithCountry ? grant(p[0], null, p[1], p[2]) : grant(p[0], p[1], p[2], null);
            case 2 -> endsWithCountry ? grant(null, null, p[0], p[1]) : grant(p[0], null, p[1], null);
            default -> p[0].chars().anyMatch(Character::isDigit) ? grant(p[0], null, null, null)
                    : grant(null, null, p[0], null);
        };
    }

    private static Grant grant(String id, String acronym, String agency, String country) {
        return new Grant(blankToNull(id), blankToNull(acronym), blankToNull(agency), blankToNull(country));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static boolean isCountry(String name) {
        return COUNTRIES.contains(name.toLowerCase(Locale.ROOT));
    }

    // English country names as Java knows them, plus the non-state names NLM uses for funders.
    private static Set<String> countries() {
        Set<String> names = new HashSet<>(Set.of("international", "england", "scotland", "wales",
                "northern ireland", "united states", "united kingdom"));
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
