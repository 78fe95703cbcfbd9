package org.publd.record;

import java.util.List;

/**
 * An author or editor: a person, or a collective (group) name.
 *
 * @param collectiveName the group's name for a collective author, else {@code null}
 * @param familyName     last name ({@code LastName})
 * @param givenName      given names ({@code ForeName}), may be {@code null}
 * @param initials       initials, may be {@code null}
 * @param suffix         name suffix such as {@code Jr}, may be {@code null}
 * @param orcid          the ORCID iD in its 16-digit hyphenated form, or {@code null}
 * @param affiliations   affiliation statements, in record order
 */
public record Contributor(String collectiveName, String familyName, String givenName, String initials,
                          String suffix, String orcid, List<String> affiliations) {
    public Contributor {
        affiliations = List.copyOf(affiliations);
    }

    /** A person. */
    public static Contributor person(String familyName, String givenName, String initials, String suffix,
                                     String orcid, List<String> affiliations) {
        return new Contributor(null, familyName, givenName, initials, suffix, orcid, affiliations);
    }

    /** A collective (group) author. */
    public static Contributor collective(String name, List<String> affiliations) {
        return new Contributor(name, null, null, null, null, null, affiliations);
    }

    public boolean isCollective() {
        return collectiveName != null;
    }

    /** The display name: the collective name, or given name then family name ("Nanxin Li"). */
    public String displayName() {
        if (isCollective()) {
            return collectiveName;
        }
        String first = givenName != null ? givenName : initials;
        if (familyName == null) {
            return first;
        }
        String name = first == null ? familyName : first + " " + familyName;
        return suffix == null ? name : name + " " + suffix;
    }
}
