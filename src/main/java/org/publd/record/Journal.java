package org.publd.record;

/**
 * The journal an article appeared in, as the record names it.
 *
 * @param title          full title ({@code Journal/Title}, MEDLINE {@code JT})
 * @param abbreviation   the NLM title abbreviation ({@code MedlineTA}, MEDLINE {@code TA})
 * @param isoAbbreviation the ISO abbreviation, or {@code null}
 * @param issnPrint      print ISSN, or {@code null}
 * @param issnElectronic electronic ISSN, or {@code null}
 * @param issnLinking    ISSN-L, or {@code null}
 * @param nlmUniqueId    the NLM catalogue identifier ({@code NlmUniqueID}), or {@code null}
 * @param country        country of publication, or {@code null}
 */
public record Journal(String title, String abbreviation, String isoAbbreviation, String issnPrint,
                      String issnElectronic, String issnLinking, String nlmUniqueId, String country) {

    /** The name to show for the journal: the full title, else an abbreviation. */
    public String displayName() {
        if (title != null) {
            return title;
        }
        return abbreviation != null ? abbreviation : isoAbbreviation;
    }
}
