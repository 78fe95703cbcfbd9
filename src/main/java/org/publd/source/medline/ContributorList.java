package org.publd.source.medline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.publd.record.Contributor;
import org.publd.record.Orcid;

/**
 * Collects one list of people (authors, or editors) from MEDLINE's name, identifier and affiliation
 * lines, which describe the person named last: {@code FAU}, {@code AU}, {@code AUID}, {@code AD}...
 */
final class ContributorList {
    private static final Set<String> SUFFIXES = Set.of("Jr", "Sr", "2nd", "3rd", "4th", "5th", "II", "III", "IV");

    private final List<Draft> drafts = new ArrayList<>();
    // Records before 2014 give one affiliation, before the first name; PubMed XML puts it on the first author.
    private final List<String> leading = new ArrayList<>();
    private Draft current;

    /** {@code FAU}: "Family, Given" (a suffix ends the given names: "Maurer, Calvin R Jr"). */
    void fullName(String text) {
        Draft d = new Draft();
        int comma = text.indexOf(',');
        d.family = (comma < 0 ? text : text.substring(0, comma)).strip();
        d.given = comma < 0 ? null : blankToNull(text.substring(comma + 1).strip());
        d.fromFullName = true;
        add(d);
    }

    /** {@code AU}: "Family Initials"; completes the person just named by {@code FAU}, or names a new one. */
    void shortName(String text) {
        String[] tokens = text.strip().split("\\s+");
        String suffix = tokens.length >= 3 && SUFFIXES.contains(tokens[tokens.length - 1]) ? tokens[tokens.length - 1] : null;
        int end = suffix == null ? tokens.length : tokens.length - 1;
        boolean hasInitials = end >= 2 && tokens[end - 1].matches("\\p{Lu}+");
        String initials = hasInitials ? tokens[end - 1] : null;
        if (current != null && current.fromFullName && !current.hasShortName) {
            current.hasShortName = true;
            current.initials = initials;
            if (suffix != null) {
                current.suffix = suffix;
                if (current.given != null && current.given.endsWith(" " + suffix)) {
                    current.given = current.given.substring(0, current.given.length() - suffix.length() - 1);
                }
            }
            return;
        }
        Draft d = new Draft();
        d.family = String.join(" ", List.of(tokens).subList(0, hasInitials ? end - 1 : end));
        d.initials = initials;
        d.suffix = suffix;
        d.hasShortName = true;
        add(d);
    }

    /** {@code CN}: a group author. */
    void collective(String name) {
        Draft d = new Draft();
        d.collective = name;
        add(d);
    }

    /** {@code AD}: an affiliation of the person named last. */
    void affiliation(String text) {
        if (current == null) {
            leading.add(text);
        } else {
            current.affiliations.add(text);
        }
    }

    /**
     * {@code AUID}: an identifier of the person named last, such as {@code ORCID: 0000-0002-1825-0097}.
     *
     * @return whether it was taken (an ORCID iD with a valid check digit)
     */
    boolean identifier(String text) {
        if (current == null || !text.regionMatches(true, 0, "ORCID", 0, 5)) {
            return false;
        }
        String orcid = Orcid.normalize(text.substring(5));
        if (orcid != null) {
            current.orcid = orcid;
        }
        return orcid != null;
    }

    List<Contributor> build() {
        List<Contributor> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<String> affiliations = new ArrayList<>(i == 0 ? leading : List.of());
            affiliations.addAll(d.affiliations);
            out.add(d.collective != null ? Contributor.collective(d.collective, affiliations)
                    : Contributor.person(d.family, d.given, d.initials, d.suffix, d.orcid, affiliations));
        }
        return out;
    }

    private void add(Draft d) {
        drafts.add(d);
        current = d;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static final class Draft {
        String collective;
        String family;
        String given;
        String initials;
        String suffix;
        String orcid;
        boolean fromFullName;
        boolean hasShortName;
        final List<String> affiliations = new ArrayList<>();
    }
}
