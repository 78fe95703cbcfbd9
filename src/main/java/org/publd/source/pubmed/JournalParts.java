package org.publd.source.pubmed;

import org.publd.record.Journal;

/** The journal as {@code Journal} and, later in the record, {@code MedlineJournalInfo} describe it. */
final class JournalParts {
    String title;
    String medlineTa;
    String isoAbbreviation;
    String issnPrint;
    String issnElectronic;
    String issnLinking;
    String nlmUniqueId;
    String country;

    /** The journal, or {@code null} when the record names none. */
    Journal build() {
        if (title == null && medlineTa == null && isoAbbreviation == null && issnPrint == null
                && issnElectronic == null && issnLinking == null && nlmUniqueId == null) {
            return null;
        }
        return new Journal(title, medlineTa, isoAbbreviation, issnPrint, issnElectronic, issnLinking, nlmUniqueId,
                country);
    }
}
